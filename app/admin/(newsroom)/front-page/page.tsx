import type { Metadata } from 'next';
import { LeadCandidates, LeadStory } from '@/components/admin/front-page/LeadCandidates';
import { ConfirmActionButton } from '@/components/admin/forms/ConfirmActionButton.client';
import { FlashMessage } from '@/components/admin/shell/FlashMessage';
import { PageHeader } from '@/components/admin/shell/PageHeader';
import { newsroomTime } from '@/components/admin/stories/adminTime';
import { requireStaffFor } from '@/lib/auth/page';
import { AUTOMATIC_LEAD, getHomeView } from '@/lib/content/home';
import { getSiteSettings } from '@/lib/content/settings';
import { getHomeLeadChoice } from '@/lib/editorial/home-lead';
import { pinHomeLeadAction, unpinHomeLeadAction } from './actions';

export const metadata: Metadata = { title: 'Front page', robots: { index: false } };

export default async function FrontPagePage({ searchParams }: PageProps<'/admin/front-page'>) {
  const actor = await requireStaffFor('/admin/front-page');
  const { q, pinned: justPinned, unpinned: justUnpinned } = await searchParams;
  const query = typeof q === 'string' ? q : '';
  const [choice, home, settings] = await Promise.all([getHomeLeadChoice(actor, { query }), getHomeView(), getSiteSettings()]);
  const { pinned } = choice;
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader title="Front page" description="Which story leads the home page." />
      {justPinned && <FlashMessage>Pinned: this story leads the home page now.</FlashMessage>}
      {justUnpinned && <FlashMessage>Unpinned: the home page chooses its lead itself again.</FlashMessage>}
      <section aria-labelledby="leading-now" className="mb-10">
        <h2 id="leading-now" className="mb-3 text-lg font-semibold">
          Leading now
        </h2>
        {pinned ? (
          <div className="space-y-3">
            <LeadStory story={pinned} timeZone={settings.timeZone} />
            <p className="text-sm text-neutral-800">
              Pinned by {pinned.pinnedBy ?? 'someone no longer in the newsroom'} on {newsroomTime(pinned.pinnedAt.toISOString(), settings.timeZone)}. It
              leads until another story is pinned, it is unpinned, or it leaves the site.
            </p>
            <ConfirmActionButton
              action={unpinHomeLeadAction}
              fields={{ replacing: pinned.id }}
              label="Unpin"
              pendingLabel="Unpinning…"
            />
          </div>
        ) : home.lead ? (
          <div className="space-y-3">
            <a href={home.lead.path} className="font-serif text-lg font-semibold text-neutral-900 underline-offset-2 hover:underline">
              {home.lead.headline}
            </a>
            <p className="text-sm text-neutral-800">Chosen automatically: {AUTOMATIC_LEAD}. Pin a story below to lead instead.</p>
          </div>
        ) : (
          <p className="text-neutral-700">Nothing is published yet: the home page has no lead.</p>
        )}
      </section>
      <section aria-labelledby="choose-lead">
        <h2 id="choose-lead" className="mb-3 text-lg font-semibold">
          Choose the lead
        </h2>
        <LeadCandidates candidates={choice.candidates} pinnedId={pinned?.id ?? null} query={query} timeZone={settings.timeZone} pin={pinHomeLeadAction} />
      </section>
    </div>
  );
}
