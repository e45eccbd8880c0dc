import { NotPermitted } from '@/components/admin/shell/Unavailable';

/** A newsroom page the signed-in role may not open (lib/auth/role-pages.ts), answered with a 403. */
export default function Forbidden() {
  return <NotPermitted />;
}
