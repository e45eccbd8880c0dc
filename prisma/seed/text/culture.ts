import type { Random } from '../random';
import {
  AGENCY_CREDIT, STAFF_CREDIT, capitalise, count, defineKind, manat, ordinal, thousands,
  type DeskLine, type KindDefinition, type SectionDesk,
} from './kit';

/** Culture: music, books, film, heritage. Every artist, book and film named here is fictional. */

/** What critics say about books and films alike. */
const ARTS_QUOTES: DeskLine[] = [
  ({ expert }) =>
    `${expert.name}, ${expert.role}, said the work showed a generation finding its voice. “For a long time our writers and directors were telling the stories they thought foreigners wanted,” ${expert.he} said. “Now they are telling their own, and that is exactly why foreigners are listening.”`,
  ({ expert }) =>
    `“We have talent and we have stories,” said ${expert.name}, ${expert.role}. “What we lack is the ordinary machinery — editors, distributors, critics — that turns a good book or a good film into something people actually find.”`,
  ({ expert }) =>
    `“Small markets can produce great art,” said ${expert.name}, ${expert.role}. “What they cannot easily produce is an audience abroad. That takes translators, festivals and patient support.”`,
  ({ expert }) =>
    `${expert.name}, ${expert.role}, said younger audiences were hungry for local stories. “For years people said our readers and viewers only wanted foreign work,” ${expert.he} said. “Give them something honest about their own lives and they turn up.”`,
];

export const cultureDesk: SectionDesk = {
  name: 'Culture',
  slug: 'culture',
  description: 'Music, books, film, heritage and the arts.',
  authorSlugs: ['gulnar-ehmedli', 'konul-ismayilova'],
  themes: {
    music: {
      expertRoles: [
        'a musicologist at the Baku Music Academy',
        'a music critic who has reviewed the festival for two decades',
      ],
      background: [
        () =>
          'Mugham, the country’s classical modal tradition, is sung and played by small ensembles of voice, *tar* and *kamancha*, with long improvised passages that can last an hour. UNESCO recognised it as part of humanity’s intangible heritage two decades ago.',
        () =>
          'Young musicians still learn mugham the traditional way, from a master, alongside formal study at music schools and the academy. Teachers say the number of students has grown, helped by television talent shows and social media.',
        () =>
          'Baku has a long jazz tradition, dating back to the Soviet era, when musicians blended jazz harmonies with mugham modes. The style, sometimes called jazz-mugham, still draws audiences at clubs and festivals.',
      ],
      expertQuotes: [
        ({ expert }) =>
          `${expert.name}, ${expert.role}, said the tradition was in good health but faced new pressures. “There is a danger of everything becoming a performance for the camera,” ${expert.he} said. “Mugham needs long evenings and listeners who are prepared to wait.”`,
        ({ expert }) =>
          `“Every generation thinks the next one will lose the tradition,” said ${expert.name}, ${expert.role}. “Every generation is wrong. The young players I hear are technically better than we ever were. What they need is time and a stage.”`,
        ({ expert }) =>
          `“Audiences here know the music deeply,” said ${expert.name}, ${expert.role}. “They can tell a singer who has the technique from one who has something to say. This time they heard both.”`,
        ({ expert }) =>
          `${expert.name}, ${expert.role}, said recordings alone could not keep the tradition alive. “This music lives in rooms, in front of people,” ${expert.he} said. “Every concert like this one matters.”`,
      ],
    },
    books: {
      expertRoles: ['a literary critic and translator', 'director of an independent publishing house'],
      background: [
        () =>
          'The market for books in Azerbaijani is small, and most print runs are a few thousand copies or fewer. Publishers say readers increasingly buy online and that translations from English, Turkish and Russian outsell local fiction.',
        () =>
          'Literary translation into English remains rare, and most Azerbaijani writers are known abroad, if at all, through Russian or Turkish editions. A state translation programme has funded a few dozen titles so far.',
        () =>
          'Libraries in the regions have been refurbished with new collections in recent years, and several now run reading clubs for teenagers, which librarians say have drawn more young readers than they expected.',
      ],
      expertQuotes: [...ARTS_QUOTES],
    },
    film: {
      expertRoles: ['a film historian who teaches at the Baku film school', 'a film critic who writes for several regional magazines'],
      background: [
        () =>
          'Film production has revived over the past decade, supported by state grants and a handful of private producers. Several independent films have won prizes at international festivals, though few are seen widely at home.',
        () =>
          'Most cinemas are in Baku, and audiences in the regions rarely see new local films except at touring festival screenings. Streaming services have opened another route, though producers say they pay far less than cinema distribution once did.',
      ],
      expertQuotes: [...ARTS_QUOTES],
    },
    heritage: {
      expertRoles: [
        'an architectural historian at Xəzər Technical University',
        'a conservation architect who has worked on restorations across the region',
        'a curator at the national carpet museum',
      ],
      background: [
        () =>
          'The country has several sites on UNESCO’s World Heritage List, including the walled Old City of Baku, the rock art of Gobustan and the historic centre of Şəki with the Khan’s Palace. Carpet weaving and mugham are on its list of intangible heritage.',
        () =>
          'Museums and heritage sites outside Baku have drawn growing numbers of visitors, and officials see heritage as central to regional tourism. Curators warn that popularity brings its own pressures, from crowds to cheap souvenir stalls.',
        () =>
          'Craft traditions — carpet weaving, copperwork, silk, woodcarving — survive in workshops across the country, but master craftsmen say few young people are willing to spend years learning a trade that pays little.',
      ],
      expertQuotes: [
        ({ expert }) =>
          `${expert.name}, ${expert.role}, said the work deserved support. “Heritage is not only old stones and museum cases,” ${expert.he} said. “It is skills, and skills survive only when someone can make a living from them.”`,
        ({ expert }) =>
          `“The danger is that we preserve the form and lose the life,” said ${expert.name}, ${expert.role}. “A building or a craft needs people who use it every day, not only visitors who photograph it.”`,
        ({ expert }) =>
          `“Every generation decides what to keep,” said ${expert.name}, ${expert.role}. “We are lucky that this one has decided to keep more than the last.”`,
        ({ expert }) =>
          `${expert.name}, ${expert.role}, said documentation was as important as repair. “Photograph everything, measure everything, write everything down,” ${expert.he} said. “Future specialists will thank us for the records as much as for the work.”`,
      ],
    },
  },
  subheads: ['A living tradition', 'Behind the work', 'Past and present'],
  figure: {
    key: 'figure-culture-carpet',
    label: 'Carpet detail',
    alt: 'Close-up of a hand-knotted carpet with deep red, blue and ivory geometric patterns.',
    caption: 'Detail of a hand-knotted carpet from the collection of the national carpet museum.',
    credit: STAFF_CREDIT('Leyla Həsənova'),
    aspect: '4:3',
  },
};

const concert = defineKind({
  id: 'concert',
  section: 'culture',
  tags: ['music'],
  places: ['baku', 'samaxi', 'seki', 'gence'],
  themes: ['music'],
  video: true,
  hero: {
    key: 'hero-mugham-trio',
    label: 'Mugham trio',
    alt: 'A singer holding a frame drum performs with a tar player and a kamancha player on a dim stage.',
    caption: 'A mugham trio performs: singer with frame drum, tar and kamancha.',
    credit: STAFF_CREDIT('Leyla Həsənova'),
    aspect: '3:2',
  },
  speakers: [
    () => 'a mugham singer',
    () => 'the festival’s artistic director',
    () => 'a student who travelled from Gəncə for the concert',
  ],
  vars: (r: Random) => ({
    edition: r.int(6, 24),
    performers: r.int(40, 160),
    audience: r.int(8, 40) * 100,
    age: r.int(17, 26),
    countries: r.int(5, 14),
  }),
  angles: [
    {
      headline: ({ place, v }) => `Mugham festival opens in ${place.name} with ${v.performers} performers and a full house`,
      standfirst: () => 'Masters and students share the stage over five nights of classical Azerbaijani music.',
      lede: ({ place, v, p }) =>
        `The ${ordinal(v.edition)} edition of the ${place.name} mugham festival opened to a full house, with ${p[0].name}, one of the most admired voices of ${p[0].his} generation, leading an evening that set masters and students side by side.`,
      quote: { by: 1, says: ({ v }) => `This is our ${ordinal(v.edition)} festival, and the first time every ticket was gone a week before the opening. The young audience surprised even us.` },
    },
    {
      headline: ({ p, v }) => `${v.age}-year-old singer ${p[0].name} wins national mugham competition`,
      standfirst: () => 'The jury praised a performance of unusual restraint. The prize includes a year of study with a master.',
      lede: ({ place, v, p }) =>
        `${p[0].name}, a ${v.age}-year-old singer who began lessons at the age of seven, has won the national mugham competition in ${place.name}, with a final performance that the jury described as unusually restrained and mature.`,
      quote: { by: 0, says: () => 'I sang for my teacher, who could not be here tonight. Every note was a conversation with her.' },
    },
    {
      headline: ({ place }) => `Jazz meets mugham at ${place.name} concert that had the audience on its feet`,
      standfirst: ({ v }) => `Musicians from ${count(Math.min(v.countries, 10))} countries joined local players for a night of improvisation.`,
      lede: ({ place, v, p }) =>
        `It ended with the audience on its feet and the musicians still playing. The concert in ${place.name} that brought ${p[0].name} together with jazz players from ${count(Math.min(v.countries, 10))} countries turned an old idea — that mugham and jazz belong together — into something that felt new.`,
      quote: { by: 0, says: () => 'I did not know where the saxophone would go, and the saxophone did not know where I would go. That is the point. We met in the middle of the mode.' },
    },
  ],
  paragraphs: [
    ({ p }) =>
      `${p[0].name} opened with a long improvisation in the *Segah* mode, accompanied only by tar and kamancha, before the ensemble moved into faster, rhythmic pieces. The audience, many of them students, followed in near silence, breaking into applause only at the ends of sections.`,
    ({ v }) =>
      `The programme runs for five nights and features ${v.performers} musicians, from established masters to students of the academy, as well as guests from ${count(Math.min(v.countries, 10))} countries with related modal traditions. Tickets for several concerts sold out within hours.`,
    () =>
      'Organisers have added free outdoor concerts and a series of masterclasses, open to anyone, in which senior performers explain the structure of the modes and the rules of improvisation.',
    ({ v }) =>
      `About ${thousands(v.audience)} people attended the opening events, according to organisers, and concerts are being streamed online for audiences abroad. [The full programme](https://example.org/mugham-festival/programme) is published on the festival’s website.`,
  ],
  background: [
    ({ place }) =>
      `The festival was founded by a group of musicians who wanted to give the tradition a stage outside the capital’s concert halls, and it has grown into one of the most important dates in the musical calendar of ${place.name}.`,
    () =>
      'Performers learn dozens of modes, each with its own mood and set of melodic paths, and a mugham performance is shaped as much by the singer’s choices on the night as by any written score. Two performances of the same piece are never alike.',
  ],
  quotes: [
    { by: 0, says: () => 'Mugham is a conversation. The tar speaks, the voice answers, the kamancha argues. When the audience is listening properly, they become part of it too.' },
    { by: 1, says: () => 'We wanted a festival where a student could sing on the same stage as a master, and where people could hear the music as it is meant to be heard, without microphones between them and the voice.' },
    { by: 2, says: () => 'I took the night bus to be here. I would do it again tomorrow.' },
  ],
  list: {
    intro: () => 'Festival highlights:',
    items: [
      () => '**Opening night:** the classical modes, voice with tar and kamancha',
      () => '**Young masters:** a concert by prize-winners of the national competition',
      () => '**Masterclasses:** free sessions on improvisation, open to all',
      () => '**Closing concert:** jazz and mugham, with guest musicians',
    ],
  },
  subheads: ['On the stage', 'A tradition that travels'],
  closing: () =>
    'The festival continues until the end of the week. Recordings of the main concerts will be available online for a month.',
});

const TITLES = ['The Salt Road', 'A House in Sabunçu', 'The Ferryman’s Daughter', 'Letters from Lənkəran', 'The Year of Quiet Water', 'Nine Courtyards'];

const novel = defineKind({
  id: 'novel',
  section: 'culture',
  tags: ['books'],
  places: ['baku'],
  themes: ['books'],
  placeProfile: false,
  hero: {
    key: 'hero-bookshop',
    label: 'Bookshop window',
    alt: 'Stacks of new novels on a table in a bookshop, with readers browsing the shelves behind.',
    caption: 'New fiction on display at a Baku bookshop.',
    credit: STAFF_CREDIT('Leyla Həsənova'),
    aspect: '3:2',
  },
  speakers: [
    () => 'the novelist',
    () => 'who chaired the prize jury',
    () => 'who runs a bookshop in the Old City',
  ],
  vars: (r: Random, use: number) => ({
    title: TITLES[use % TITLES.length],
    copies: r.int(3, 18) * 1000,
    prize: r.int(10, 30) * 1000,
    entries: r.int(60, 190),
    languages: r.int(3, 9),
    pages: r.int(24, 52) * 10,
  }),
  angles: [
    {
      headline: ({ v, p }) => `${p[0].name}’s *${v.title}* wins the national prize for fiction`,
      standfirst: ({ v }) => `The jury chose it from ${v.entries} entries. The novel has already sold ${thousands(v.copies)} copies.`,
      lede: ({ v, p }) =>
        `*${v.title}*, ${p[0].name}’s novel about three generations of a family in a Baku courtyard, has won the national prize for fiction, chosen by the jury from ${v.entries} books published over the past year.`,
      quote: { by: 0, says: () => 'I wrote most of this book before sunrise, with a glass of tea going cold beside me. To have it chosen from so many good books is more than I hoped for.' },
    },
    {
      headline: ({ v, p }) => `*${v.title}* to be published in English as ${p[0].name} finds readers abroad`,
      standfirst: ({ v }) => `Rights have now been sold in ${count(v.languages)} languages.`,
      lede: ({ v, p }) =>
        `${p[0].name}’s novel *${v.title}* will be published in English next year, its publisher said, making it one of only a handful of contemporary Azerbaijani novels to appear in translation, with rights now sold in ${count(v.languages)} languages.`,
      quote: { by: 0, says: () => 'A translator is a second author. I have spent months answering questions about words my grandmother used, and I have learned things about my own book.' },
    },
    {
      headline: ({ v }) => `Book fair draws record crowds as readers queue for *${v.title}*`,
      standfirst: () => 'Publishers report their best sales in years, led by fiction and children’s books.',
      lede: ({ v, p }) =>
        `Readers queued for an hour to have their copies of *${v.title}* signed by ${p[0].name} at the Baku book fair, which organisers said drew its largest crowds yet, with publishers reporting strong sales of fiction and children’s books.`,
      quote: { by: 0, says: () => 'I signed books for three hours and my hand gave up before the queue did. Every reader had a story about a courtyard of their own.' },
    },
  ],
  paragraphs: [
    ({ v }) =>
      `*${v.title}* follows a family over seventy years, from the oil boom of the early twentieth century to the present day, told through the people who share a single courtyard and the objects they leave behind. Critics have praised its humour and its precise, unsentimental prose.`,
    ({ v }) =>
      `The book has sold about ${thousands(v.copies)} copies, a large number for literary fiction in Azerbaijani, and has been reprinted several times. Book clubs in Baku and Gəncə have chosen it, and it has been widely discussed on social media.`,
    ({ p }) =>
      `${p[0].name} worked as a teacher and journalist before publishing a first collection of short stories. This is ${p[0].his} second novel, written, ${p[0].he} has said, in the early mornings before work over five years.`,
    ({ v }) =>
      `The prize, worth ${thousands(v.prize)} manat, is awarded by a jury of writers, critics and translators. Previous winners have included poets, a historical novelist and, last year, a collection of essays.`,
  ],
  background: [
    () =>
      'Reading habits have changed quickly. Bookshops in Baku report that younger readers buy more books than a decade ago, often discovering them through online reviews and reading groups, and that contemporary local fiction has found a new audience.',
    () =>
      'Writers say they still struggle to make a living from books. Most combine writing with teaching, journalism or translation, and advances from publishers are modest.',
  ],
  quotes: [
    { by: 0, says: () => 'I wanted to write about the courtyards because they are disappearing, and with them a way of living close to your neighbours. It is a book about noise, gossip and kindness.' },
    { by: 1, says: () => 'It was not a difficult decision. This is a novel that makes you laugh on one page and catches your breath on the next. It is about us, and it does not flatter us.' },
    { by: 2, says: () => 'People come in asking for it by name, which does not happen often with a local novel. I have had to reorder it every week.' },
  ],
  list: {
    intro: ({ v }) => `*${v.title}* at a glance:`,
    items: [
      ({ p }) => `**Author:** ${p[0].name}`,
      ({ v }) => `**Length:** ${v.pages} pages`,
      () => '**Publisher:** Qanad Books, Baku',
      ({ v }) => `**Copies sold:** about ${thousands(v.copies)}`,
      ({ v }) => `**Translations:** rights sold in ${count(v.languages)} languages`,
    ],
  },
  subheads: ['The book', 'Readers and writers'],
  closing: () =>
    'An audiobook edition, read by the author, is planned, and a new printing is due in the shops within weeks.',
});

const FILMS = ['Wind Over Absheron', 'The Last Bus to Qəbələ', 'Salt and Saffron', 'The Ninth Floor', 'Quiet Harbour'];

const film = defineKind({
  id: 'film',
  section: 'culture',
  tags: ['film'],
  places: ['baku'],
  themes: ['film'],
  placeProfile: false,
  hero: {
    key: 'hero-film-set',
    label: 'Film set',
    alt: 'A film crew with a camera on a dolly track filming an actor on a narrow old-town street.',
    caption: 'A film crew at work in the Old City of Baku.',
    credit: AGENCY_CREDIT,
    aspect: '16:9',
  },
  speakers: [
    () => 'the film’s director',
    () => 'who plays the lead role',
    () => 'a producer',
  ],
  vars: (r: Random, use: number) => ({
    title: FILMS[use % FILMS.length],
    films: r.int(40, 120),
    countries: r.int(12, 40),
    minutes: r.int(88, 134),
    budget: r.float(0.4, 2.2, 1),
  }),
  angles: [
    {
      headline: ({ v }) => `*${v.title}* opens Baku film festival with story of a family’s last summer by the sea`,
      standfirst: ({ v }) => `The festival will screen ${v.films} films from ${v.countries} countries over a week.`,
      lede: ({ v, p }) =>
        `The Baku film festival opened with *${v.title}*, ${p[0].name}’s ${v.minutes}-minute drama about a family spending a final summer in a house on the Absheron coast before it is demolished, the first of ${v.films} films from ${v.countries} countries to be shown over the coming week.`,
      quote: { by: 2, says: () => 'Opening the festival in our own city, in front of the people whose streets we filmed, is the best premiere a film like this could have.' },
    },
    {
      headline: ({ v, p }) => `Director ${p[0].name}’s *${v.title}* wins award at international festival`,
      standfirst: () => 'The prize is one of the most significant yet for an Azerbaijani feature film.',
      lede: ({ v, p }) =>
        `*${v.title}*, the second feature by the director ${p[0].name}, has won a jury award at an international film festival, one of the most significant prizes yet for an Azerbaijani feature and a boost for a small but growing independent film scene.`,
      quote: { by: 0, says: () => 'I accepted the award for everyone who worked on the film for almost nothing, and for the neighbours who let us into their homes.' },
    },
    {
      headline: ({ v }) => `First look at *${v.title}*, the film shot entirely in Baku’s Old City`,
      standfirst: ({ v }) => `The ${manat(v.budget)} production hired dozens of residents as extras and turned courtyards into sets.`,
      lede: ({ v, p }) =>
        `Its makers turned courtyards into sets and hired dozens of residents as extras. Now *${v.title}*, filmed entirely in the lanes of Baku’s Old City by the director ${p[0].name}, is finished, and the first scenes have been shown to the press.`,
      quote: { by: 0, says: () => 'The Old City is our main character: its stairs, its courtyards, its voices. We could not have built this on a set.' },
    },
  ],
  paragraphs: [
    ({ v }) =>
      `*${v.title}* was shot over seven weeks with a largely local crew and a cast that mixes experienced actors with first-timers found in the neighbourhoods where it was filmed. Dialogue is mostly in Azerbaijani, with passages in Russian.`,
    ({ v }) =>
      `The film was made on a budget of about ${manat(v.budget)}, partly funded by a state grant and partly by co-producers abroad. Its producers say the co-production model has made it possible to make films for international festivals without giving up creative control.`,
    () =>
      'Cinemas in Baku mostly show Hollywood and Turkish releases, and local art-house films rarely get more than a few screenings. Festivals are among the few chances for audiences to see them on a big screen.',
    () =>
      'Local features usually have their premieres at the Baku film festival, which also shows restored classics from the national film archive and student shorts, and runs an industry forum where producers pitch projects to funders.',
  ],
  background: [
    () =>
      'The country’s film industry has a long history, from silent films shot in the oil boom years to the Soviet-era studio that produced comedies and dramas still shown on television. After independence, production collapsed and took years to revive.',
    () =>
      'A film school established in Baku a decade ago has trained a new generation of directors, cinematographers and editors, several of whom have had films selected for international festivals.',
  ],
  quotes: [
    { by: 0, says: () => 'I wanted to film the city as it is now, before it changes again. Every house that comes down takes stories with it. This film is my way of keeping a few of them.' },
    { by: 1, says: () => 'It was my first time in front of a camera. The director told me to forget it was there. After a week, I did.' },
    { by: 2, says: () => 'Audiences abroad are curious about this part of the world. What they respond to is honesty — films that are specific, local and not afraid of silence.' },
  ],
  list: {
    intro: ({ v }) => `*${v.title}* at a glance:`,
    items: [
      ({ p }) => `**Director:** ${p[0].name}`,
      ({ v }) => `**Running time:** ${v.minutes} minutes`,
      () => '**Language:** Azerbaijani, with passages in Russian',
      ({ v }) => `**Budget:** about ${manat(v.budget)}`,
      () => '**Locations:** Baku and the Absheron coast',
    ],
  },
  subheads: ['Making the film', 'A small industry'],
  closing: () =>
    'The film is due in cinemas later this year, followed by an online release, and its producers are in talks with distributors abroad.',
});

const MONUMENTS = [
  { name: 'caravanserai', plural: 'caravanserais', age: 'eighteenth-century' },
  { name: 'bathhouse', plural: 'bathhouses', age: 'nineteenth-century' },
  { name: 'merchant’s house', plural: 'merchants’ houses', age: 'nineteenth-century' },
  { name: 'mosque', plural: 'mosques', age: 'eighteenth-century' },
] as const;

const restoration = defineKind({
  id: 'restoration',
  section: 'culture',
  tags: ['heritage'],
  places: ['seki', 'samaxi', 'gence', 'quba', 'naxcivan', 'baku'],
  themes: ['heritage'],
  hero: {
    key: 'hero-restoration-scaffold',
    label: 'Restoration works',
    alt: 'Scaffolding around a stone arched façade while a craftsman repairs brickwork.',
    caption: 'Restoration work on a historic building.',
    credit: STAFF_CREDIT('Ramin Novruzov'),
    aspect: '2:3',
  },
  speakers: [
    () => 'the architect leading the restoration',
    () => 'a stonemason who has worked on the site for two years',
    () => 'a resident who grew up next to the building',
  ],
  vars: (r: Random) => ({
    monument: r.pick(MONUMENTS),
    years: r.int(2, 6),
    cost: r.float(1.2, 9.5, 1),
    craftsmen: r.int(12, 60),
    rooms: r.int(12, 48),
  }),
  angles: [
    {
      headline: ({ place, v }) => `${capitalise(v.monument.age)} ${v.monument.name} in ${place.name} reopens after ${count(v.years)}-year restoration`,
      standfirst: ({ v }) => `The ${manat(v.cost)} project used traditional lime mortar and hand-made bricks.`,
      lede: ({ place, v }) =>
        `A ${v.monument.age} ${v.monument.name} in ${place.name} has reopened to the public after a ${count(v.years)}-year restoration, its walls stabilised, its roof rebuilt and its courtyard cleared of the sheds and garages that had crowded it for decades.`,
      quote: { by: 0, says: () => 'The most important work is the work nobody will see: drains, foundations, a roof that keeps the water out. The beautiful parts only survive if the boring parts are right.' },
    },
    {
      headline: ({ place }) => `Restorers in ${place.name} rediscover painted ceiling hidden for a century`,
      standfirst: () => 'The paintings, covered by plaster, show flowers, birds and hunting scenes.',
      lede: ({ place, v }) =>
        `Restorers working on a ${v.monument.age} ${v.monument.name} in ${place.name} have uncovered a painted ceiling hidden under layers of plaster for more than a century, decorated with flowers, birds and a hunting scene in red, blue and gold.`,
      quote: { by: 0, says: () => 'When the first patch of blue appeared under the plaster, the whole team stopped working and stood there looking up. Nobody alive had seen those colours.' },
    },
    {
      headline: ({ place, v }) => `What should an old ${v.monument.name} be for? ${place.name} debates its restored landmark`,
      standfirst: () => 'A hotel, a museum or a crafts centre: residents and officials disagree.',
      lede: ({ place, v }) =>
        `The restoration of ${place.name}’s old ${v.monument.name} is nearly finished. What happens inside it is still undecided, and residents, craftsmen and officials have very different ideas about how the building should earn its keep.`,
      quote: { by: 0, says: () => 'A hotel would pay for the upkeep. A museum would keep it open for everyone. The best answer is probably a little of both.' },
    },
    {
      headline: ({ place }) => `Master builders pass on old skills as ${place.name} restoration trains apprentices`,
      standfirst: ({ v }) => `${capitalise(count(Math.min(v.craftsmen, 10)))} young craftsmen are learning lime plastering, brick-making and woodcarving on site.`,
      lede: ({ place, v }) =>
        `On the scaffolding around an old ${v.monument.name} in ${place.name}, master builders are teaching young apprentices how to mix lime mortar, shape bricks by hand and carve window lattices — skills that, until recently, were in danger of disappearing.`,
      quote: { by: 0, says: () => 'Every master here has an apprentice at his side. In five years those young people will be restoring the next building, and the one after that.' },
    },
  ],
  paragraphs: [
    () =>
      `The building had been used as a warehouse and then a workshop in the twentieth century, and by the time restoration began, part of its roof had collapsed and water was seeping into its walls. Engineers spent most of the first year stabilising the structure.`,
    ({ v }) =>
      `About ${v.craftsmen} craftsmen worked on the project, using lime mortar, hand-made bricks and timber cut to traditional patterns. The restoration cost ${manat(v.cost)}, paid for from the state budget with a contribution from an international heritage fund.`,
    ({ v }) =>
      `Inside, ${v.rooms} rooms around the courtyard have been restored. Where original features survived — carved doors, stained-glass windows known as *şəbəkə*, painted plaster — they were repaired rather than replaced.`,
    () =>
      'Not everyone is satisfied. Some specialists have questioned the decision to rebuild a missing upper storey, arguing that there is no reliable evidence of how it looked, and a local residents’ group has asked for public access to be guaranteed whatever the building’s future use.',
  ],
  background: [
    ({ place, v }) =>
      `${capitalise(v.monument.plural)} like this one were once common in ${place.name}. Many were demolished or rebuilt beyond recognition in the twentieth century, and those that survive are protected as monuments of national importance.`,
    () =>
      'Restoration in the country is overseen by the culture ministry’s heritage service, which must approve every project on a listed building. Specialists say the service has become stricter in recent years about materials and documentation.',
  ],
  quotes: [
    { by: 0, says: () => 'Our rule was simple: repair before replacing, and replace only with what was there before. Where we did not know, we left it plain. The building should tell the truth about its age.' },
    { by: 1, says: () => 'My grandfather was a mason. I learned more about his work in two years on this building than in my whole life before. The old builders knew things we had forgotten.' },
    { by: 2, says: () => 'As children we played in the ruins. I never imagined it could look like this. Now I want my grandchildren to be able to walk in here for free.' },
  ],
  list: {
    intro: () => 'What was done:',
    items: [
      () => 'Foundations and walls stabilised; damp-proofing installed',
      () => 'Roof rebuilt with timber and clay tiles',
      () => 'Carved doors and stained-glass windows repaired',
      () => 'Courtyard cleared and the original paving restored',
      () => 'Lighting, heating and fire safety systems installed discreetly',
    ],
  },
  statement: {
    intro: () => 'The culture ministry said in a statement:',
    text: () => 'The restoration has been carried out in accordance with international conservation principles. The building will remain open to the public, and its future use will be decided after consultation with the local community.',
  },
  subheads: ['Inside the restoration', 'A use for the building'],
  closing: ({ place }) =>
    `The building will be open to visitors daily except Mondays. Officials in ${place.name} said a decision on its long-term use would be taken within a year.`,
});

const exhibition = defineKind({
  id: 'exhibition',
  section: 'culture',
  tags: ['heritage'],
  places: ['baku', 'gence', 'seki'],
  themes: ['heritage'],
  placeProfile: false,
  hero: {
    key: 'hero-museum-gallery',
    label: 'Museum gallery',
    alt: 'Visitors look at large carpets hung on the walls of a bright museum gallery.',
    caption: 'Visitors in the galleries of a museum in Baku.',
    credit: AGENCY_CREDIT,
    aspect: '3:2',
  },
  speakers: [
    () => 'the exhibition’s curator',
    () => 'a weaver whose work is included',
    () => 'a visitor',
  ],
  vars: (r: Random) => ({
    works: r.int(40, 180),
    oldest: r.pick(['seventeenth', 'eighteenth']),
    weeks: r.int(8, 20),
  }),
  angles: [
    {
      headline: ({ place, v }) => `${v.works} carpets, three centuries: ${place.name} exhibition traces a craft through families`,
      standfirst: () => 'Many of the carpets were lent by families who had never shown them in public.',
      lede: ({ place, v }) =>
        `An exhibition in ${place.name} brings together ${v.works} carpets, the oldest woven in the ${v.oldest} century, many of them lent by families who had kept them at home for generations and never shown them in public.`,
      quote: { by: 0, says: () => 'Some families brought their carpets wrapped in bedsheets, with tears in their eyes. They trusted us with their history, and we wanted to deserve it.' },
    },
    {
      headline: ({ place }) => `Restored carpets return to the walls of ${place.name} museum after two years in the workshop`,
      standfirst: () => 'Conservators cleaned, repaired and rehung works up to three centuries old.',
      lede: ({ place, v }) =>
        `Some ${v.works} carpets, the oldest woven in the ${v.oldest} century, are back on display in ${place.name} after two years in the conservation workshop, where specialists cleaned, repaired and remounted them for a new permanent exhibition.`,
      quote: { by: 0, says: () => 'Conservation is slow, patient work: a few square centimetres a day, thread by thread. Seeing them back on the walls, lit properly, was worth every hour.' },
    },
    {
      headline: ({ place }) => `Weavers at work in the gallery: ${place.name} museum invites visitors behind the loom`,
      standfirst: ({ v }) => `For ${v.weeks} weeks, weavers will work on a new carpet in front of visitors.`,
      lede: ({ place, v }) =>
        `Visitors to a museum in ${place.name} can watch a carpet being made from the first knot: for the next ${v.weeks} weeks, two weavers will work at a loom set up in the gallery, answering questions as they go.`,
      quote: { by: 2, says: () => 'I watched them tie knots for an hour and I still cannot see how their fingers move so fast. I will come back next week to see how far they have got.' },
    },
  ],
  paragraphs: [
    () =>
      'The exhibition is organised by region and weaving school, showing how patterns, colours and techniques differ between the carpets of Quba, Şirvan, Gəncə, Qarabağ and the south. Labels explain the meaning of common motifs.',
    ({ v }) =>
      `Curators spent two years collecting works and stories from families, many of whom received carpets as wedding gifts or inherited them. The exhibition runs for ${v.weeks} weeks, with free entry for students and pensioners.`,
    () =>
      'A room is devoted to contemporary weavers and designers who use traditional techniques with new patterns, including abstract designs and a carpet that reproduces a satellite image of the Absheron coastline.',
    () =>
      'Each weekend, weavers and restorers give demonstrations and talks, and children can try knotting on small looms.',
  ],
  background: [
    () =>
      'Carpet weaving was long a household craft, practised mostly by women, with patterns passed from mother to daughter. Soviet-era factories standardised production; since independence, small workshops and private weavers have revived older techniques.',
    () =>
      'The national carpet museum in Baku, housed in a building shaped like a rolled carpet on the seafront, holds one of the world’s largest collections and lends works to exhibitions around the country.',
  ],
  quotes: [
    { by: 0, says: () => 'Every carpet here has two stories: the one in its pattern and the one of the family that kept it. We wanted visitors to hear both.' },
    { by: 1, says: () => 'People think weaving is slow and old-fashioned. When they see how it is done, they understand it is closer to mathematics than to knitting.' },
    { by: 2, says: () => 'My grandmother had a carpet just like that one. I came to see it and stayed for three hours.' },
  ],
  list: {
    intro: () => 'Visiting:',
    items: [
      () => 'Open daily except Monday, 10am to 6pm',
      () => 'Free entry for students, pensioners and children under 12',
      () => 'Guided tours in Azerbaijani, English and Russian at weekends',
      () => 'Weaving demonstrations every Saturday afternoon',
    ],
  },
  subheads: ['In the galleries', 'The craft today'],
  closing: ({ v }) =>
    `The exhibition runs for ${v.weeks} weeks and will then travel to other cities. A catalogue with essays by the curators is on sale at the museum.`,
});

const silkWorkshops = defineKind({
  id: 'seki-silk',
  section: 'culture',
  tags: ['heritage', 'tourism'],
  places: ['seki'],
  themes: ['heritage'],
  gallery: { slug: 'seki-silk-workshops', maxUses: 2 },
  hero: 'gallery',
  speakers: [
    () => 'who has woven silk in Şəki for more than forty years',
    () => 'who runs one of the town’s last family workshops',
    () => 'an apprentice weaver',
  ],
  vars: (r: Random) => ({
    looms: r.int(6, 14),
    scarves: r.int(2, 9) * 100,
    apprentices: r.int(4, 12),
    growers: r.int(60, 240),
  }),
  angles: [
    {
      headline: () => 'From cocoon to kəlağayı: inside the silk workshops keeping Şəki’s trade alive',
      standfirst: () => 'A handful of workshops still reel, dye, weave and print silk by hand. A new generation is learning how.',
      lede: ({ v }) =>
        `In a courtyard workshop in Şəki, ${count(Math.min(v.looms, 10))} wooden looms clatter from morning until late afternoon. The silk on them was reeled from local cocoons, dyed with walnut husks and madder root in vats across the yard, and will leave as kəlağayı — the patterned headscarves for which the town has been known for centuries.`,
      quote: { by: 1, says: () => 'A scarf from this workshop has passed through twenty pairs of hands before it reaches a customer. We want people to know that when they buy one.' },
    },
    {
      headline: () => 'Şəki’s silk weavers take on apprentices as demand for hand-made kəlağayı grows',
      standfirst: () => 'Tourists and a new generation of buyers are reviving interest in a craft that nearly vanished.',
      lede: ({ v }) =>
        `For the first time in years, the silk workshops of Şəki are taking on apprentices: ${count(v.apprentices)} young people this year, learning to reel, dye, weave and print by hand as orders for hand-made kəlağayı headscarves grow.`,
      quote: { by: 1, says: () => 'Ten years ago we thought we would be the last. Now I have a waiting list of young people who want to learn. Silk has become fashionable again.' },
    },
  ],
  paragraphs: [
    ({ v }) =>
      `The silk comes from cocoons raised by about ${v.growers} village families, who feed the silkworms on mulberry leaves for a few weeks each year. The workshop buys the cocoons, softens them in hot water and unwinds the fine thread by hand.`,
    () =>
      'The kəlağayı is printed with carved wooden blocks, each pattern built up colour by colour. Traditional designs use a small number of motifs; the colours — saffron, black, deep red, white — once signalled the wearer’s age and status.',
    ({ v }) =>
      `The workshop now produces about ${thousands(v.scarves)} scarves a month, most sold to visitors in the town’s caravanserai and online. Prices have risen, the owners said, but so has demand for hand-made pieces.`,
    () =>
      'Machine-made imitations, often printed on synthetic fabric, are sold cheaply in markets across the country, and weavers say they have undercut the real thing for years. A certification mark for hand-made Şəki silk is being considered.',
  ],
  background: [
    () =>
      'Şəki was a centre of the silk trade for centuries, and in Soviet times a large silk combine employed thousands of people. After it closed, silk-making shrank to a few family workshops that kept the techniques alive.',
    () =>
      'The art of making and wearing the kəlağayı is recognised by UNESCO as part of the intangible heritage of humanity, which has helped to raise interest among younger buyers and visitors.',
  ],
  quotes: [
    { by: 0, says: () => 'My hands know this work better than my head does. When I teach the young ones, I have to slow down and think about what my fingers are doing.' },
    { by: 1, says: () => 'Silk is patient work. Hurry, and the thread breaks. It is a good lesson for a young person, and for an old one too.' },
    { by: 2, says: () => 'I studied economics in Baku and came back to learn weaving. My friends thought I was mad. Now they all want scarves.' },
  ],
  list: {
    intro: () => 'How a kəlağayı is made:',
    items: [
      () => 'Cocoons are softened in hot water and the thread unwound',
      () => 'Threads are twisted together and woven into plain silk',
      () => 'The silk is dyed, often with natural dyes',
      () => 'Patterns are printed by hand with carved wooden blocks',
      () => 'The scarf is washed, dried and finished by hand',
    ],
    ordered: true,
  },
  subheads: ['At the looms', 'A craft with a future'],
  closing: () =>
    'The workshops are open to visitors most days, and several offer short classes in block printing. A silk festival is planned for later in the year.',
});

export const cultureKinds: KindDefinition[] = [concert, novel, film, restoration, exhibition, silkWorkshops];
