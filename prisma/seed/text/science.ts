import type { Random } from '../random';
import {
  AGENCY_CREDIT, STAFF_CREDIT, count, defineKind, thousands,
  type KindDefinition, type SectionDesk,
} from './kit';

/** Science & Tech: the Caspian, climate, start-ups, earthquakes, satellites. */

export const scienceDesk: SectionDesk = {
  name: 'Science & Tech',
  slug: 'science',
  description: 'Research, technology, climate and the environment.',
  authorSlugs: ['nermin-quliyeva', 'ulvi-nebiyev'],
  themes: {
    climate: {
      expertRoles: [
        'a hydrologist at Xəzər Technical University',
        'a marine biologist who studies the Caspian',
        'a climate researcher at the Caspian Policy Institute',
      ],
      background: [
        () =>
          'The Caspian is the world’s largest enclosed body of water, and its level depends on the balance between river inflow, mainly from the Volga, and evaporation. Both are changing as the climate warms.',
        () =>
          'Average temperatures across the country have risen by more than a degree over the past half-century, according to the National Hydrometeorology Service, with longer, hotter summers and less reliable rainfall in the lowlands.',
        () =>
          'Water is a growing concern. Much of the country’s supply comes from rivers that rise in neighbouring countries, and farms on the central plain depend on irrigation from the Kür and its reservoirs.',
      ],
      expertQuotes: [
        ({ expert }) =>
          `${expert.name}, ${expert.role}, said the findings should change how the country plans. “We are still building as if the sea and the rivers will behave as they did fifty years ago,” ${expert.he} said. “They will not. Ports, farms and cities need to plan for less water, not more.”`,
        ({ expert }) =>
          `“The data is clear; the decisions are hard,” said ${expert.name}, ${expert.role}. “Every country around the Caspian is affected, and none can solve it alone. That is why shared monitoring matters so much.”`,
        ({ expert }) =>
          `“Nature does not recognise borders,” said ${expert.name}, ${expert.role}. “What happens in the Volga basin is felt on our beaches, and what we do here affects the whole sea.”`,
        ({ expert }) =>
          `${expert.name}, ${expert.role}, said long-term measurements were essential. “One year of data tells you about the weather,” ${expert.he} said. “Thirty years tells you about the climate. We need to keep measuring, even when budgets are tight.”`,
      ],
    },
    tech: {
      expertRoles: [
        'a venture investor who backs start-ups in the region',
        'a software engineer who mentors at a Baku accelerator',
        'a digital economy researcher at the Caspian Policy Institute',
      ],
      background: [
        () =>
          'The start-up scene in Baku has grown rapidly, helped by a state innovation agency that offers grants and office space, and by a generation of engineers who have worked abroad and returned. Most companies are still small, with a handful of staff.',
        () =>
          'Venture capital remains scarce. Founders say they raise their first money from family, grants and angel investors, and must look to Türkiye, the Gulf or Europe for larger rounds.',
        () =>
          'Software engineers are in high demand, and many work remotely for foreign companies at salaries local firms cannot match. Universities have expanded computer science courses, but employers say graduates need more practical experience.',
      ],
      expertQuotes: [
        ({ expert }) =>
          `${expert.name}, ${expert.role}, said the company was typical of a new wave. “Five years ago, founders here built copies of foreign apps,” ${expert.he} said. “Now they are solving local problems — language, farming, logistics — and discovering that those problems exist elsewhere too.”`,
        ({ expert }) =>
          `“The talent is here; the money and the market are the problems,” said ${expert.name}, ${expert.role}. “A start-up in Baku has to think regionally from the first day, because the home market alone is too small.”`,
        ({ expert }) =>
          `“The first customers are the hardest to win and the most valuable to keep,” said ${expert.name}, ${expert.role}. “This team listened to them, and it shows in the product.”`,
        ({ expert }) =>
          `${expert.name}, ${expert.role}, said the ecosystem was maturing. “A few years ago every founder was doing it for the first time,” ${expert.he} said. “Now there are people who have built companies, sold them and are investing again. That changes everything.”`,
      ],
    },
    research: {
      expertRoles: [
        'a physicist who heads a research group at Xəzər Technical University',
        'a seismologist who has studied the Greater Caucasus for thirty years',
        'a science policy researcher at the Caspian Policy Institute',
      ],
      background: [
        () =>
          'Spending on research remains low as a share of the economy, and scientists say grants are small and equipment often outdated. International collaborations, particularly with European and Turkish universities, have become a lifeline for many groups.',
        () =>
          'Young researchers often leave for doctoral programmes abroad, and not all return. Universities have introduced return grants and new laboratories to attract them back, with some success.',
        () =>
          'The Greater Caucasus is one of the most seismically active regions in Europe, and the country has a long history of damaging earthquakes, including several that destroyed the old town of Şamaxı.',
      ],
      expertQuotes: [
        ({ expert }) =>
          `${expert.name}, ${expert.role}, said the project showed what was possible with modest resources. “Good science does not always need huge budgets,” ${expert.he} said. “It needs a clear question, patient people and data that others can check.”`,
        ({ expert }) =>
          `“We train excellent young scientists and then lose half of them,” said ${expert.name}, ${expert.role}. “Projects like this are how you keep the other half — by giving them something real to work on at home.”`,
        ({ expert }) =>
          `“Science here works best when it answers questions that matter to the country,” said ${expert.name}, ${expert.role}. “Water, earthquakes, energy — these are problems where local knowledge is irreplaceable.”`,
        ({ expert }) =>
          `${expert.name}, ${expert.role}, said open data would strengthen the work. “Publishing the data lets others check it and build on it,” ${expert.he} said. “That is how small research groups earn international respect.”`,
      ],
    },
  },
  subheads: ['The science', 'Why it matters', 'What comes next'],
  figure: {
    key: 'figure-science-lab',
    label: 'University laboratory',
    alt: 'Researchers in white coats working at benches with microscopes and sample trays.',
    caption: 'Researchers at work in a university laboratory in Baku.',
    credit: STAFF_CREDIT('Ramin Novruzov'),
    aspect: '3:2',
  },
};

const caspianResearch = defineKind({
  id: 'caspian-research',
  section: 'science',
  tags: ['caspian-sea', 'climate', 'research'],
  places: ['baku'],
  themes: ['climate'],
  placeProfile: false,
  hero: {
    key: 'hero-caspian-shore',
    label: 'Caspian shoreline',
    alt: 'A wide, shallow beach with a line of old piers now standing on dry sand far from the water.',
    caption: 'Old piers stand on dry sand as the Caspian retreats.',
    credit: STAFF_CREDIT('Ramin Novruzov'),
    aspect: '16:9',
  },
  speakers: [
    () => 'a marine scientist who leads the Caspian monitoring programme',
    () => 'a fisherman who has worked the coast for thirty years',
    () => 'a spokesperson for the ecology ministry',
  ],
  vars: (r: Random) => ({
    centimetres: r.int(18, 42),
    years: r.int(3, 6),
    seals: r.int(80, 160) * 1000,
    decline: r.int(40, 85),
    fry: r.int(2, 9) * 100_000,
    metres: r.int(40, 300),
  }),
  angles: [
    {
      headline: ({ v }) => `Caspian Sea level fell ${v.centimetres} cm in ${count(v.years)} years, scientists report`,
      standfirst: () => 'The decline is among the fastest on record, with consequences for ports, fisheries and wildlife.',
      lede: ({ v }) =>
        `The level of the Caspian Sea has fallen by about ${v.centimetres} centimetres over the past ${count(v.years)} years, according to a study by researchers in Baku, one of the fastest declines since regular measurements began and a trend they expect to continue.`,
      quote: { by: 0, says: ({ v }) => `A fall of ${v.centimetres} centimetres in ${count(v.years)} years is not a fluctuation. It is a trend, and every model we have run says it will continue.` },
    },
    {
      headline: ({ v }) => `Survey counts about ${thousands(v.seals)} Caspian seals, a fraction of their former numbers`,
      standfirst: () => 'The only seal species found in the Caspian faces pollution, fishing nets and a shrinking habitat.',
      lede: ({ v }) =>
        `Scientists estimate that about ${thousands(v.seals)} Caspian seals remain, ${v.decline} per cent fewer than a century ago, according to an aerial and ship survey of the sea’s northern ice and eastern shores, the most complete count in more than a decade.`,
      quote: { by: 0, says: () => 'Every seal we counted was a small relief and a small worry. The numbers are low, and the ice they breed on is shrinking.' },
    },
    {
      headline: ({ v }) => `${thousands(v.fry)} young sturgeon released into the Kür to rebuild wild stocks`,
      standfirst: () => 'Hatchery programmes are keeping the species alive. Scientists say the rivers themselves must change too.',
      lede: ({ v }) =>
        `About ${thousands(v.fry)} young sturgeon raised in a hatchery have been released into the Kür near its mouth, part of an effort to rebuild wild stocks of fish that once made the Caspian the world’s main source of caviar.`,
      quote: { by: 2, says: () => 'Releasing young fish is only half of the work. The other half is protecting them from poachers and keeping the rivers clean enough for them to come back.' },
    },
    {
      headline: ({ place, v }) => `Where the sea used to be: ${place.name}’s shoreline has moved ${v.metres} metres`,
      standfirst: () => 'Beaches, piers and fish farms built on the old shoreline are being left high and dry.',
      lede: ({ place, v }) =>
        `In parts of ${place.name}, the Caspian shoreline has moved as much as ${v.metres} metres out to sea in the past decade, leaving piers, beach cafés and water intakes stranded on dry ground, according to satellite images analysed by researchers.`,
      quote: { by: 0, says: () => 'On the satellite images you can watch the coastline walk out to sea, year after year. On the ground, it is a café owner looking at sand where the water used to be.' },
    },
  ],
  paragraphs: [
    () =>
      'Scientists in Baku track the Caspian with tide gauges in its ports, satellite measurements of the sea surface and data on river inflow and evaporation. Their records show higher temperatures increasing evaporation while the flow from the Volga has fallen.',
    ({ v }) =>
      `The sea has fallen by about ${v.centimetres} centimetres in ${count(v.years)} years. That may sound small, but across the shallow northern Caspian it exposes large areas of seabed. In the south and west, where the sea is deeper, the effects are felt mainly in ports and along low-lying beaches.`,
    () =>
      'The Caspian seal, found nowhere else in the world, breeds on the winter ice of the northern Caspian, which is shrinking. Seals are also caught accidentally in fishing nets, and mass deaths have been recorded on the coasts of several countries.',
    () =>
      '[The latest monitoring report](https://example.org/research/caspian-level) has been published in an international journal, and its data have been shared with researchers in the other Caspian states.',
  ],
  background: [
    () =>
      'The Caspian’s level has risen and fallen before: it dropped sharply in the mid-twentieth century, rose again from the late 1970s and has been falling since the mid-1990s. Scientists say the current decline is different because it is driven by a warming climate rather than natural cycles alone.',
    () =>
      'Sturgeon numbers collapsed after the Soviet Union broke up, when poaching surged and river dams blocked the fish from their spawning grounds. Commercial sturgeon fishing is banned, and caviar sold legally comes from farms.',
  ],
  quotes: [
    { by: 0, says: () => 'We expected a decline. We did not expect it to be this fast. If the trend continues, the northern Caspian will look very different within a generation.' },
    { by: 1, says: () => 'When I was young, the water came up to the road. Now I walk five minutes across sand to reach my boat. The fish have moved too.' },
    { by: 2, says: () => 'The ministry is working with its neighbours on joint monitoring and protection measures. The Caspian is a shared sea, and its problems must be solved together.' },
  ],
  list: {
    intro: () => 'What the falling sea means:',
    items: [
      () => 'Ports must dredge channels so that ships can reach their berths.',
      () => 'Shallow breeding grounds for fish dry out.',
      () => 'Seals lose the winter ice they need to breed.',
      () => 'Coastal water intakes and beaches are left stranded.',
      () => 'Salty, dusty ground is exposed to the wind.',
    ],
  },
  subheads: ['What the data show', 'A shared sea'],
  closing: () =>
    'The researchers plan to extend the study with new monitoring stations and to publish annual updates. The ecology ministry said it would consider the findings in its coastal planning.',
});

const PRODUCTS = [
  { name: 'Dilmanc', does: 'an artificial intelligence assistant that understands and writes Azerbaijani', thing: 'an AI assistant that speaks Azerbaijani', field: 'language technology' },
  { name: 'Tarla', does: 'an app that gives farmers irrigation and pest advice from satellite data', thing: 'a farming app that reads the fields from space', field: 'farming technology' },
  { name: 'Yük', does: 'a platform that matches lorries with cargo across the region', thing: 'a freight platform for the whole region', field: 'logistics' },
  { name: 'Növbə', does: 'an online booking system for clinics and public service queues', thing: 'an app that ends the queue at the clinic', field: 'health technology' },
] as const;

const startup = defineKind({
  id: 'startup',
  section: 'science',
  tags: ['start-ups'],
  places: ['baku', 'gence'],
  themes: ['tech'],
  placeProfile: false,
  hero: {
    key: 'hero-startup-office',
    label: 'Start-up office',
    alt: 'Young developers work at laptops around a long table in an open-plan office with plants.',
    caption: 'Developers at a start-up office in Baku.',
    credit: STAFF_CREDIT('Leyla Həsənova'),
    aspect: '3:2',
  },
  speakers: [
    ({ v }) => `co-founder and chief executive of ${v.product.name}`,
    () => 'an early user',
    () => 'director of a Baku start-up accelerator',
  ],
  vars: (r: Random) => ({
    product: r.pick(PRODUCTS),
    raised: r.float(0.8, 6, 1),
    users: r.int(12, 240) * 1000,
    staff: r.int(8, 45),
    growth: r.int(3, 9),
  }),
  angles: [
    {
      headline: ({ v }) => `Baku start-up ${v.product.name} raises $${v.raised} million to expand across the region`,
      standfirst: ({ v }) => `The company makes ${v.product.does}.`,
      lede: ({ v }) =>
        `${v.product.name}, a Baku company that makes ${v.product.does}, has raised $${v.raised} million from investors in the Gulf, Türkiye and Europe, one of the largest early-stage rounds for a start-up in the country.`,
      quote: { by: 0, says: () => 'This money buys us time and engineers. Our aim is simple: to be the company people in the region think of first in our field.' },
    },
    {
      headline: ({ v }) => `${v.product.name} reaches ${thousands(v.users)} users as local tech finds its audience`,
      standfirst: () => 'The company’s founders say building for local needs has been their advantage.',
      lede: ({ v }) =>
        `${v.product.name}, which makes ${v.product.does}, now has ${thousands(v.users)} active users, its founders said, a milestone for a company that started two years ago with ${count(3)} people in a shared office.`,
      quote: { by: 0, says: () => 'We never paid for advertising. People told their friends, and their friends told their parents. That is the best sign that we built something useful.' },
    },
    {
      headline: ({ v }) => `How a team of ${v.staff} in Baku built ${v.product.thing}`,
      standfirst: () => 'Inside one of the start-ups that investors are watching.',
      lede: ({ v }) =>
        `In an open-plan office in central Baku, a team of ${v.staff} engineers, designers and specialists is working on ${v.product.does}. Its founders believe it can become one of the first technology companies from the country with users across the region.`,
      quote: { by: 0, says: () => 'We argue about everything — words, buttons, prices — and then we test it with real users and they tell us we were all wrong. That is how the product gets better.' },
    },
    {
      headline: ({ v }) => `${v.product.name} launches in ${count(v.growth)} countries as regional ambitions grow`,
      standfirst: () => 'Central Asia and Türkiye are the first targets for the Baku company.',
      lede: ({ v }) =>
        `${v.product.name}, the Baku company behind ${v.product.does}, is launching its service in ${count(v.growth)} countries, starting with Central Asia and Türkiye, as it tries to grow beyond a home market its founders acknowledge is too small to sustain it.`,
      quote: { by: 2, says: () => 'Thinking regionally from the first day is the only way for a company from a small market. This team did it earlier than most.' },
    },
  ],
  paragraphs: [
    ({ v }) =>
      `The company was founded by engineers who had worked for technology firms abroad before returning home. It now employs ${v.staff} people, most of them in Baku, and works in ${v.product.field}, a field its founders say is underserved in the region.`,
    ({ v }) =>
      `The company’s latest funding round is paying for more engineers, expansion into neighbouring markets and work on the product. ${v.product.name} earns revenue from subscriptions and from contracts with businesses, though it is not yet profitable.`,
    () =>
      'Users said the service worked well in everyday use, though some complained of occasional errors and gaps in features. The company said it released updates every two weeks and relied on feedback from users to set priorities.',
    () =>
      'Data protection is a growing concern for companies like this one. The founders said data were stored in the country and encrypted, and that they had commissioned an independent security audit.',
  ],
  background: [
    () =>
      'The state innovation agency has backed dozens of start-ups with small grants, and an IT park on the outskirts of Baku offers tax breaks to technology companies. Founders say the support helps in the earliest stages but is no substitute for private investment.',
    () =>
      'Local developers say the region’s own problems — from farming and freight to services in Azerbaijani, a language spoken by tens of millions but poorly served by technology — have long been ignored by global companies, leaving room for start-ups that know the market.',
  ],
  quotes: [
    { by: 0, says: () => 'We built this because we needed it ourselves and nobody else was going to build it for us. The big companies will get to our problems eventually. We intend to be there first.' },
    { by: 1, says: () => 'I tried it because a friend recommended it. Now I use it every day. It is not perfect, but it understands how we actually talk and work.' },
    { by: 2, says: () => 'Two years ago we had to persuade investors to look at Baku. Now they call us. Companies like this one are the reason.' },
  ],
  list: {
    intro: ({ v }) => `${v.product.name} in brief:`,
    items: [
      ({ v }) => `**What it does:** ${v.product.does}`,
      ({ v }) => `**Team:** ${v.staff} people, mostly in Baku`,
      ({ v }) => `**Users:** about ${thousands(v.users)}`,
      ({ v }) => `**Funding:** $${v.raised} million in the latest round`,
    ],
  },
  subheads: ['Building the product', 'Money and markets'],
  closing: () =>
    'The company said it planned to double its team within a year and to open an office in Istanbul or Almaty.',
});

const renewables = defineKind({
  id: 'renewables',
  section: 'science',
  tags: ['renewables', 'energy'],
  places: ['naxcivan', 'samaxi', 'sumqayit', 'sirvan'],
  themes: ['climate'],
  hero: {
    key: 'hero-solar-farm',
    label: 'Solar farm',
    alt: 'Rows of solar panels stretching across dry, flat land under a clear sky.',
    caption: 'Solar panels at a power plant on dry land.',
    credit: AGENCY_CREDIT,
    aspect: '16:9',
  },
  speakers: [
    () => 'project director for the developer',
    () => 'a deputy energy minister',
    () => 'who installed solar panels on the family house',
  ],
  vars: (r: Random) => ({
    megawatts: r.int(8, 46) * 5,
    homes: r.int(40, 240) * 1000,
    cost: r.int(60, 320),
    share: r.int(18, 30),
    turbines: r.int(12, 48),
  }),
  angles: [
    {
      headline: ({ place, v }) => `${v.megawatts}-megawatt solar plant near ${place.name} starts supplying the grid`,
      standfirst: ({ v }) => `The plant can power about ${thousands(v.homes)} homes, the developer says.`,
      lede: ({ place, v }) =>
        `A ${v.megawatts}-megawatt solar power plant near ${place.name} has begun supplying electricity to the national grid, its developer said, enough to power about ${thousands(v.homes)} homes and one of several large renewable projects due to come online in the next few years.`,
      quote: { by: 0, says: ({ v }) => `This plant produces ${v.megawatts} megawatts from land that grew nothing but thorn bushes. That is what the energy transition looks like here.` },
    },
    {
      headline: ({ place, v }) => `Wind farm with ${v.turbines} turbines planned for hills outside ${place.name}`,
      standfirst: () => 'Residents have been invited to public hearings on the project’s route and noise.',
      lede: ({ place, v }) =>
        `A developer has applied for permission to build a wind farm of ${v.turbines} turbines on the hills outside ${place.name}, the latest in a series of projects meant to raise the share of renewable energy in the country’s electricity.`,
      quote: { by: 0, says: () => 'We will listen to residents about routes and noise before a single turbine goes up. A wind farm has to be a good neighbour for twenty-five years.' },
    },
    {
      headline: () => 'New rules let households sell rooftop solar power to the grid',
      standfirst: () => 'Owners of small solar systems will be paid for surplus electricity. Installers expect demand to rise.',
      lede: () =>
        'Households and small businesses that install solar panels will be able to sell surplus electricity to the grid under new rules approved by the energy regulator, a change installers say could make rooftop systems worthwhile for many families for the first time.',
      quote: { by: 1, says: () => 'Every household with panels on its roof becomes a small power station. The new rules make sure those households are paid fairly for what they produce.' },
    },
  ],
  paragraphs: [
    ({ v }) =>
      `The project cost about ${v.cost} million dollars and was financed by a foreign developer with loans from international banks, under a long-term agreement with the state electricity company to buy its output at a fixed price.`,
    ({ v }) =>
      `The government aims for renewables to supply about ${v.share} per cent of the country’s electricity within the next decade, up from a small share today. Most power is still generated from natural gas.`,
    () =>
      'Solar conditions are good across much of the country, particularly in the dry south-west and on the Absheron peninsula, where sunshine is plentiful for most of the year. Wind is strongest along the coast and in some mountain passes.',
    () =>
      'Grid operators say integrating large amounts of solar and wind power will require investment in storage and in transmission lines, as output varies with the weather and the best sites are often far from the cities.',
  ],
  background: [
    () =>
      'Burning less gas at home allows more to be exported, which officials say is one of the main economic arguments for renewables. Environmental groups add that it would also cut air pollution from older power stations.',
    () =>
      'Plans have been discussed for a subsea cable to carry renewable electricity from the Caspian region to Europe via Georgia and the Black Sea. Engineers say it is technically feasible but would take years to build.',
  ],
  quotes: [
    { by: 0, says: () => 'We built this plant in fourteen months, on time. The sun here is a resource like gas, and it will be here long after the gas fields are exhausted.' },
    { by: 1, says: () => 'Renewable energy is now part of our national energy strategy, not an experiment. Every megawatt of solar and wind frees gas for export and for industry.' },
    { by: 2, says: () => 'The panels paid for themselves faster than I expected. Now, when I sell the surplus, the house is earning money on sunny days.' },
  ],
  list: {
    intro: () => 'Renewable energy in numbers:',
    items: [
      ({ v }) => `**Target share of electricity:** about ${v.share} per cent within a decade`,
      () => '**Main sources today:** hydropower, with solar and wind growing',
      () => '**Large projects under construction:** several solar and wind plants',
      () => '**Rooftop solar:** households can now sell surplus power to the grid',
    ],
  },
  subheads: ['Sun and wind', 'The grid challenge'],
  closing: () =>
    'The energy ministry said further tenders for solar and wind projects would be announced within the year.',
});

const earthquake = defineKind({
  id: 'earthquake',
  liveEvent: true,
  section: 'science',
  tags: ['earthquakes', 'research'],
  places: ['samaxi', 'qebele', 'seki', 'zaqatala'],
  themes: ['research'],
  hero: {
    key: 'hero-seismograph',
    label: 'Seismic station',
    alt: 'A seismologist checks traces on a computer screen inside a small monitoring station.',
    caption: 'A seismologist checks readings at a monitoring station.',
    credit: STAFF_CREDIT('Ramin Novruzov'),
    aspect: '4:3',
  },
  speakers: [
    () => 'head of the Republican Seismic Survey Centre’s monitoring department',
    () => 'who was at home when the tremor struck',
    () => 'a structural engineer',
  ],
  vars: (r: Random) => ({
    magnitude: r.float(3.8, 4.9, 1),
    depth: r.int(8, 24),
    stations: r.int(20, 60),
    buildings: r.int(12, 80),
    seconds: r.int(10, 40),
  }),
  angles: [
    {
      headline: ({ place, v }) => `Magnitude ${v.magnitude} earthquake felt in ${place.name}; no injuries reported`,
      standfirst: () => 'Residents ran into the streets; engineers are inspecting older buildings for cracks.',
      lede: ({ place, v }) =>
        `An earthquake of magnitude ${v.magnitude} shook ${place.name} and nearby districts, sending residents into the streets but causing no reported injuries, the national seismic survey said. The quake’s centre was about ${v.depth} kilometres below the surface.`,
      quote: { by: 0, says: () => 'This was a moderate event and there is no cause for panic. But it is a reminder that we live in an active region. Preparation is the only protection we have.' },
    },
    {
      headline: ({ v }) => `${v.stations} new seismic stations to give earlier warning of earthquakes`,
      standfirst: ({ v }) => `An alert system could give ${v.seconds} seconds’ warning in some areas — enough to stop trains and leave buildings.`,
      lede: ({ place, v }) =>
        `The national seismic survey is installing ${v.stations} new monitoring stations across the Greater Caucasus, including several around ${place.name}, where a moderate earthquake shook homes last month, as part of a system that could give up to ${v.seconds} seconds’ warning of strong shaking in some areas.`,
      quote: { by: 0, says: ({ v }) => `With ${v.stations} new stations we will see an earthquake begin seconds sooner. A few seconds is enough to stop a train, open a fire station door or get under a table.` },
    },
    {
      headline: ({ place, v }) => `Engineers find ${v.buildings} buildings in ${place.name} need strengthening against earthquakes`,
      standfirst: () => 'Most are older apartment blocks and schools. Strengthening will take years.',
      lede: ({ place, v }) =>
        `Engineers inspecting buildings in ${place.name} after a moderate earthquake last month have identified ${v.buildings} that need strengthening to withstand a strong earthquake, most of them apartment blocks and schools built before modern seismic codes were introduced.`,
      quote: { by: 0, says: () => 'We checked every school first, because that is where the children are. Where we found problems, strengthening starts this year.' },
    },
  ],
  paragraphs: [
    ({ v }) =>
      `The survey’s network recorded the quake at ${v.stations} stations. Several aftershocks followed, the largest of magnitude 3.`,
    () =>
      'Residents described a sharp jolt followed by several seconds of shaking. Pictures fell from walls and some older houses developed cracks, but there was no serious damage, local officials said.',
    () =>
      'The early-warning system works by detecting the first, faster waves of an earthquake and sending an alert before the slower, more damaging waves arrive. The warning time depends on the distance from the epicentre.',
    () =>
      'Building codes were tightened after several damaging earthquakes, and new buildings must be designed to withstand strong shaking. Inspectors say enforcement has improved but that many older buildings and unauthorised extensions remain at risk.',
  ],
  background: [
    ({ place }) =>
      `${place.name} lies in one of the most seismically active parts of the country, where the Arabian and Eurasian plates meet beneath the Greater Caucasus. Historical records describe several destructive earthquakes in the region over the past centuries.`,
    () =>
      'Schools hold regular earthquake drills, and the emergencies ministry has published guidance for households. Surveys suggest, however, that few families have an emergency plan.',
  ],
  quotes: [
    { by: 0, says: () => 'We live in an active region, and we will have more earthquakes, some stronger than this one. The more we measure, the better we can prepare.' },
    { by: 1, says: () => 'The glasses in the cupboard started to rattle, and then the whole house moved. We grabbed the children and ran outside. My heart is still beating fast.' },
    { by: 2, says: () => 'Most of the buildings that worry us were built quickly, with poor concrete and without proper reinforcement. Strengthening them is expensive, but far cheaper than rebuilding after a disaster.' },
  ],
  list: {
    intro: () => 'What to do in an earthquake:',
    items: [
      () => 'Drop to the ground, take cover under a sturdy table and hold on.',
      () => 'Stay away from windows, shelves and heavy furniture.',
      () => 'Do not use lifts; leave the building only when the shaking stops.',
      () => 'Once outside, keep away from buildings, walls and power lines.',
      () => 'Listen to official information and be ready for aftershocks.',
    ],
    ordered: true,
  },
  subheads: ['What happened', 'Living with earthquakes'],
  closing: () =>
    'The seismic survey said it would publish a detailed report on the event and continue to monitor the area closely.',
});

const studentSatellite = defineKind({
  id: 'student-satellite',
  section: 'science',
  tags: ['research', 'xezer-technical-university'],
  places: ['baku'],
  themes: ['research'],
  placeProfile: false,
  hero: {
    key: 'hero-cubesat',
    label: 'Student satellite',
    alt: 'Students in clean-room suits assemble a small cube-shaped satellite on a workbench.',
    caption: 'Students assemble a small satellite at Xəzər Technical University.',
    credit: STAFF_CREDIT('Leyla Həsənova'),
    aspect: '4:3',
  },
  speakers: [
    () => 'who leads the university’s space engineering group',
    () => 'a fourth-year engineering student on the team',
    () => 'an engineer at the state space agency',
  ],
  vars: (r: Random) => ({
    students: r.int(14, 40),
    kilograms: r.float(1.2, 4, 1),
    altitude: r.int(480, 560),
    years: r.int(2, 4),
  }),
  angles: [
    {
      headline: () => 'Students’ satellite built in Baku sends first signal from orbit',
      standfirst: ({ v }) => `The ${v.kilograms}-kilogram satellite was designed and built by a team of ${v.students} students.`,
      lede: ({ v }) =>
        `A small satellite built by students at Xəzər Technical University has sent its first signals from orbit, the university said, ${count(v.years)} years after a team of ${v.students} students began designing it in a converted classroom.`,
      quote: { by: 0, says: () => 'When the first signal came in, the room went completely silent, and then everybody started shouting. Two years of work, and it was talking to us.' },
    },
    {
      headline: () => 'Student satellite completes a thousand orbits and sends home its first radiation map',
      standfirst: () => 'The data will help engineers design electronics that survive in space.',
      lede: () =>
        'The small satellite built by students at Xəzər Technical University has completed a thousand orbits of the Earth and sent back its first full map of radiation levels, data its builders say will help engineers design electronics that can survive in space.',
      quote: { by: 1, says: () => 'Every morning I download the overnight passes before breakfast. Seeing the first full map appear on my screen was better than any exam result.' },
    },
    {
      headline: () => 'Universities team up on a second student satellite, this time with a camera',
      standfirst: () => 'The project will photograph crops and the Caspian coast from orbit.',
      lede: ({ v }) =>
        `Three universities have joined forces to build a second student satellite, carrying a camera that will photograph farmland and the Caspian coastline from about ${v.altitude} kilometres up, after the success of a first satellite built in Baku.`,
      quote: { by: 0, says: () => 'The first satellite taught us to build something that survives. The second will teach us to build something useful: pictures of our own fields and coastline.' },
    },
  ],
  paragraphs: [
    ({ v }) =>
      `The satellite, a cube about the size of a shoebox weighing ${v.kilograms} kilograms, was launched as a secondary payload on a commercial rocket and now orbits at about ${v.altitude} kilometres. It carries instruments to measure radiation and test a new type of solar panel.`,
    () =>
      'Students handled everything from the circuit boards to the software and the ground station on the university roof, which tracks the satellite as it passes overhead several times a day. Radio amateurs abroad have also picked up its signal.',
    () =>
      'The project was funded by a university grant, a state science foundation and private sponsors, and cost a fraction of a commercial satellite. Its instruments were tested in laboratories in Baku and abroad before launch.',
    () =>
      'The team has published the satellite’s design and software online so that other universities can build on it, and runs workshops for school pupils interested in space engineering.',
  ],
  background: [
    () =>
      'The country has operated communications and Earth observation satellites through its state space agency for more than a decade, but student projects are new. Universities say they are a way of training engineers for a growing industry.',
    () =>
      'Small satellites have become much cheaper to build and launch, allowing universities around the world to put their own spacecraft into orbit. Many carry experiments designed by students.',
  ],
  quotes: [
    { by: 0, says: () => 'Students learn more from one real spacecraft than from a hundred problem sets. Every mistake they make here is one they will not make in industry.' },
    { by: 1, says: () => 'I wrote part of the software that is running up there right now. I check the data every morning before breakfast.' },
    { by: 2, says: () => 'Small satellites are where engineers learn their trade. Several of these students will be working on our own spacecraft within a few years.' },
  ],
  list: {
    intro: () => 'The mission in brief:',
    items: [
      ({ v }) => `**Size:** a 10-centimetre cube, ${v.kilograms} kg`,
      ({ v }) => `**Orbit:** about ${v.altitude} km above the Earth`,
      () => '**Instruments:** radiation sensor and an experimental solar panel',
      ({ v }) => `**Team:** ${v.students} students and four supervisors`,
      () => '**Expected life:** about two years',
    ],
  },
  subheads: ['Building a spacecraft', 'Training a generation'],
  closing: () =>
    'The team plans to publish its data openly and to share its designs with other universities in the region.',
});

const reservoir = defineKind({
  id: 'mingecevir-reservoir',
  section: 'science',
  tags: ['water', 'climate'],
  places: ['mingecevir'],
  themes: ['climate'],
  gallery: { slug: 'mingecevir-reservoir', maxUses: 1 },
  hero: 'gallery',
  speakers: [
    () => 'a hydrologist who monitors the reservoir',
    () => 'a fisherman in Mingəçevir',
    () => 'a deputy head of the land reclamation and water agency',
  ],
  vars: (r: Random) => ({
    metres: r.float(2.5, 6, 1),
    share: r.int(15, 35),
    farms: r.int(40, 120) * 1000,
    years: r.int(4, 10),
  }),
  angles: [
    {
      headline: ({ v }) => `Mingəçevir reservoir ${v.metres} metres below normal as demand for water grows`,
      standfirst: () => 'The country’s largest reservoir supplies power, irrigation and drinking water. Its falling level worries scientists.',
      lede: ({ v }) =>
        `The water in the Mingəçevir reservoir, the country’s largest, stands about ${v.metres} metres below its normal level, according to hydrologists who monitor it, exposing wide bands of dry shoreline and raising questions about how much longer it can meet growing demand.`,
      quote: { by: 2, says: () => 'We cannot make it rain. What we can do is waste less, and that is where our investment is going, canal by canal.' },
    },
  ],
  paragraphs: [
    ({ v }) =>
      `The reservoir’s volume has fallen by about ${v.share} per cent over the past ${count(v.years)} years, hydrologists said, as lower inflow from the Kür combined with heavy demand for irrigation and hotter summers that increase evaporation.`,
    ({ v }) =>
      `Water from the reservoir irrigates about ${thousands(v.farms)} hectares of farmland on the central plain, drives one of the country’s largest hydroelectric stations and supplies drinking water to towns downstream.`,
    () =>
      'Fishermen say their catch has fallen as shallow bays dry out, and owners of summer houses on the shore now walk several minutes to reach the water. Boat moorings built a few years ago sit on dry ground.',
    () =>
      'Much of the Kür’s water comes from Georgia and Türkiye, and hydrologists say cooperation with upstream countries on data and water use will become increasingly important.',
  ],
  background: [
    () =>
      'The dam at Mingəçevir was completed in the 1950s and was one of the largest construction projects of its time in the region. The reservoir behind it stretches for dozens of kilometres along the Kür valley.',
    () =>
      'Irrigation canals fed by the reservoir lose large amounts of water through leaks and evaporation. The water agency has begun lining canals and encouraging drip irrigation, but progress is slow.',
  ],
  quotes: [
    { by: 0, says: () => 'The reservoir is a bank account for water. For years we have been withdrawing more than we deposit. That cannot continue indefinitely.' },
    { by: 1, says: () => 'My father fished here, and I have fished here all my life. I have never seen the water so far away.' },
    { by: 2, says: () => 'Every drop we save in the canals is a drop we do not have to take from the reservoir. Modernising irrigation is our main priority.' },
  ],
  list: {
    intro: () => 'What the reservoir provides:',
    items: [
      () => 'Irrigation for farms across the central plain',
      () => 'Hydroelectric power for the national grid',
      () => 'Drinking water for towns downstream',
      () => 'Fisheries and recreation',
    ],
  },
  subheads: ['A shrinking reservoir', 'Sharing the water'],
  closing: () =>
    'The water agency said it would publish a plan for the reservoir’s management, including limits on irrigation in dry years.',
});

export const scienceKinds: KindDefinition[] = [caspianResearch, startup, renewables, earthquake, studentSatellite, reservoir];

