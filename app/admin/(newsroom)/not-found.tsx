import { NotInNewsroom } from '@/components/admin/shell/Unavailable';

/** A newsroom address naming a tag, section, person or image that is not there (notFound()). */
export default function NotFound() {
  return <NotInNewsroom />;
}
