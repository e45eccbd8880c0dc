import type { Metadata } from 'next';
import { SettingsForm } from '@/components/admin/settings/SettingsForm.client';
import { PageHeader } from '@/components/admin/shell/PageHeader';
import { requireStaffFor } from '@/lib/auth/page';
import { timeZoneChoices } from '@/lib/settings/input';
import { getSettingsForEditing } from '@/lib/settings/settings';
import { formatClock, formatOffset, zonedParts } from '@/lib/time/format';
import { updateSettingsAction } from './actions';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  const actor = await requireStaffFor('/admin/settings');
  const settings = await getSettingsForEditing(actor);
  const now = new Date();
  const timeZones = timeZoneChoices().map((zone) => ({ zone, label: `${zone} (UTC${formatOffset(zonedParts(now, zone).offsetMinutes)})` }));
  const timeZoneNow = `${formatClock(now, settings.timeZone)} (UTC${formatOffset(zonedParts(now, settings.timeZone).offsetMinutes)})`;
  return (
    <>
      <PageHeader title="Settings" description="How the publication names itself, tells the time, and links to its social accounts." />
      <SettingsForm action={updateSettingsAction} settings={settings} timeZones={timeZones} timeZoneNow={timeZoneNow} />
    </>
  );
}
