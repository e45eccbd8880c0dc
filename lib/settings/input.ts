import { z } from 'zod';
import { trimInvisible } from '../db/text';
import { isValidTimeZone } from '../time/format';

/**
 * The site settings form, checked and normalised: time zones and language tags are stored in
 * their canonical spelling, social links as https URLs on the network they claim to be, the X
 * handle without its @. Browser-safe (the settings page uses the time zone list).
 */

/** Every IANA zone this runtime knows, for the searchable time zone field. */
/**
 * Node's time-zone data (CLDR) still answers with names the tz database has since replaced,
 * some of them politically loaded (Europe/Kiev): the newsroom stores and offers the current ones,
 * which Intl and PostgreSQL both accept.
 */
const CURRENT_TIME_ZONE_NAMES: Record<string, string> = {
  'Europe/Kiev': 'Europe/Kyiv',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'America/Godthab': 'America/Nuuk',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Louisville': 'America/Kentucky/Louisville',
};

const currentName = (zone: string) => CURRENT_TIME_ZONE_NAMES[zone] ?? zone;

export function timeZoneChoices(): string[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone').map(currentName));
  zones.add('UTC');
  return [...zones].sort();
}

function canonicalTimeZone(value: string): string {
  return currentName(new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone);
}

function canonicalLanguage(value: string): string | null {
  try {
    const [tag] = Intl.getCanonicalLocales(value);
    // A language subtag first (en, az, pt-BR, sr-Latn-RS), not a private-use or odd form.
    return tag && /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(tag) ? tag : null;
  } catch {
    return null;
  }
}

/** Empty, or an https URL on one of `hosts` with something after the host. */
function socialUrl(network: string, hosts: readonly string[], example: string) {
  return z
    .string()
    .trim()
    .max(300, { error: 'That address is too long.' })
    .transform((value, context) => {
      if (!value) return '';
      const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
      let url: URL;
      try {
        url = new URL(withScheme);
      } catch {
        context.addIssue({ code: 'custom', message: `Enter the full ${network} address, like ${example}.` });
        return z.NEVER;
      }
      if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !hosts.includes(url.hostname.toLowerCase()) || url.pathname.replace(/\/+$/, '') === '') {
        context.addIssue({ code: 'custom', message: `Enter a ${network} address, like ${example}.` });
        return z.NEVER;
      }
      url.protocol = 'https:';
      url.hash = '';
      return url.toString().replace(/\/$/, '');
    });
}

export const settingsInput = z.object({
  publicationName: z
    .string({ error: 'Enter the publication’s name.' })
    .overwrite(trimInvisible)
    .min(1, { error: 'Enter the publication’s name.' })
    .max(80, { error: 'Keep the name under 80 characters.' }),
  tagline: z.string().overwrite(trimInvisible).max(160, { error: 'Keep the tagline under 160 characters.' }).optional().default(''),
  timeZone: z
    .string({ error: 'Choose a time zone.' })
    .trim()
    .refine((zone) => zone !== '' && isValidTimeZone(zone), { error: 'Choose a time zone from the list, like Asia/Baku or Europe/London.' })
    .transform(canonicalTimeZone),
  language: z
    .string({ error: 'Enter a language tag.' })
    .trim()
    .transform((value, context) => {
      const tag = canonicalLanguage(value);
      if (!tag) {
        context.addIssue({ code: 'custom', message: 'Enter a language tag like en, az or en-GB.' });
        return z.NEVER;
      }
      return tag;
    }),
  xHandle: z
    .string()
    .trim()
    .transform((value) => value.replace(/^https?:\/\/(?:www\.)?(?:x|twitter)\.com\//i, '').replace(/^@/, '').replace(/\/.*$/, ''))
    .refine((handle) => handle === '' || /^[A-Za-z0-9_]{1,15}$/.test(handle), { error: 'An X handle has up to 15 letters, digits or underscores, like @dateline.' })
    .optional()
    .default(''),
  facebookUrl: socialUrl('Facebook', ['facebook.com', 'www.facebook.com', 'm.facebook.com', 'fb.com'], 'https://www.facebook.com/dateline').optional().default(''),
  telegramUrl: socialUrl('Telegram', ['t.me', 'telegram.me'], 'https://t.me/dateline').optional().default(''),
  youtubeUrl: socialUrl('YouTube', ['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtu.be'], 'https://www.youtube.com/@dateline').optional().default(''),
  feedFullContent: z.preprocess((value) => value === true || value === 'on' || value === 'true', z.boolean()),
  /** When the form was loaded (settings' updatedAt, empty before the first save). */
  expectedUpdatedAt: z.string().optional(),
});

export type SettingsInput = z.input<typeof settingsInput>;
export type SettingsValues = Omit<z.output<typeof settingsInput>, 'expectedUpdatedAt'>;
