import { describe, expect, it } from 'vitest';
import { socialLinks } from './social';

describe('social links from the site settings', () => {
  it('lists the configured accounts in a fixed order', () => {
    const links = socialLinks({ xHandle: '@CaspianDateline', facebookUrl: 'https://facebook.com/cd', telegramUrl: '', youtubeUrl: 'https://youtube.com/@cd' });
    expect(links.map((link) => link.network)).toEqual(['x', 'facebook', 'youtube']);
    expect(links[0]).toEqual({ network: 'x', label: 'X (@CaspianDateline)', href: 'https://x.com/CaspianDateline' });
  });

  it('skips blanks and anything that is not a web address', () => {
    expect(socialLinks({ xHandle: ' ', facebookUrl: 'javascript:alert(1)', telegramUrl: 't.me/x', youtubeUrl: '' })).toEqual([]);
  });
});
