import type { Random } from '../random';

/**
 * The vocabulary the sentence banks are written in. A story "kind" (a road opening, a budget
 * hearing, a derby) is a set of templates over a place, a few people and some numbers; the
 * builder in ../story.ts picks an angle, fills the templates and lays the result out as a body.
 * Keeping the prose in plain template functions lets a writer edit it without touching layout.
 */

export type SectionSlug = 'nation' | 'politics' | 'business' | 'world' | 'culture' | 'sport' | 'science';

export interface Place {
  /** As printed in English copy: "Baku", otherwise the Azerbaijani spelling ("Şəki"). */
  name: string;
  tagSlug: string;
  /** Where it is, for a first mention: "Şəki, in the north-west". */
  where: string;
  /** The river or water a local story can mention. */
  river: string;
  /** What readers know the place for. */
  known: string;
  /** Two paragraphs of local colour that fit any story set there. */
  profile: readonly [string, string];
}

export const PLACES = {
  baku: {
    name: 'Baku', tagSlug: 'baku', where: 'the capital', river: 'the Bay of Baku', known: 'the capital and home to a quarter of the population',
    profile: [
      'Baku has grown outwards for three decades, its old centre ringed first by Soviet-era housing estates and then by newer towers on the Abşeron peninsula. The city is home to roughly a quarter of the country’s people and an even larger share of its jobs.',
      'Residents of the capital’s outer districts — Sabunçu, Suraxanı, Binəqədi — often describe a different city from the one on the postcards: long commutes, patchy public transport and courtyards that wait years for repairs.',
    ],
  },
  gence: {
    name: 'Gəncə', tagSlug: 'gence', where: 'in the west', river: 'the Gəncəçay', known: 'the country’s second city',
    profile: [
      'Gəncə, the country’s second city, has long complained that it lives in the capital’s shadow. Its wide avenues and red-brick mansions recall a wealthier past, and its university and factories still draw people from across the western districts.',
      'Local officials in Gəncə have spent heavily on parks and the city centre in recent years, and the city is proud of its reputation for hospitality. Young people, though, still leave for Baku in large numbers.',
    ],
  },
  seki: {
    name: 'Şəki', tagSlug: 'seki', where: 'in the north-west', river: 'the Kiş river', known: 'the old silk town below the Greater Caucasus',
    profile: [
      'Şəki sits in the forested foothills of the Greater Caucasus, its old town of tiled roofs and walled gardens climbing towards the Khan’s Palace. Its caravanserais once served merchants on the silk routes; now they serve tourists.',
      'Tourism has become one of Şəki’s main employers, alongside silk, hazelnuts and the sweets for which it is famous. Many residents combine two or three jobs through the year.',
    ],
  },
  sumqayit: {
    name: 'Sumqayıt', tagSlug: 'sumqayit', where: 'on the Absheron coast north of Baku', river: 'the Caspian shore', known: 'the industrial city north of Baku',
    profile: [
      'Sumqayıt was built in the mid-twentieth century as a planned industrial city, its chemical and metal works laid out on the coast north of Baku. It still carries a reputation for pollution that residents say is out of date.',
      'Sumqayıt has a young population, a seafront boulevard rebuilt in recent years and an industrial park that officials hope will bring manufacturing back. Many residents commute to Baku, a drive of less than an hour on a good day.',
    ],
  },
  lenkeran: {
    name: 'Lənkəran', tagSlug: 'lenkeran', where: 'in the far south', river: 'the Lənkəran river', known: 'the subtropical south of tea gardens and citrus groves',
    profile: [
      'Lənkəran lies on a narrow strip of subtropical coast between the Caspian and the Talysh mountains, close to the border with Iran. Its humid climate supports tea, citrus and vegetables, and its hillsides are covered by the ancient Hirkan forest.',
      'Agriculture remains the backbone of Lənkəran’s economy, supplemented by fishing and trade. Growers in the district say better roads have brought them closer to markets in Baku but also exposed them to stiffer competition.',
    ],
  },
  quba: {
    name: 'Quba', tagSlug: 'quba', where: 'in the north', river: 'the Qudyalçay', known: 'the apple country below Shahdag',
    profile: [
      'Quba is best known for its apples and its carpets. The district runs from the Caspian lowlands up to some of the highest villages in the country, below the peaks of the Shahdag range.',
      'Across the river from Quba lies Qırmızı Qəsəbə, one of the few remaining mountain Jewish settlements in the world. Together, the town and its neighbour draw a growing number of visitors from Baku at weekends.',
    ],
  },
  naxcivan: {
    name: 'Naxçıvan', tagSlug: 'naxcivan', where: 'in the autonomous republic to the south-west', river: 'the Naxçıvançay', known: 'the high, dry exclave',
    profile: [
      'Naxçıvan, an autonomous republic separated from the rest of the country, is a land of dry mountains, salt caves and irrigated valleys. Most goods and people reach it by air or through neighbouring countries.',
      'Naxçıvan’s isolation has shaped its economy: officials have long pursued self-sufficiency in food and building materials, and the local government runs its own ministries and budget within the national framework.',
    ],
  },
  mingecevir: {
    name: 'Mingəçevir', tagSlug: 'mingecevir', where: 'in the centre of the country', river: 'the Kür', known: 'the reservoir city on the Kür',
    profile: [
      'Mingəçevir grew up around the dam built on the Kür in the 1950s, which created the country’s largest reservoir and one of its main power stations. Water from the reservoir irrigates farms across the central plain.',
      'Mingəçevir is known for rowing as well as power: its calm waters host a national training centre, and crews from across the region come to train there.',
    ],
  },
  samaxi: {
    name: 'Şamaxı', tagSlug: 'samaxi', where: 'west of Baku', river: 'the Pirsaatçay', known: 'the old capital of Shirvan, with its vineyards and observatory',
    profile: [
      'Şamaxı was once the capital of the Shirvan region, and its history has been shaped by earthquakes that destroyed the town several times. Its Friday mosque, rebuilt after each disaster, remains its best-known landmark.',
      'The hills around Şamaxı are covered with vineyards, and the observatory on the ridge above the town has been studying the sky for more than half a century. The drive from Baku takes about two hours.',
    ],
  },
  qebele: {
    name: 'Qəbələ', tagSlug: 'qebele', where: 'in the foothills of the north', river: 'the Dəmiraparan river', known: 'the forested resort district',
    profile: [
      'Qəbələ, set in forested foothills below the Greater Caucasus, has become one of the country’s busiest resort districts, with hotels, a ski area and a cable car that draws visitors in every season.',
      'Beyond its resorts, Qəbələ is a rural district: orchards, walnut groves and villages where tourism has created new jobs but also pushed up the price of land.',
    ],
  },
  zaqatala: {
    name: 'Zaqatala', tagSlug: 'zaqatala', where: 'in the far north-west', river: 'the Talaçay', known: 'the hazelnut country by the Georgian border',
    profile: [
      'Zaqatala lies in the far north-west, close to the Georgian border, where the mountains of the Greater Caucasus drop steeply into a green valley. Hazelnut orchards cover much of the lowland, and a state nature reserve protects the forests above.',
      'Zaqatala’s old fortress and plane trees give the town centre a quiet, shaded air. Many families depend on the hazelnut harvest, and a bad year is felt in every shop.',
    ],
  },
  sirvan: {
    name: 'Şirvan', tagSlug: 'sirvan', where: 'on the lower Kür', river: 'the Kür', known: 'the oil town on the lower Kür',
    profile: [
      'Şirvan sits on the lower Kür, in flat country that has produced oil for more than a century. The city’s economy still leans on oil services, power generation and farming on irrigated land around it.',
      'South of the city of Şirvan, the Şirvan National Park protects a semi-desert where herds of goitered gazelles have been brought back from near extinction.',
    ],
  },
} as const satisfies Record<string, Place>;

export type PlaceKey = keyof typeof PLACES;
export const REGIONAL_PLACES: PlaceKey[] = ['gence', 'seki', 'sumqayit', 'lenkeran', 'quba', 'naxcivan', 'mingecevir', 'samaxi', 'qebele', 'zaqatala', 'sirvan'];

export interface Person {
  name: string;
  /** For second references, as English-language papers write them: "Quliyeva said". */
  surname: string;
  he: 'he' | 'she';
  his: 'his' | 'her';
  role: string;
}

// Fictional people only: common given names and surnames, never a real public figure's pairing.
const GIVEN_NAMES = {
  he: ['Rəşad', 'Elçin', 'Tural', 'Fuad', 'Nicat', 'Samir', 'Vüqar', 'Anar', 'Kənan', 'Emin', 'Zaur', 'Ramil', 'Cavid', 'Elnur', 'Şahin', 'Bəhruz', 'Namiq', 'Ceyhun', 'Araz', 'Toğrul', 'Ülvi', 'Seymur'],
  she: ['Aysel', 'Günel', 'Nigar', 'Lalə', 'Sevinc', 'Aytən', 'Fidan', 'Şəbnəm', 'Ülkər', 'Nərgiz', 'Xədicə', 'Zəhra', 'Aygün', 'Ləman', 'Türkan', 'Səidə', 'Rəna', 'Gülər', 'Afaq', 'Məleykə'],
} as const;

const SURNAMES: readonly { he: string; she: string }[] = [
  ['Məmmədov', 'Məmmədova'], ['Həsənov', 'Həsənova'], ['Quliyev', 'Quliyeva'], ['Rzayev', 'Rzayeva'],
  ['Səfərov', 'Səfərova'], ['Nağıyev', 'Nağıyeva'], ['Kərimov', 'Kərimova'], ['Babayev', 'Babayeva'],
  ['Abbasov', 'Abbasova'], ['Orucov', 'Orucova'], ['Vəliyev', 'Vəliyeva'], ['Süleymanov', 'Süleymanova'],
  ['Əsgərov', 'Əsgərova'], ['Şirinov', 'Şirinova'], ['Bayramov', 'Bayramova'], ['Mustafayev', 'Mustafayeva'],
  ['Talıbov', 'Talıbova'], ['Hacıyev', 'Hacıyeva'], ['Zeynalov', 'Zeynalova'], ['Sadıqov', 'Sadıqova'],
  ['Əhmədli', 'Əhmədli'], ['Axundzadə', 'Axundzadə'], ['Cavadlı', 'Cavadlı'], ['Mirzəzadə', 'Mirzəzadə'],
  ['Ağayev', 'Ağayeva'], ['Çələbiyev', 'Çələbiyeva'], ['Göyüşov', 'Göyüşova'], ['Işıqlı', 'Işıqlı'],
].map(([he, she]) => ({ he, she }));

export type Pronoun = Person['he'];
export type Cast = (role: string, pronoun?: Pronoun) => Person;

/** Makes people for one story; names and surnames never repeat within the story. */
export function createCast(random: Random): Cast {
  const used = new Set<string>();
  return (role, pronoun) => {
    for (;;) {
      // Draw the coin even when the pronoun is fixed, so fixing one speaker does not reshuffle the rest.
      const drawn = random.chance(0.5) ? 'he' : 'she';
      const he = pronoun ?? drawn;
      const given = random.pick(GIVEN_NAMES[he]);
      const family = random.pick(SURNAMES);
      // One Quliyev or Quliyeva per story, and one Aysel: readers should never confuse two people.
      if (used.has(given) || used.has(family.he)) continue;
      used.add(given);
      used.add(family.he);
      const surname = family[he];
      const name = `${given} ${surname}`;
      return { name, surname, he, his: he === 'he' ? 'his' : 'her', role };
    }
  };
}

/** Photo shapes; '1:1' is reserved for author portraits, drawn at 800 × 800. */
export type Aspect = '3:2' | '4:3' | '16:9' | '2:3' | '1:1';

/** A picture the seed draws: label is printed on it; caption and credit are its library defaults. */
export interface PhotoSpec {
  key: string;
  label: string;
  alt: string;
  caption: string;
  credit: string;
  aspect: Aspect;
}

export const STAFF_CREDIT = (photographer: string) => `Photo: ${photographer} / The Caspian Dateline`;
export const AGENCY_CREDIT = 'Photo: Caspian Wire';

export interface StoryContext<V> {
  place: Place;
  v: V;
  /** Speakers in the order the kind's `speakers` lists their roles. */
  p: readonly Person[];
}

export type Line<V> = (c: StoryContext<V>) => string;
export type RoleLine<V> = (c: { place: Place; v: V }) => string;
/** A speaker's role; with a pronoun when the role implies one (“a mother of two pupils”). */
export type Speaker<V> = RoleLine<V> | { role: RoleLine<V>; pronoun: Pronoun };

export interface Quote<V> {
  /** Index into the kind's speakers. */
  by: number;
  /** Quoted words only (full sentences, final full stop); the builder adds attribution. */
  says: Line<V>;
}

/**
 * One way into the story: headline, standfirst, first paragraph and the lead quote must agree
 * with each other. The lead quote is what keeps two stories of the same kind from sounding alike.
 */
export interface Angle<V> {
  headline: Line<V>;
  standfirst: Line<V>;
  lede: Line<V>;
  quote: Quote<V>;
}

export interface StoryKind<V> {
  id: string;
  section: SectionSlug;
  tags: string[];
  places: readonly PlaceKey[];
  /** The kind's own picture, or the first photo of its gallery. */
  hero: PhotoSpec | 'gallery';
  /** Stories of this kind embed the gallery; the kind is used at most maxUses times. */
  gallery?: { slug: string; maxUses: number };
  /** The first stories of this kind carry a [VIDEO] marker. */
  video?: boolean;
  /** Reports an event as it happens (a match, a storm), so it is never scheduled ahead. */
  liveEvent?: boolean;
  /** Which of the desk's background themes fit this kind. */
  themes: string[];
  /** Whether the place's profile paragraphs belong in the story (not for parliament stories). */
  placeProfile?: boolean;
  speakers: Speaker<V>[];
  /** Numbers and names for one story; `use` (0, 1, 2 …) lets repeated kinds pick different names. */
  vars: (random: Random, use: number) => V;
  angles: Angle<V>[];
  /** Development paragraphs in reading order; each story leaves a different one out, short ones stop early. */
  paragraphs: Line<V>[];
  /** Context for longer stories: how the issue arose, what happened before. */
  background: Line<V>[];
  /** Further quotes; each story of the kind leads with a different one, and only long ones use more. */
  quotes: Quote<V>[];
  list: { intro: Line<V>; items: Line<V>[]; ordered?: boolean };
  statement?: { intro: Line<V>; text: Line<V> };
  subheads: [string, string];
  closing: Line<V>;
}

/** A story kind with its templates filled: plain strings in the inline markup of ./markup.ts. */
export interface StoryMaterial {
  headline: string;
  standfirst: string;
  lede: string;
  paragraphs: string[];
  background: string[];
  /** Background from the desk's themes and the place's profile, filled with this story's place. */
  themes: string[];
  placeProfile: boolean;
  quotes: { speaker: Person; says: string }[];
  list: { intro: string; items: string[]; ordered: boolean };
  statement: { intro: string; text: string } | null;
  subheads: [string, string];
  closing: string;
}

/** A story kind with its variable type hidden, so kinds of different shapes share one list. */
export interface KindDefinition {
  id: string;
  section: SectionSlug;
  tags: string[];
  places: readonly PlaceKey[];
  hero: PhotoSpec | 'gallery';
  gallery?: { slug: string; maxUses: number };
  video: boolean;
  liveEvent: boolean;
  angleCount: number;
  materialize(random: Random, angleIndex: number, place: Place, cast: Cast): StoryMaterial & { people: Person[] };
}

export function defineKind<V>(kind: StoryKind<V>): KindDefinition {
  return {
    id: kind.id,
    section: kind.section,
    tags: kind.tags,
    places: kind.places,
    hero: kind.hero,
    gallery: kind.gallery,
    video: kind.video ?? false,
    liveEvent: kind.liveEvent ?? false,
    angleCount: kind.angles.length,
    materialize(random, angleIndex, place, cast) {
      const v = kind.vars(random, angleIndex);
      const people = kind.speakers.map((speaker) =>
        typeof speaker === 'function' ? cast(speaker({ place, v })) : cast(speaker.role({ place, v }), speaker.pronoun),
      );
      const c: StoryContext<V> = { place, v, p: people };
      const angle = kind.angles[angleIndex % kind.angles.length];
      return {
        people,
        headline: angle.headline(c),
        standfirst: angle.standfirst(c),
        lede: angle.lede(c),
        paragraphs: rotateOut(kind.paragraphs, angleIndex + 1).map((line) => line(c)),
        background: kind.background.map((line) => line(c)),
        themes: kind.themes,
        placeProfile: kind.placeProfile ?? true,
        quotes: [angle.quote, ...rotateFrom(kind.quotes, angleIndex)].map((quote) => ({ speaker: people[quote.by], says: quote.says(c) })),
        list: { intro: kind.list.intro(c), items: kind.list.items.map((item) => item(c)), ordered: kind.list.ordered ?? false },
        statement: kind.statement ? { intro: kind.statement.intro(c), text: kind.statement.text(c) } : null,
        subheads: kind.subheads,
        closing: kind.closing(c),
      };
    },
  };
}

/** The items starting at a different one for each use: repeated kinds lead with different quotes. */
function rotateFrom<T>(items: T[], use: number): T[] {
  const start = use % Math.max(items.length, 1);
  return [...items.slice(start), ...items.slice(0, start)];
}

/** Leaves out one item, a different one for each use, so repeated kinds do not repeat every paragraph. */
function rotateOut<T>(items: T[], use: number): T[] {
  if (items.length < 3) return items;
  const skipped = use % items.length;
  return items.filter((_, index) => index !== skipped);
}

/** Context for a section's shared paragraphs: any story of the section can use them. */
export interface DeskContext {
  place: Place;
  expert: Person;
}
export type DeskLine = (c: DeskContext) => string;

/** One recurring subject of a desk (roads and utilities, parliament, prices …). */
export interface DeskTheme {
  /** Background paragraphs; a story uses a few from the themes its kind lists. */
  background: DeskLine[];
  /** Outside experts who comment on the subject, and what they say (with attribution). */
  expertRoles: string[];
  expertQuotes: DeskLine[];
}

/** What a section desk shares across its stories: themes, subheads, a stock picture. */
export interface SectionDesk {
  name: string;
  slug: SectionSlug;
  description: string;
  /** Reporters who usually write for the section, most frequent first. */
  authorSlugs: string[];
  themes: Record<string, DeskTheme>;
  /** Subheads for the background part of long stories. */
  subheads: string[];
  /** The section's stock picture for inline figures. */
  figure: PhotoSpec;
}

/** The desk theme a kind names, or an error naming the typo. */
export function deskTheme(desk: SectionDesk, name: string): DeskTheme {
  const theme = desk.themes[name];
  if (!theme) throw new Error(`Section ${desk.slug} has no theme "${name}"`);
  return theme;
}

// Number formatting in the paper's style: "12,400", "14.5 million manat", "3.8 per cent".
export const thousands = (n: number): string => n.toLocaleString('en-GB');
export const manat = (millions: number): string =>
  millions < 1 ? `${thousands(Math.round(millions * 1000) * 1000)} manat` : `${millions.toLocaleString('en-GB', { maximumFractionDigits: 1 })} million manat`;
export const percent = (n: number): string => `${n.toLocaleString('en-GB', { maximumFractionDigits: 2 })} per cent`;
const SMALL_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** Newspaper style spells out one to ten. */
export const count = (n: number): string => (n >= 0 && n <= 10 ? SMALL_NUMBERS[n] : thousands(n));
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
/** "1st", "2nd", "13th", "92nd": festival editions, minutes of a match, rankings. */
export function ordinal(n: number): string {
  const lastTwo = n % 100;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}
