import { notFound } from 'next/navigation';
import { requireStaff } from '@/lib/auth/page';

/** Any other newsroom address: staff get the newsroom's own "Not found", in its frame. */
export default async function UnknownNewsroomPage() {
  await requireStaff();
  notFound();
}
