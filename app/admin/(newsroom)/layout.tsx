import type { ReactNode } from 'react';
import { Suspense } from 'react';
import { AdminMasthead } from '@/components/admin/shell/AdminMasthead';
import { NewsroomFrame } from '@/components/admin/shell/NewsroomFrame';
import { NewsroomNav } from '@/components/admin/shell/NewsroomNav';
import { navigationFor } from '@/components/admin/shell/navigation';
import { getCurrentUser } from '@/lib/auth/current-user';
import { getSiteSettings } from '@/lib/content/settings';
import { signOutAction } from '../(auth)/actions';

/**
 * The newsroom shell for signed-in staff. The name plate is part of the static shell; who is
 * signed in and what they may open stream in per request. Each page checks the session itself
 * (requireStaff): this layout is not re-rendered on client navigation.
 */
export default async function NewsroomLayout({ children }: { children: ReactNode }) {
  const settings = await getSiteSettings();
  return (
    <NewsroomFrame>
      <div className="md:flex md:min-h-screen">
        <a
          href="#content"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:px-3 focus:py-2 focus:font-semibold"
        >
          Skip to content
        </a>
        <aside className="flex flex-col gap-5 border-b border-neutral-300 bg-neutral-50 p-4 md:sticky md:top-0 md:h-screen md:w-56 md:shrink-0 md:border-b-0 md:border-r">
          <AdminMasthead publicationName={settings.publicationName} />
          <Suspense fallback={null}>
            <SignedInNavigation />
          </Suspense>
        </aside>
        <main id="content" tabIndex={-1} className="min-w-0 flex-1 px-4 py-6 outline-none md:px-10 md:py-8">
          {children}
        </main>
      </div>
    </NewsroomFrame>
  );
}

async function SignedInNavigation() {
  const user = await getCurrentUser();
  // No valid session: the page's own check sends the visitor to sign-in.
  if (!user) return null;
  return <NewsroomNav user={user} items={navigationFor(user)} signOutAction={signOutAction} />;
}
