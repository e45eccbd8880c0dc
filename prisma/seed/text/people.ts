import { slugify } from '../slug';
import type { SeedAuthor } from '../types';
import type { PhotoSpec } from './kit';

/**
 * The newsroom's staff. Fictional people; names use Azerbaijani letters on purpose so that
 * bylines, author pages and slugs are exercised with ə, ş, ğ, ı, ö, ü, ç from the first run.
 */

export const PUBLICATION_NAME = 'The Caspian Dateline';
export const EMAIL_DOMAIN = 'dateline.example';

interface StaffMember {
  name: string;
  role: SeedAuthor['role'];
  bio: string;
}

const STAFF: StaffMember[] = [
  {
    name: 'Aynur Məmmədova',
    role: 'EDITOR',
    bio: 'Aynur Məmmədova is news editor of The Caspian Dateline and runs the Nation and Politics desks. She spent ten years as a regional correspondent in Gəncə and Şəki before moving to Baku. She still answers every reader’s letter about a pothole.',
  },
  {
    name: 'Səbinə Rüstəmova',
    role: 'EDITOR',
    bio: 'Səbinə Rüstəmova edits the Business and World pages. Before joining the paper she reported on energy markets for an international news agency in London and Astana. She believes every number in a story should be checked twice and explained once.',
  },
  {
    name: 'Rəşad Qasımov',
    role: 'AUTHOR',
    bio: 'Rəşad Qasımov is our parliamentary correspondent. He has covered the Milli Məclis, budget hearings and municipal elections for more than a decade. He is happiest reading a draft law line by line.',
  },
  {
    name: 'Elvin Bağırov',
    role: 'AUTHOR',
    bio: 'Elvin Bağırov writes about banking, prices and the people who run small businesses. He trained as an economist and worked at a Baku bank before turning to journalism. He keeps a monthly basket of market prices in a notebook.',
  },
  {
    name: 'Orxan Cəfərov',
    role: 'AUTHOR',
    bio: 'Orxan Cəfərov covers diplomacy, trade and the Caspian region. He has reported from Aktau, Tbilisi, Istanbul and Tashkent. He speaks Azerbaijani, Russian, English and enough Kazakh to order lunch.',
  },
  {
    name: 'Gülnar Əhmədli',
    role: 'AUTHOR',
    bio: 'Gülnar Əhmədli is our culture writer, covering music, books, film and heritage. A trained pianist, she reviews mugham and classical concerts as well as new fiction. She lives in the Old City of Baku.',
  },
  {
    name: 'Tofiq Şükürov',
    role: 'AUTHOR',
    bio: 'Tofiq Şükürov has been a sports reporter for twenty years, covering football, wrestling and chess. He has seen more matches in the regional league than anyone should. He still plays five-a-side on Thursday nights.',
  },
  {
    name: 'Nərmin Quliyeva',
    role: 'AUTHOR',
    bio: 'Nərmin Quliyeva writes about science, technology and the environment, from the Caspian’s falling water level to Baku’s start-ups. She studied geophysics at Xəzər Technical University. She is the paper’s resident sceptic of press releases.',
  },
  {
    name: 'Fərid Hüseynzadə',
    role: 'AUTHOR',
    bio: 'Fərid Hüseynzadə is our regions correspondent, based in Gəncə. He travels the country reporting on roads, schools, hospitals and the people who run them. He has a soft spot for small-town bus stations.',
  },
  {
    name: 'Könül İsmayılova',
    role: 'AUTHOR',
    bio: 'Könül İsmayılova reports on social affairs and culture, with a focus on education and family life. She joined the paper from a Baku radio station. She is writing a book about the city’s courtyards.',
  },
  {
    name: 'Ülvi Nəbiyev',
    role: 'AUTHOR',
    bio: 'Ülvi Nəbiyev covers sport and technology, and anything where the two meet. He previously ran a gaming news website. He has strong opinions about the offside rule and mobile banking apps.',
  },
  {
    name: 'Leyla Həsənova',
    role: 'CONTRIBUTOR',
    bio: 'Leyla Həsənova is a photographer who has worked with The Caspian Dateline since its first issue. Her pictures of village life and city streets have been exhibited in Baku and Tbilisi. She writes occasional photo essays for the paper.',
  },
];

export const portraitKey = (authorSlug: string) => `portrait-${authorSlug}`;

export const AUTHORS: SeedAuthor[] = STAFF.map((member) => {
  const slug = slugify(member.name);
  return { name: member.name, slug, email: `${slug}@${EMAIL_DOMAIN}`, bio: member.bio, role: member.role, avatarKey: portraitKey(slug) };
});

export const PORTRAITS: PhotoSpec[] = AUTHORS.map((author) => ({
  key: author.avatarKey,
  label: author.name,
  alt: `Portrait of ${author.name}.`,
  caption: `${author.name} writes for ${PUBLICATION_NAME}.`,
  credit: author.slug === 'leyla-hesenova' ? `Photo: ${PUBLICATION_NAME}` : `Photo: Leyla Həsənova / ${PUBLICATION_NAME}`,
  aspect: '1:1',
}));

/** The staff photographer whose credit appears on gallery stories beside the writer's. */
export const PHOTOGRAPHER_SLUG = 'leyla-hesenova';

/** Wire and staff credits used instead of a named byline. */
export const CREDIT_LINES = ['Staff reporter', 'Dateline staff', 'Caspian Wire', 'Caspian Wire and Dateline staff'];
