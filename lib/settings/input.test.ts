import { describe, expect, it } from 'vitest';
import { settingsInput, timeZoneChoices } from './input';

const base = { publicationName: 'Dateline', timeZone: 'Asia/Baku', language: 'en', feedFullContent: 'on' };

function problems(input: Record<string, unknown>): Record<string, string> {
  const parsed = settingsInput.safeParse({ ...base, ...input });
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
}

describe('settingsInput', () => {
  it('stores canonical time zones and language tags, https social links and a bare X handle', () => {
    const parsed = settingsInput.parse({
      ...base,
      timeZone: 'europe/london',
      language: 'EN-gb',
      xHandle: '@Dateline_News',
      facebookUrl: 'facebook.com/dateline',
      telegramUrl: 'http://t.me/dateline/',
      youtubeUrl: 'https://www.youtube.com/@dateline#about',
    });
    expect(parsed).toMatchObject({
      timeZone: 'Europe/London',
      language: 'en-GB',
      xHandle: 'Dateline_News',
      facebookUrl: 'https://facebook.com/dateline',
      telegramUrl: 'https://t.me/dateline',
      youtubeUrl: 'https://www.youtube.com/@dateline',
      feedFullContent: true,
      tagline: '',
    });
    expect(settingsInput.parse({ ...base, xHandle: 'https://x.com/dateline' }).xHandle).toBe('dateline');
    expect(settingsInput.parse({ ...base, feedFullContent: false }).feedFullContent).toBe(false);
  });

  it('refuses unknown zones, malformed language tags, handles and links on the wrong network', () => {
    expect(problems({ timeZone: 'Mars/Olympus_Mons' }).timeZone).toMatch(/Choose a time zone from the list/);
    expect(problems({ timeZone: '' }).timeZone).toMatch(/Choose a time zone/);
    expect(problems({ language: 'english please' }).language).toMatch(/language tag like en/);
    expect(problems({ language: 'x-private' }).language).toMatch(/language tag/);
    expect(problems({ xHandle: '@this-is-not-a-handle' }).xHandle).toMatch(/up to 15 letters/);
    expect(problems({ facebookUrl: 'https://evil.example/facebook.com' }).facebookUrl).toMatch(/Facebook address/);
    expect(problems({ telegramUrl: 'https://t.me/' }).telegramUrl).toMatch(/Telegram address/);
    expect(problems({ youtubeUrl: 'javascript:alert(1)' }).youtubeUrl).toMatch(/YouTube address/);
    expect(problems({ publicationName: '   ' }).publicationName).toMatch(/Enter the publication/);
  });

  it('takes a name of zero-width spaces for none', () => {
    expect(problems({ publicationName: '\u200b\u200b' }).publicationName).toBe('Enter the publication’s name.');
    expect(settingsInput.parse({ ...base, publicationName: '\u200bDateline\u200e' }).publicationName).toBe('Dateline');
  });

  it('offers every zone the runtime knows, UTC included', () => {
    const zones = timeZoneChoices();
    expect(zones).toContain('Asia/Baku');
    expect(zones).toContain('UTC');
    expect(zones.length).toBeGreaterThan(300);
  });

  it('offers and stores the current names of renamed zones, however they were typed', () => {
    expect(timeZoneChoices()).toEqual(expect.arrayContaining(['Europe/Kyiv', 'Asia/Kolkata', 'Asia/Ho_Chi_Minh']));
    expect(timeZoneChoices()).not.toContain('Europe/Kiev');
    for (const typed of ['Europe/Kyiv', 'Europe/Kiev', 'europe/kyiv']) {
      expect(settingsInput.parse({ ...base, timeZone: typed }).timeZone).toBe('Europe/Kyiv');
    }
    expect(settingsInput.parse({ ...base, timeZone: 'Asia/Calcutta' }).timeZone).toBe('Asia/Kolkata');
  });
});
