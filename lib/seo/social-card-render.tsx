import { cacheLife, cacheTag as tag } from 'next/cache';
import { ImageResponse } from 'next/og';
import { getSiteSettings } from '../content/settings';
import { cacheTag } from '../content/tags';
import { absoluteUrl } from '../content/urls';
import { cropSize, type CropRatio } from '../media/crops';
import type { SocialCardText } from './social-card';

/**
 * Draws the cards named in ./social-card.ts with next/og (Satori, then sharp): the publication's
 * name, the red rule of its logo (public/logo.png) and the tagline, on the logo's navy. Geist,
 * the font next/og bundles, covers Latin with Azerbaijani's ə ğ ı ş, so nothing is downloaded.
 */

const NAVY = '#111827';
const RED = '#dc2626';

// next/og fetches emoji pictures from a CDN, which a server without Internet cannot reach.
const EMOJI = /[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu;
const TAGLINE_MAX = 140;

function cardText(text: string, max: number): string {
  const clean = text.replace(EMOJI, '').replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}

/** Long names get smaller type so they fit in three lines at most. */
function nameSize(name: string): number {
  if (name.length <= 14) return 132;
  if (name.length <= 28) return 104;
  if (name.length <= 48) return 80;
  return 60;
}

export function SocialCard({ settings, host }: { settings: SocialCardText; host: string }) {
  const name = cardText(settings.publicationName, 90) || host;
  const tagline = cardText(settings.tagline, TAGLINE_MAX);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', justifyContent: 'space-between', width: '100%', height: '100%', padding: 80, background: NAVY, color: '#ffffff' }}>
      <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center' }}>
        <div style={{ display: 'flex', fontSize: nameSize(name), lineHeight: 1.05, letterSpacing: -2 }}>{name}</div>
        <div style={{ display: 'flex', width: 240, height: 16, marginTop: 40, background: RED }} />
        {tagline ? <div style={{ display: 'flex', marginTop: 40, fontSize: 44, lineHeight: 1.25, color: '#d1d5db' }}>{tagline}</div> : null}
      </div>
      <div style={{ display: 'flex', fontSize: 32, color: '#9ca3af' }}>{host}</div>
    </div>
  );
}

/** The card at one ratio as PNG bytes; redrawn when the site settings change. */
export async function socialCardPng(ratio: CropRatio): Promise<Uint8Array<ArrayBuffer>> {
  'use cache';
  cacheLife('days');
  tag(cacheTag.settings);
  const settings = await getSiteSettings();
  const host = new URL(absoluteUrl('/')).host;
  const image = new ImageResponse(<SocialCard settings={settings} host={host} />, cropSize(ratio));
  return new Uint8Array(await image.arrayBuffer());
}
