import type { Metadata } from 'next';
import Link from 'next/link';
import { ActivityList } from '@/components/admin/dashboard/ActivityList';
import { AttentionPanel } from '@/components/admin/dashboard/AttentionPanel';
import { buttonClass } from '@/components/admin/forms/button-class';
import { PageHeader } from '@/components/admin/shell/PageHeader';
import { getActivityOnMyStories } from '@/lib/admin/activity';
import { getAttention } from '@/lib/admin/attention';
import { requireStaff } from '@/lib/auth/page';
import { can } from '@/lib/auth/permissions';
import { getSiteSettings } from '@/lib/content/settings';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function DashboardPage() {
  const actor = await requireStaff();
  const [attention, activity, settings] = await Promise.all([getAttention(actor), getActivityOnMyStories(actor), getSiteSettings()]);
  return (
    <>
      <PageHeader
        title="Dashboard"
        description="What needs your attention."
        actions={
          can(actor, 'createDraft') && (
            <Link href="/admin/stories/new" className={buttonClass('primary')}>
              New story
            </Link>
          )
        }
      />
      <AttentionPanel attention={attention} timeZone={settings.timeZone} />
      <ActivityList activity={activity} timeZone={settings.timeZone} />
    </>
  );
}
