import type { ReactNode } from 'react';
import { AuthFrame } from '@/components/admin/auth/AuthFrame';
import { NewsroomFrame } from '@/components/admin/shell/NewsroomFrame';
import { getSiteSettings } from '@/lib/content/settings';

/** Sign-in, accepting an invitation, resetting a password: pages for people without a session. */
export default async function AuthLayout({ children }: { children: ReactNode }) {
  const settings = await getSiteSettings();
  return (
    <NewsroomFrame>
      <AuthFrame publicationName={settings.publicationName}>{children}</AuthFrame>
    </NewsroomFrame>
  );
}
