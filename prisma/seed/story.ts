import type { ListItemNode } from '../../lib/document/schema';
import { inlineNodes, plainText } from './markup';
import type { Random } from './random';
import { deskTheme, type Cast, type DeskLine, type DeskTheme, type Person, type Place, type SectionDesk, type StoryMaterial } from './text/kit';
import type { SeedBlock } from './types';

/**
 * Lays out a filled story kind as a body, the way a news desk would: lede, development, quotes,
 * a list, background, "what next", with the optional parts cut to the story's target length.
 * Quotes get their attribution here, so a speaker is introduced with name and role once and
 * referred to by surname afterwards.
 */

export interface StoryLayout {
  material: StoryMaterial;
  desk: SectionDesk;
  /** Two outside voices, cast with castExperts() from the kind's themes. */
  experts: [Person, Person];
  place: Place;
  /** The body stops growing once it reaches this many words (core parts are always kept). */
  targetWords: number;
  figure: { imageKey: string; caption: string; credit: string } | null;
  gallerySlug: string | null;
  /** Closing italic note after a rule, e.g. "Additional reporting by … in Gəncə." */
  endNote: string | null;
  /** Shared across the newsroom, so shared lines are spread over stories instead of repeated. */
  usage: SharedLineUsage;
  random: Random;
}

/**
 * How often each shared line (desk background, expert quote, place profile) has been printed.
 * Stories are written in a fixed order, so picking the least-used lines stays deterministic.
 */
export class SharedLineUsage {
  private readonly counts = new Map<unknown, number>();

  /** The least-printed `count` of `lines`; ties are broken at random. */
  leastUsed<T>(lines: readonly T[], count: number, random: Random): T[] {
    return random
      .shuffle(lines)
      .sort((a, b) => this.uses(a) - this.uses(b))
      .slice(0, count);
  }

  record(line: unknown): void {
    this.counts.set(line, this.uses(line) + 1);
  }

  private uses(line: unknown): number {
    return this.counts.get(line) ?? 0;
  }
}

/** Priority of a part: 0 is always printed, higher numbers are cut first. */
type Rank = 0 | 1 | 2 | 3;

interface Part {
  rank: Rank;
  /** Rough length, used only to decide which parts fit. */
  words: number;
  render(voices: Voices): SeedBlock[];
  /** The shared line this part prints, counted in SharedLineUsage when the part is kept. */
  sharedLine?: unknown;
}

/** Who has been named so far (full name and role), and who has already been quoted. */
interface Voices {
  introduced: Set<Person>;
  quoted: Set<Person>;
}

/** A subhead is printed only when the story is long and something follows it before the next one. */
interface Subhead {
  subhead: string;
}

const PUBLICATION = '*The Caspian Dateline*';
const LONG_ENOUGH_FOR_SUBHEADS = 420;
/** More shared background than this reads like filler, except in long reads. */
const DESK_BACKGROUND = { usual: 2, longRead: 4 };
const LONG_READ_WORDS = 1000;
const MAX_PULL_QUOTE_WORDS = 28;

export function layoutStory(layout: StoryLayout): SeedBlock[] {
  const { material, desk, random, usage } = layout;
  const [firstQuote, secondQuote, ...laterQuotes] = material.quotes;
  const { deskBackground, placeProfile, expertQuote, secondExpertQuote } = sharedBackground(layout);
  const deskSubhead = random.pick(desk.subheads);

  const sequence = [
    paragraph(0, material.lede),
    paragraph(0, material.paragraphs[0]),
    quote(0, firstQuote, random),
    layout.figure ? figure(layout.figure) : null,
    paragraph(0, material.paragraphs[1]),
    layout.gallerySlug ? galleryEmbed(layout.gallerySlug) : null,
    { subhead: material.subheads[0] },
    paragraph(1, material.paragraphs[2]),
    quote(1, secondQuote, random),
    list(1, material.list, random),
    paragraph(2, material.paragraphs[3]),
    pullQuote(2, firstQuote),
    material.statement ? statement(2, material.statement) : null,
    { subhead: deskSubhead },
    ...material.background.map((line) => paragraph(2, line)),
    ...placeProfile,
    expertQuote,
    ...deskBackground.slice(0, 2),
    secondExpertQuote,
    ...deskBackground.slice(2),
    { subhead: material.subheads[1] },
    // A third voice only in long reads, so each of the kind's quotes appears in few stories.
    layout.targetWords >= LONG_READ_WORDS ? quote(3, laterQuotes[0], random) : null,
    paragraph(0, material.closing),
    layout.endNote ? endNote(layout.endNote) : null,
  ].filter((part): part is Part | Subhead => part !== null);

  const chosen = chooseParts(sequence.filter(isPart), layout.targetWords);
  for (const part of chosen) if (part.sharedLine !== undefined) usage.record(part.sharedLine);
  const totalWords = [...chosen].reduce((sum, part) => sum + part.words, 0);

  // Someone named in the lede is already introduced: their quotes get the short attribution.
  const voices: Voices = {
    introduced: new Set(material.quotes.map((quote) => quote.speaker).filter((speaker) => material.lede.includes(speaker.name))),
    quoted: new Set(),
  };
  const blocks: SeedBlock[] = [];
  let pendingSubhead: string | null = null;
  for (const part of sequence) {
    if (!isPart(part)) {
      pendingSubhead = totalWords >= LONG_ENOUGH_FOR_SUBHEADS ? part.subhead : null;
      continue;
    }
    if (!chosen.has(part)) continue;
    const rendered = part.render(voices);
    // A subhead directly above a figure, gallery or the closing note reads oddly; keep it for text.
    if (pendingSubhead && rendered[0]?.type === 'paragraph') {
      blocks.push({ type: 'heading', attrs: { level: 2 }, content: inlineNodes(pendingSubhead) });
      pendingSubhead = null;
    }
    blocks.push(...rendered);
  }
  return blocks;
}

/** The story's share of lines used across the site, least-printed first: background, profile, experts. */
function sharedBackground(layout: StoryLayout) {
  const { material, desk, random, usage, place } = layout;
  const isLongRead = layout.targetWords >= LONG_READ_WORDS;
  const [firstExpert, secondExpert] = layout.experts;
  const [firstTheme, secondTheme] = expertThemes(desk, material);
  const context = { place, expert: firstExpert };

  // Themes may share lines; each is printed once.
  const themeLines = [...new Set(material.themes.flatMap((name) => deskTheme(desk, name).background))];
  const deskBackground = usage
    .leastUsed(themeLines, isLongRead ? DESK_BACKGROUND.longRead : DESK_BACKGROUND.usual, random)
    .map((line) => shared(paragraph(3, line(context)), line));
  // One of the place's two profile paragraphs, the one printed less often so far.
  const placeProfile = material.placeProfile
    ? usage.leastUsed(place.profile, 1, random).map((line) => shared(paragraph(3, line), line))
    : [];

  // Each expert speaks from the theme their role was cast from, and never repeats the other.
  const [firstExpertLine] = usage.leastUsed(firstTheme.expertQuotes, 1, random);
  // Undefined when the kind has one theme with a single expert quote.
  const secondExpertLine: DeskLine | undefined = usage.leastUsed(secondTheme.expertQuotes.filter((line) => line !== firstExpertLine), 1, random)[0];
  const expertQuote = shared(paragraph(2, firstExpertLine(context)), firstExpertLine);
  // A second outside voice only in long reads, so expert quotes are not worn out across the site.
  const secondExpertQuote =
    secondExpertLine !== undefined && isLongRead
      ? shared(paragraph(3, secondExpertLine({ place, expert: secondExpert })), secondExpertLine)
      : null;
  return { deskBackground, placeProfile, expertQuote, secondExpertQuote };
}

function shared(part: Part | null, line: unknown): Part | null {
  return part && { ...part, sharedLine: line };
}

function isPart(part: Part | Subhead): part is Part {
  return 'rank' in part;
}

/** Keeps every rank-0 part, then adds parts rank by rank, in reading order, until the target. */
function chooseParts(parts: Part[], targetWords: number): Set<Part> {
  const chosen = new Set(parts.filter((part) => part.rank === 0));
  let words = [...chosen].reduce((sum, part) => sum + part.words, 0);
  for (const rank of [1, 2, 3] as const) {
    for (const part of parts) {
      if (part.rank !== rank || words >= targetWords) continue;
      chosen.add(part);
      words += part.words;
    }
  }
  return chosen;
}

const wordsIn = (text: string): number => plainText(text).split(/\s+/).filter(Boolean).length;

function paragraph(rank: Rank, text: string | undefined): Part | null {
  if (!text) return null;
  return { rank, words: wordsIn(text), render: () => [{ type: 'paragraph', content: inlineNodes(text) }] };
}

const SENTENCE_BREAK = /(?<=[.?!])\s+(?=[A-Z“‘ƏŞÇÖÜĞİ])/;

/** “We will finish on time.” → “We will finish on time,” for attribution after the quote. */
const withComma = (sentence: string): string => (sentence.endsWith('.') ? `${sentence.slice(0, -1)},` : sentence);

function quote(rank: Rank, quoted: StoryMaterial['quotes'][number] | undefined, random: Random): Part | null {
  if (!quoted) return null;
  const { speaker, says } = quoted;
  const style = random.int(0, 2);
  return {
    rank,
    words: wordsIn(says) + 6,
    render({ introduced, quoted }) {
      const [first, ...rest] = says.split(SENTENCE_BREAK);
      const more = rest.length > 0 ? ` “${rest.join(' ')}”` : '';
      let text: string;
      if (quoted.has(speaker) && style === 0) {
        text = `${speaker.surname} added: “${says}”`;
      } else if (introduced.has(speaker)) {
        text = `“${withComma(first)}” ${speaker.surname} said.${more}`;
      } else if (style === 0) {
        text = `“${withComma(first)}” said ${speaker.name}, ${speaker.role}.${more}`;
      } else if (style === 1) {
        text = `${speaker.name}, ${speaker.role}, said: “${says}”`;
      } else {
        text = `“${withComma(first)}” ${speaker.name}, ${speaker.role}, told ${PUBLICATION}.${more}`;
      }
      introduced.add(speaker);
      quoted.add(speaker);
      return [{ type: 'paragraph', content: inlineNodes(text) }];
    },
  };
}

/** Repeats the fullest sentence of a quote already in the story that still fits a pull quote, as papers do. */
function pullQuote(rank: Rank, quoted: StoryMaterial['quotes'][number] | undefined): Part | null {
  if (!quoted) return null;
  const sentences = quoted.says.split(SENTENCE_BREAK);
  const fitting = sentences.filter((sentence) => wordsIn(sentence) <= MAX_PULL_QUOTE_WORDS);
  const line = fitting.reduce((best, sentence) => (wordsIn(sentence) > wordsIn(best) ? sentence : best), fitting[0] ?? sentences[0]);
  return {
    rank,
    words: wordsIn(line),
    render: () => [
      { type: 'pullQuote', attrs: { attribution: quoted.speaker.name }, content: inlineNodes(`“${line}”`) },
    ],
  };
}

function list(rank: Rank, material: StoryMaterial['list'], random: Random): Part {
  const itemCount = Math.min(material.items.length, random.int(3, 5));
  // Keep the writer's order: numbered advice lists are in priority order.
  const items = material.items.slice(0, itemCount);
  return {
    rank,
    words: wordsIn(material.intro) + items.reduce((sum, item) => sum + wordsIn(item), 0),
    render: () => {
      const content: ListItemNode[] = items.map((item) => ({
        type: 'listItem',
        content: [{ type: 'paragraph', content: inlineNodes(item) }],
      }));
      return [
        { type: 'paragraph', content: inlineNodes(material.intro) },
        material.ordered ? { type: 'orderedList', attrs: { start: 1 }, content } : { type: 'bulletList', content },
      ];
    },
  };
}

function statement(rank: Rank, material: NonNullable<StoryMaterial['statement']>): Part {
  return {
    rank,
    words: wordsIn(material.intro) + wordsIn(material.text),
    render: () => [
      { type: 'paragraph', content: inlineNodes(material.intro) },
      { type: 'blockquote', content: [{ type: 'paragraph', content: inlineNodes(`“${material.text}”`) }] },
    ],
  };
}

function figure(attrs: { imageKey: string; caption: string; credit: string }): Part {
  return {
    rank: 0,
    words: 0,
    // Alt text is left to the library image; caption and credit are printed under the picture.
    render: () => [{ type: 'figure', attrs: { imageKey: attrs.imageKey, caption: attrs.caption, credit: attrs.credit, alt: null } }],
  };
}

function galleryEmbed(gallerySlug: string): Part {
  return { rank: 0, words: 0, render: () => [{ type: 'galleryEmbed', attrs: { gallerySlug } }] };
}

function endNote(note: string): Part {
  return {
    rank: 0,
    words: wordsIn(note),
    render: () => [{ type: 'horizontalRule' }, { type: 'paragraph', content: inlineNodes(note) }],
  };
}

/** The desk themes the two outside experts speak from: the kind's first two (or its only one, twice). */
function expertThemes(desk: SectionDesk, material: StoryMaterial): [DeskTheme, DeskTheme] {
  const first = deskTheme(desk, material.themes[0]);
  return [first, material.themes[1] ? deskTheme(desk, material.themes[1]) : first];
}

/** Casts the story's two outside experts, with different roles, from the kind's themes. */
export function castExperts(desk: SectionDesk, material: StoryMaterial, random: Random, cast: Cast): [Person, Person] {
  const [firstTheme, secondTheme] = expertThemes(desk, material);
  const firstRole = random.pick(firstTheme.expertRoles);
  const otherRoles = secondTheme.expertRoles.filter((role) => role !== firstRole);
  return [cast(firstRole), cast(random.pick(otherRoles.length > 0 ? otherRoles : secondTheme.expertRoles))];
}
