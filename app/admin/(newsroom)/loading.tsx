import { PageLoading } from '@/components/admin/shell/PageLoading';

// The <Suspense> boundary every newsroom page reads its session inside (Cache Components).
export default function Loading() {
  return <PageLoading />;
}
