import { inlineNodes } from '../markup';
import type { SeedBlock, SeedStaticPage } from '../types';
import { EMAIL_DOMAIN, PUBLICATION_NAME } from './people';

/** The two static pages every news site needs on day one. */

type Paragraph = Extract<SeedBlock, { type: 'paragraph' }>;

const paragraph = (text: string): Paragraph => ({ type: 'paragraph', content: inlineNodes(text) });
const subhead = (text: string): SeedBlock => ({ type: 'heading', attrs: { level: 2 }, content: inlineNodes(text) });

/** Lines of an address, joined by hard breaks as a postal address is printed. */
const addressBlock = (lines: string[]): SeedBlock => ({
  type: 'paragraph',
  content: lines.flatMap((line, index) => [...(index > 0 ? [{ type: 'hardBreak' as const }] : []), ...inlineNodes(line)]),
});

const mail = (local: string) => `[${local}@${EMAIL_DOMAIN}](mailto:${local}@${EMAIL_DOMAIN})`;

export const STATIC_PAGES: SeedStaticPage[] = [
  {
    slug: 'about',
    title: `About ${PUBLICATION_NAME}`,
    body: [
      paragraph(`*${PUBLICATION_NAME}* is an independent English-language news site covering Azerbaijan and the Caspian region: its cities and villages, its parliament and ministries, its economy, culture and sport.`),
      paragraph('We are a small newsroom in Baku with correspondents in Gəncə and Şəki and contributors across the country. We publish every day, and we correct our mistakes openly: when a story is changed after publication, it says so.'),
      subhead('What we stand for'),
      {
        type: 'bulletList',
        content: [
          'Accuracy before speed.',
          'Names spelled the way their owners spell them — Şəki, Gəncə, Məmmədova.',
          'Clear separation between news and opinion.',
          'No paid content presented as journalism.',
        ].map((item) => ({ type: 'listItem' as const, content: [paragraph(item)] })),
      },
      paragraph(`Questions about our coverage can be sent to the news editor at ${mail('news')}. See our [contact page](/contact) for other ways to reach us.`),
    ],
  },
  {
    slug: 'contact',
    title: 'Contact us',
    body: [
      paragraph('We want to hear from you — with news tips, corrections, letters and questions about our journalism.'),
      subhead('Newsroom'),
      addressBlock([`**${PUBLICATION_NAME}**`, '28 Nizami Street, 4th floor', 'Baku AZ1000', 'Azerbaijan']),
      subhead('Email'),
      {
        type: 'bulletList',
        content: [
          `News tips: ${mail('tips')}`,
          `Corrections: ${mail('corrections')}`,
          `Letters to the editor: ${mail('letters')}`,
          `Advertising: ${mail('advertising')}`,
        ].map((item) => ({ type: 'listItem' as const, content: [paragraph(item)] })),
      },
      paragraph('We read everything, but we cannot reply to every message. If your tip is urgent, say so in the subject line.'),
    ],
  },
];
