import type { Random } from '../random';
import {
  AGENCY_CREDIT, STAFF_CREDIT, capitalise, count, defineKind, percent, thousands,
  type KindDefinition, type SectionDesk,
} from './kit';

/**
 * World: the Caspian, trade routes, visiting delegations, air links. Foreign officials are
 * described by office only; the people quoted are fictional locals.
 */

export const worldDesk: SectionDesk = {
  name: 'World',
  slug: 'world',
  description: 'The Caspian region, its neighbours and the wider world, seen from Baku.',
  authorSlugs: ['orxan-ceferov', 'sebine-rustemova'],
  themes: {
    caspian: {
      expertRoles: [
        'a transport economist at the Caspian Policy Institute',
        'a former captain who now advises shipping companies',
        'a logistics consultant who works with freight forwarders in Baku and Aktau',
      ],
      background: [
        () =>
          'The five countries bordering the Caspian — Azerbaijan, Iran, Kazakhstan, Russia and Turkmenistan — signed a convention on the sea’s legal status in 2018 after more than two decades of talks. Many practical questions, from seabed boundaries to pipelines, are still being negotiated.',
        () =>
          'Freight between China and Europe has increasingly been routed across Central Asia, the Caspian and the South Caucasus, a path often called the Middle Corridor. Governments along the route have promised to cut transit times, but bottlenecks at ports and borders remain.',
        () =>
          'The Caspian’s water level has been falling for years, forcing ports to dredge channels and ships to sail lighter. Scientists link the decline to higher evaporation and reduced flow from the Volga.',
        () =>
          'Cargo volumes across the Caspian have grown quickly, but from a low base, and the fleet of ferries and container ships serving the sea is small and ageing. Shipyards in Baku and on the eastern shore have orders for new vessels.',
      ],
      expertQuotes: [
        ({ expert }) =>
          `${expert.name}, ${expert.role}, said the route’s promise depended on predictability. “Shippers do not need the fastest route; they need one where they know in advance how long it will take,” ${expert.he} said. “Every day lost at a border undoes a month of speeches.”`,
        ({ expert }) =>
          `“The sea is the easy part,” said ${expert.name}, ${expert.role}. “It is the paperwork on either side, the rail gauges, the customs systems that do not talk to each other — that is where the hours disappear.”`,
        ({ expert }) =>
          `“Ports, railways and ferries are only as strong as the weakest link between them,” said ${expert.name}, ${expert.role}. “The countries along the route finally seem to understand that they succeed or fail together.”`,
        ({ expert }) =>
          `${expert.name}, ${expert.role}, said the fleet needed renewing. “Many of the ships on the Caspian are older than their crews,” ${expert.he} said. “New vessels are arriving, but not quickly enough for the traffic we are seeing.”`,
      ],
    },
    diplomacy: {
      expertRoles: [
        'a foreign policy analyst at the Caspian Policy Institute',
        'a former diplomat who now teaches international relations',
        'a specialist in Central Asian affairs at Xəzər Technical University',
      ],
      background: [
        () =>
          'Baku has cultivated ties in several directions at once — with Türkiye, with the European Union, with Central Asia and with the Gulf states — presenting itself as a bridge between regions and a partner in energy and transport.',
        () =>
          'Trade with Central Asia has grown quickly in recent years, helped by new ferry and rail links and by agreements on customs and transit. Officials speak of the region as a natural extension of the country’s role as a transit hub.',
        () =>
          'Gas exports to Europe through the Southern Gas Corridor have made energy the backbone of relations with the European Union, and both sides have discussed renewable electricity exports via a cable under the Black Sea.',
      ],
      expertQuotes: [
        ({ expert }) =>
          `${expert.name}, ${expert.role}, said such agreements mattered more in practice than in headlines. “Most of what is signed at these visits is modest — education, customs, culture,” ${expert.he} said. “But modest agreements are the ones that actually get implemented.”`,
        ({ expert }) =>
          `“The region is busy building connections that bypass old bottlenecks,” said ${expert.name}, ${expert.role}. “Every country involved is hedging. The winners will be the ones who make the routes work, not the ones who announce them.”`,
        ({ expert }) =>
          `“Trust between governments is built slowly, through many small agreements that are actually carried out,” said ${expert.name}, ${expert.role}. “That is less exciting than a summit, but it is what lasts.”`,
        ({ expert }) =>
          `${expert.name}, ${expert.role}, said businesses and universities would decide whether the ties deepened. “Governments open the door,” ${expert.he} said. “Whether anyone walks through it depends on companies, students and travellers.”`,
      ],
    },
    travel: {
      expertRoles: [
        'an aviation analyst who follows airlines in the region',
        'a tourism researcher at Xəzər Technical University',
      ],
      background: [
        () =>
          'Baku’s international airport has expanded its network steadily, and several low-cost carriers have begun flying to the capital, bringing fares to some European and Gulf cities down sharply.',
        () =>
          'The country’s diaspora — in Russia, Türkiye, Georgia, Europe and North America — is a large source of passenger traffic, particularly in the summer and around holidays, when flights to Baku are often full.',
        () =>
          'An electronic visa, issued online within days, is available to citizens of most countries. Officials credit it with much of the growth in visitor numbers, along with new air routes.',
      ],
      expertQuotes: [
        ({ expert }) =>
          `${expert.name}, ${expert.role}, said new routes tended to survive if they served several markets at once. “A route that carries tourists one way, students the other and business travellers in between will stay,” ${expert.he} said. “A route that depends on one kind of passenger often disappears after a season.”`,
        ({ expert }) =>
          `“Direct flights change behaviour,” said ${expert.name}, ${expert.role}. “When a trip drops from a day with a connection to four hours, families, students and small traders start travelling who never did before.”`,
        ({ expert }) =>
          `“Airports compete for transfer passengers the way ports compete for ships,” said ${expert.name}, ${expert.role}. “Baku has the geography. What it needs is the network and the connection times.”`,
        ({ expert }) =>
          `${expert.name}, ${expert.role}, said fares remained the main barrier for many travellers. “Every time a new airline arrives, we see people flying who never flew before,” ${expert.he} said.`,
      ],
    },
  },
  subheads: ['The regional picture', 'Routes and rivals', 'Beyond the headlines'],
  figure: {
    key: 'figure-world-ferry',
    label: 'Caspian ferry',
    alt: 'A white ferry leaving port on a calm sea, with cranes and the city skyline behind.',
    caption: 'A ferry leaves the port near Baku for the eastern shore of the Caspian.',
    credit: AGENCY_CREDIT,
    aspect: '16:9',
  },
};

const CASPIAN_HOSTS = ['Aktau', 'Türkmenbaşy', 'Baku'];

const caspianMinisters = defineKind({
  id: 'caspian-ministers',
  section: 'world',
  tags: ['caspian-sea', 'diplomacy', 'shipping'],
  places: ['baku'],
  themes: ['caspian', 'diplomacy'],
  placeProfile: false,
  hero: {
    key: 'hero-caspian-meeting',
    label: 'Ministers’ meeting',
    alt: 'Delegations seated around a large round table with small national flags in front of each.',
    caption: 'Delegations from the Caspian states at a ministerial meeting.',
    credit: AGENCY_CREDIT,
    aspect: '16:9',
  },
  speakers: [
    () => 'a deputy minister of digital development and transport who led the delegation',
    () => 'an environmental scientist who attended as an observer',
    () => 'a shipping company executive',
  ],
  vars: (r: Random) => ({
    host: r.pick(CASPIAN_HOSTS),
    vessels: r.int(14, 40),
    days: r.int(2, 3),
    stations: r.int(12, 30),
  }),
  angles: [
    {
      headline: ({ v }) => `Caspian states agree common safety rules for shipping at ${v.host} meeting`,
      standfirst: () => 'The agreement covers inspections, search and rescue and the reporting of accidents.',
      lede: ({ v }) =>
        `Transport ministers from the five Caspian states have agreed common rules on vessel inspections, search and rescue and accident reporting, at a ${count(v.days)}-day meeting in ${v.host} that officials described as the most practical in years.`,
      quote: { by: 0, says: () => 'This is not a grand declaration. It is a set of rules that captains, inspectors and rescuers can use tomorrow. That is what cooperation on the Caspian should look like.' },
    },
    {
      headline: () => 'Five countries, one sea: Caspian neighbours set up shared pollution monitoring',
      standfirst: ({ v }) => `About ${v.stations} stations will share water-quality data in real time, if the money is found.`,
      lede: ({ v }) =>
        `Environmental officials from the Caspian states have agreed to link their pollution monitoring networks, sharing data from about ${v.stations} coastal and offshore stations, at talks in ${v.host} focused on the sea’s falling level and its health.`,
      quote: { by: 1, says: () => 'For the first time, a scientist in Baku will see the same readings as a scientist in Aktau on the same day. That sounds small. For the sea, it is enormous.' },
    },
    {
      headline: ({ v }) => `${v.vessels} ships take part in Caspian oil spill exercise`,
      standfirst: () => 'Crews from the five littoral states practised containing a simulated spill off the Absheron coast.',
      lede: ({ v }) =>
        `Crews from ${v.vessels} vessels took part in a joint oil spill response exercise off the Absheron peninsula, the first involving all five Caspian states, practising the containment and recovery of a simulated slick from a damaged tanker.`,
      quote: { by: 2, says: () => 'We hope never to need it. But if a tanker goes aground off the coast, the crews who practised together today will already know each other’s names and radio channels.' },
    },
  ],
  paragraphs: [
    () =>
      'Officials said the agreement would allow inspectors from one country to recognise certificates issued by another, cutting the time ships spend in port, and would set up a joint channel for reporting accidents and distress calls.',
    () =>
      'The meeting also discussed the sea’s falling water level, which has made navigation harder in shallow northern waters and forced ports to dredge. Delegates agreed to share data and commission a joint study.',
    ({ v }) =>
      `The next meeting is due to be held in ${v.host === 'Baku' ? 'Aktau' : 'Baku'} within a year, when officials hope to sign a protocol on the details. Diplomats cautioned that implementation would depend on funding and on the agencies involved.`,
    () =>
      'Environmental groups welcomed the focus on pollution but said the plans lacked deadlines. They called for independent scientists to be given access to the data.',
  ],
  background: [
    () =>
      'Cooperation among the Caspian states has often been slow, held back by disputes over boundaries and by the different priorities of their governments. Practical agreements on safety and the environment have been among the few areas of steady progress.',
    () =>
      'The Caspian is home to unique species, including the Caspian seal and several species of sturgeon, whose numbers have fallen sharply. Pollution from oil extraction, industry and rivers is a long-standing concern.',
  ],
  quotes: [
    { by: 0, says: () => 'The Caspian is shared by five countries, and what happens on one shore is felt on the others. Meetings like this one are how we turn that fact into practical cooperation.' },
    { by: 1, says: () => 'Sharing data sounds simple, but it has taken years. If the monitoring works, we will know for the first time what is really happening across the whole sea, not just along our own coast.' },
    { by: 2, says: () => 'For us, every hour saved in port is money. If the inspections are really recognised on both shores, the ferries will run faster and more reliably.' },
  ],
  list: {
    intro: () => 'What was agreed:',
    items: [
      () => 'Mutual recognition of vessel safety inspections',
      () => 'A joint search-and-rescue coordination channel',
      () => 'Common procedures for reporting accidents and spills',
      () => 'Sharing of water-level and pollution data',
      () => 'A joint study on the falling sea level',
    ],
  },
  subheads: ['Rules for a shared sea', 'What comes next'],
  closing: () =>
    'Delegations said they would report to their governments and reconvene within a year. Environmental groups said they would be watching for the protocols to be signed and funded.',
});

const middleCorridor = defineKind({
  id: 'middle-corridor',
  section: 'world',
  tags: ['trade', 'transport', 'caspian-sea'],
  places: ['baku'],
  themes: ['caspian'],
  placeProfile: false,
  hero: {
    key: 'hero-freight-train',
    label: 'Container train',
    alt: 'A long freight train loaded with shipping containers crossing a steppe landscape.',
    caption: 'A container train on the rail route between the Caspian and the Black Sea.',
    credit: AGENCY_CREDIT,
    aspect: '16:9',
  },
  speakers: [
    () => 'a deputy head of Azerbaijan Railways’ freight division',
    () => 'a freight forwarder in Baku',
    () => 'a customs official',
  ],
  vars: (r: Random) => ({
    containers: r.int(40, 140) * 1000,
    rise: r.int(18, 64),
    days: r.int(14, 22),
    hours: r.int(6, 30),
    trains: r.int(3, 9),
    lanes: r.int(2, 6),
  }),
  angles: [
    {
      headline: ({ v }) => `Container traffic across the Caspian up ${v.rise} per cent as China–Europe freight shifts south`,
      standfirst: () => 'Shippers are diverting cargo from longer routes, but ports and borders are struggling to keep up.',
      lede: ({ v }) =>
        `The number of containers carried across the Caspian and on through the South Caucasus rose by ${v.rise} per cent over the past year, to about ${thousands(v.containers)}, according to railway and port figures, as shippers moving goods between China and Europe look for alternatives to longer routes.`,
      quote: { by: 1, says: () => 'A year ago I had to persuade clients to try this route. Now they call me asking for space on the next train.' },
    },
    {
      headline: () => 'Azerbaijan, Georgia and Kazakhstan agree to share customs data for transit cargo',
      standfirst: ({ v }) => `Officials say the change could cut up to ${v.hours} hours from border crossings.`,
      lede: ({ v }) =>
        `Customs services in Azerbaijan, Georgia and Kazakhstan will share electronic declarations for transit cargo, allowing goods to be cleared before they reach each border, in a change officials say could cut up to ${v.hours} hours from a typical crossing.`,
      quote: { by: 2, says: () => 'Until now, every border meant a new declaration and a new queue. With shared data, a container is checked once and then it travels.' },
    },
    {
      headline: ({ v }) => `Freight from China to Europe in ${v.days} days: new weekly train service via Baku`,
      standfirst: () => 'The service combines rail across Kazakhstan, a ferry across the Caspian and rail to the Black Sea.',
      lede: ({ v }) =>
        `A weekly container service linking western China with Europe through Kazakhstan, the Caspian and the South Caucasus has begun operating, promising delivery in about ${v.days} days — faster than the sea route, its operators say, and with fewer political risks than alternatives.`,
      quote: { by: 0, says: ({ v }) => `Every week, on a fixed timetable, ${v.days} days from China to Europe — that is a product shippers can plan around. Reliability is what we are selling.` },
    },
    {
      headline: () => 'Lorries queue for days at border as Middle Corridor traffic outgrows crossings',
      standfirst: () => 'Drivers describe waits of up to four days. Officials promise new lanes and longer opening hours.',
      lede: ({ v }) =>
        `Queues of lorries stretching for kilometres have built up at border crossings in the South Caucasus, with drivers describing waits of up to four days, as growing traffic on the trade route linking China and Europe through the region outpaces the capacity of its checkpoints. Officials say ${count(v.lanes)} additional lanes will open.`,
      quote: { by: 1, says: () => 'My drivers sleep in their cabs for three or four nights. The cargo is late, the customer is angry and the fuel is wasted idling. Everybody loses.' },
    },
  ],
  paragraphs: [
    () =>
      'Cargo arrives by rail at Kazakhstan’s Caspian ports, crosses the sea by ferry to the port of Ələt south of Baku, and continues by rail through Georgia to the Black Sea or Türkiye. Each transfer adds time and cost, which is why governments along the route have focused on paperwork.',
    ({ v }) =>
      `Railway officials said ${count(v.trains)} block trains a week now run between the Caspian and the Black Sea, up from one or two a few years ago. Most carry consumer goods westbound and machinery, chemicals and food eastbound.`,
    () =>
      'Freight forwarders say the route’s weak points are the number of operators involved — railways, ferry lines, ports and customs services in several countries — and the lack of a single price and timetable for the whole journey.',
    () =>
      'A joint venture of railway companies from the countries along the route now sells through tickets for containers, and a digital platform allows customers to track cargo across borders, though forwarders say it does not yet cover every leg.',
  ],
  background: [
    () =>
      'The route gained attention when disruption elsewhere pushed shippers to look for alternatives. Traffic is still a small fraction of that on the main sea routes between Asia and Europe, and analysts caution that much of it could return to older routes if conditions change.',
    () =>
      'The Baku–Tbilisi–Kars railway, which opened in 2017, links the Caspian to Türkiye’s rail network. Upgrades to the line and to Georgian railways are meant to raise its capacity several-fold over the coming years.',
  ],
  quotes: [
    { by: 0, says: () => 'Demand is there. Our job now is to make the whole route work like one railway, with one timetable and one price. We are not there yet, but we are closer every month.' },
    { by: 1, says: () => 'My clients ask two questions: how much and how long. For the first time I can answer the second one with a number and not a shrug.' },
    { by: 2, says: () => 'If the data arrives before the cargo, we can clear it in minutes rather than hours. That is the whole idea, and the early results are good.' },
  ],
  list: {
    intro: () => 'The route, leg by leg:',
    items: [
      () => '**Rail:** western China to Kazakhstan’s Caspian ports',
      () => '**Sea:** ferry or container ship across the Caspian to Ələt',
      () => '**Rail:** through Azerbaijan and Georgia to the Black Sea ports',
      () => '**Onward:** by sea to Europe, or by rail via Türkiye',
    ],
    ordered: true,
  },
  subheads: ['How the route works', 'Bottlenecks'],
  closing: () =>
    'Officials from the countries along the route are due to meet again in the coming months to agree a common tariff and timetable. Forwarders said reliability, not speed, would decide whether traffic keeps growing.',
});

const FERRY_PORTS = [
  { port: 'Aktau', country: 'Kazakhstan', hours: 18 },
  { port: 'Kuryk', country: 'Kazakhstan', hours: 20 },
  { port: 'Türkmenbaşy', country: 'Turkmenistan', hours: 14 },
] as const;

const ferry = defineKind({
  id: 'ferry',
  section: 'world',
  tags: ['shipping', 'caspian-sea'],
  places: ['baku'],
  themes: ['caspian', 'travel'],
  placeProfile: false,
  hero: {
    key: 'hero-ferry-deck',
    label: 'Ferry deck',
    alt: 'Passengers lean on the rail of a ferry deck watching the coast recede at dusk.',
    caption: 'Passengers on the deck of a Caspian ferry.',
    credit: STAFF_CREDIT('Ramin Novruzov'),
    aspect: '3:2',
  },
  speakers: [
    () => 'commercial director of the Caspian Shipping Company',
    () => 'a student travelling home for the holidays',
    () => 'a lorry driver who makes the crossing every fortnight',
  ],
  vars: (r: Random) => ({
    route: r.pick(FERRY_PORTS),
    fare: r.int(60, 140),
    cabins: r.int(40, 110),
    crossings: r.int(2, 4),
  }),
  angles: [
    {
      headline: ({ v }) => `Passenger ferry to ${v.route.port} returns with cabins, a timetable and online tickets`,
      standfirst: ({ v }) => `Crossings will run ${count(v.crossings)} times a week, with fares from ${v.fare} manat.`,
      lede: ({ v }) =>
        `Passengers will once again be able to cross the Caspian from Baku to ${v.route.port} on a scheduled ferry with cabins and online tickets, the state shipping company said, ending years in which travellers had to squeeze onto cargo ferries that left whenever they were full.`,
      quote: { by: 0, says: () => 'Passengers used to turn up at the port and wait, sometimes for two days. Now they will book a cabin online and know the departure time a month ahead.' },
    },
    {
      headline: ({ v }) => `New ferry for the ${v.route.port} route arrives from the shipyard`,
      standfirst: ({ v }) => `The vessel has ${v.cabins} cabins and space for lorries and rail wagons.`,
      lede: ({ v }) =>
        `A new ferry built for the route between Baku and ${v.route.port} has arrived at the port of Ələt, with ${v.cabins} passenger cabins and decks for lorries and rail wagons, the state shipping company said.`,
      quote: { by: 0, says: ({ v }) => `With ${v.cabins} cabins and decks for wagons and lorries, this ship can carry a whole train and its passengers in comfort. It was built for this sea and this route.` },
    },
    {
      headline: ({ v }) => `Travellers stranded as storm halts Caspian crossings to ${v.route.country}`,
      standfirst: () => 'Ferries stayed in port for two days. Passengers waited in cars, cafés and the terminal.',
      lede: ({ v }) =>
        `Hundreds of passengers and lorry drivers were stranded at Caspian ports after high winds halted ferry crossings between Azerbaijan and ${v.route.country} for two days, with some travellers spending nights in their vehicles or in terminal waiting rooms.`,
      quote: { by: 1, says: () => 'We sat in the terminal for two nights with nothing to do but watch the flags on the masts. Everyone was kind, and everyone was exhausted.' },
    },
  ],
  paragraphs: [
    ({ v }) =>
      `The crossing to ${v.route.port}, in ${v.route.country}, takes about ${v.route.hours} hours in good weather. Until now, passengers have mostly travelled on freight ferries with a few basic cabins, with departure times announced only a day or two in advance.`,
    ({ v }) =>
      `Tickets will cost from ${v.fare} manat for a seat in a shared cabin, with private cabins and vehicle places available at higher fares. The shipping company said it would sell tickets online and at the port terminal.`,
    () =>
      'The Caspian can be rough, particularly when strong northerly winds blow, and crossings are regularly delayed or cancelled. The company said passengers would be informed by text message and could rebook free of charge.',
    () =>
      'Students from Central Asia studying in Baku, traders and families visiting relatives are expected to make up most passengers, alongside a growing number of overland travellers crossing the region by car or motorbike.',
  ],
  background: [
    () =>
      'The Caspian Shipping Company operates one of the largest fleets on the sea, including ferries, tankers and cargo vessels. It has been renewing its ferries with ships built at the Baku shipyard.',
    () =>
      'Passenger crossings were long an afterthought on a sea where freight pays the bills. The growth of trade and tourism with Central Asia has changed that calculation, according to the shipping company.',
  ],
  quotes: [
    { by: 0, says: () => 'We want the ferry to feel like a journey, not an ordeal. A fixed timetable, a clean cabin and a hot meal are not luxuries. They are what passengers should expect.' },
    { by: 1, says: () => 'Flying is faster but costs twice as much. On the ferry I can sleep, meet people and bring a suitcase full of presents. I only want to know when it leaves.' },
    { by: 2, says: () => 'I have slept in this terminal more times than I can count. If the timetable is real, it will change my life.' },
  ],
  list: {
    intro: () => 'Practical information for passengers:',
    items: [
      () => 'Tickets go on sale online two weeks before departure.',
      () => 'Passengers should arrive at the terminal three hours before sailing for border formalities.',
      () => 'A valid passport and, where required, a visa for the destination are needed.',
      () => 'Meals are included in the fare for cabin passengers.',
    ],
    ordered: true,
  },
  subheads: ['The crossing', 'Weather permitting'],
  closing: () =>
    'The shipping company said it would add crossings if demand was strong and was considering a seasonal route for tourists.',
});

const DELEGATIONS = [
  { country: 'Uzbekistan', adjective: 'Uzbek', focus: 'education and textiles' },
  { country: 'Kazakhstan', adjective: 'Kazakh', focus: 'transit and grain trade' },
  { country: 'Georgia', adjective: 'Georgian', focus: 'railways and tourism' },
  { country: 'Italy', adjective: 'Italian', focus: 'energy and design schools' },
  { country: 'Japan', adjective: 'Japanese', focus: 'water management and engineering training' },
] as const;

const delegation = defineKind({
  id: 'delegation',
  section: 'world',
  tags: ['diplomacy', 'trade'],
  places: ['baku'],
  themes: ['diplomacy'],
  placeProfile: false,
  hero: {
    key: 'hero-delegation-signing',
    label: 'Signing ceremony',
    alt: 'Two officials sign documents at a table while colleagues stand behind them.',
    caption: 'Officials sign cooperation agreements in Baku.',
    credit: AGENCY_CREDIT,
    aspect: '3:2',
  },
  speakers: [
    () => 'a deputy foreign minister',
    () => 'head of a Baku company that hopes to export to the region',
    () => 'a university rector who signed an exchange agreement',
  ],
  vars: (r: Random, use: number) => ({
    partner: DELEGATIONS[use % DELEGATIONS.length],
    agreements: r.int(6, 14),
    trade: r.float(1.1, 3.8, 1),
    students: r.int(10, 60) * 10,
    companies: r.int(30, 120),
  }),
  angles: [
    {
      headline: ({ v }) => `${v.partner.adjective} delegation signs ${v.agreements} agreements in Baku, from ${v.partner.focus.split(' and ')[0]} to ${v.partner.focus.split(' and ')[1]}`,
      standfirst: () => 'Officials say the aim is to double trade within five years. Businesses want fewer barriers first.',
      lede: ({ v }) =>
        `Officials from Azerbaijan and ${v.partner.country} signed ${v.agreements} cooperation agreements in Baku, covering ${v.partner.focus} among other areas, during a two-day visit by a government delegation that both sides described as the start of a closer partnership.`,
      quote: { by: 0, says: ({ v }) => `The agreements signed today cover ${v.partner.focus} and much else. They give our relationship with ${v.partner.country} a practical agenda for the next five years.` },
    },
    {
      headline: ({ v }) => `Business forum with ${v.partner.country} draws ${v.companies} companies to Baku`,
      standfirst: ({ v }) => `Trade between the two countries is worth about ${v.trade} billion dollars a year. Both governments want more.`,
      lede: ({ v }) =>
        `About ${v.companies} companies from Azerbaijan and ${v.partner.country} met in Baku at a business forum held alongside a government visit, looking for partners in ${v.partner.focus} and pressing officials on the customs and visa rules that they say still hold trade back.`,
      quote: { by: 1, says: () => 'In one afternoon I met more potential partners than in a year of emails. Now the hard part begins: turning business cards into contracts.' },
    },
    {
      headline: ({ v }) => `${thousands(v.students)} student places a year under new exchange deal with ${v.partner.country}`,
      standfirst: () => 'Universities will recognise each other’s credits, and scholarships will cover fees and housing.',
      lede: ({ v }) =>
        `Universities in Azerbaijan and ${v.partner.country} will exchange up to ${thousands(v.students)} students a year under an agreement signed in Baku, with scholarships covering fees and accommodation and mutual recognition of course credits.`,
      quote: { by: 2, says: () => 'Our students will spend a semester abroad and come back with new ideas and new friends. The students who come to us will go home knowing this country from the inside.' },
    },
  ],
  paragraphs: [
    ({ v }) =>
      `Trade between the two countries is worth about ${v.trade} billion dollars a year, according to official figures, much of it in energy, food and building materials. Officials on both sides said they wanted to expand cooperation in ${v.partner.focus}.`,
    () =>
      'Most of the agreements are memorandums of understanding that set out intentions rather than binding commitments. Officials said working groups would draw up detailed plans within six months.',
    ({ v }) =>
      `Business representatives said the main obstacles were practical: slow customs procedures, the cost of transport and, for smaller firms, the difficulty of finding reliable partners in ${v.partner.country}. Several asked for a joint online register of exporters.`,
    () =>
      'The visit included meetings at the foreign and economy ministries and a tour of a technology park on the outskirts of Baku.',
  ],
  background: [
    ({ v }) =>
      `Relations with ${v.partner.country} have broadened over the past decade from energy into education, culture and tourism, and direct flights now link the two capitals several times a week.`,
    () =>
      'Cooperation agreements have multiplied in recent years as Baku has sought new partners. Diplomats acknowledge that many remain on paper, and that the ones that last tend to be backed by businesses and universities with money of their own at stake.',
  ],
  quotes: [
    { by: 0, says: () => 'Our relations are built on trust and on shared interests in connectivity, trade and people-to-people contacts. These agreements give that relationship a practical shape.' },
    { by: 1, says: () => 'We have been trying to sell there for three years. The market is there; the paperwork is the problem. If these agreements make one form disappear, they will have been worth it.' },
    { by: 2, says: () => 'Students are the best ambassadors. Some of those who come here will build companies and careers between our two countries.' },
  ],
  list: {
    intro: () => 'Among the agreements signed:',
    items: [
      () => 'A memorandum on customs cooperation and electronic data exchange',
      () => 'A university exchange and scholarship programme',
      () => 'A plan for joint investment in agricultural processing',
      () => 'Cooperation between state tourism agencies',
      () => 'A cultural programme including film weeks and exhibitions',
    ],
  },
  subheads: ['From paper to practice', 'Trade ambitions'],
  closing: ({ v }) =>
    `A return visit to ${v.partner.country} is planned for next year, when officials say they will review progress on each agreement.`,
});

// Not the cities the schedule list names anyway (Almaty, Tashkent, Doha, Istanbul).
const DESTINATIONS = ['Milan', 'Riga', 'Seoul', 'Vienna', 'Prague', 'Lyon', 'Bishkek'];

const airline = defineKind({
  id: 'airline',
  section: 'world',
  tags: ['transport', 'tourism'],
  places: ['baku'],
  themes: ['travel'],
  placeProfile: false,
  hero: {
    key: 'hero-airport-terminal',
    label: 'Airport terminal',
    alt: 'Travellers with suitcases walk through a bright airport terminal under a curving roof.',
    caption: 'Passengers in the terminal of Baku’s international airport.',
    credit: STAFF_CREDIT('Ramin Novruzov'),
    aspect: '16:9',
  },
  speakers: [
    () => 'commercial director at the airport',
    () => 'a travel agent in central Baku',
    () => 'a student who flies home twice a year',
  ],
  vars: (r: Random) => ({
    city: r.pick(DESTINATIONS),
    flights: r.int(2, 7),
    fare: r.int(89, 260),
    passengers: r.float(4.2, 7.9, 1),
    rise: r.int(8, 26),
  }),
  angles: [
    {
      headline: ({ v }) => `Direct flights to ${v.city} to start, cutting journey by half a day`,
      standfirst: ({ v }) => `${capitalise(count(v.flights))} flights a week are planned, with introductory fares from ${v.fare} manat.`,
      lede: ({ v }) =>
        `Passengers will be able to fly directly between Baku and ${v.city} from next month, with ${count(v.flights)} flights a week, the airport said, sparing travellers a connection that can add half a day to the journey.`,
      quote: { by: 0, says: ({ v }) => `Passengers have been asking for ${v.city} for years. A direct route makes sense for tourists, students and business travellers alike.` },
    },
    {
      headline: ({ v }) => `Baku airport handles record ${v.passengers} million passengers`,
      standfirst: ({ v }) => `Traffic rose ${v.rise} per cent, led by routes to Central Asia and the Gulf.`,
      lede: ({ v }) =>
        `Baku’s main airport handled a record ${v.passengers} million passengers over the past twelve months, up ${v.rise} per cent, its operator said, with new routes to Central Asia and the Gulf and the arrival of low-cost carriers driving the increase.`,
      quote: { by: 0, says: () => 'Every record is a reminder that we need to keep investing — in check-in desks, security lanes and the people who staff them — so that growth does not mean queues.' },
    },
    {
      headline: () => 'Low-cost airline opens Baku base, promising cheaper fares to Europe',
      standfirst: ({ v }) => `Fares will start at ${v.fare} manat one way, the airline says. Rivals are expected to respond.`,
      lede: ({ v }) =>
        `A European low-cost airline will base aircraft in Baku and fly to ${count(v.flights)} cities from the capital, it said, promising one-way fares from ${v.fare} manat and putting pressure on carriers that have long dominated routes to Europe.`,
      quote: { by: 1, says: () => 'When low-cost airlines arrive, fares fall for everyone, not just for their own passengers. My phone has not stopped ringing since the announcement.' },
    },
    {
      headline: ({ v }) => `New schedule: what’s changing at Baku airport, from ${v.city} to a fast-track lane`,
      standfirst: () => 'More routes, more frequencies and a new fast-track lane for passport control.',
      lede: ({ v }) =>
        `Baku’s airport will offer flights to several new destinations in its next schedule, including ${v.city}, along with more frequent services on popular routes and a fast-track passport control lane for families with young children, its operator said.`,
      quote: { by: 0, says: () => 'Families told us the passport queue was the worst part of travelling with children. The new lane is our answer, and it will be staffed at every peak.' },
    },
  ],
  paragraphs: [
    ({ v }) =>
      `The route to ${v.city} will be operated with narrow-body aircraft seating about 170 passengers. Airport officials said they expected a mix of tourists, students, business travellers and people visiting relatives.`,
    () =>
      'Airport charges were reduced for new routes in an effort to attract airlines, and officials said the incentives had brought several carriers to Baku that had not previously flown there.',
    () =>
      'Travel agents said fares had fallen on routes with competition and remained high where a single airline dominated. Prices during school holidays and around the main public holidays were still steep, they said.',
    () =>
      'Passengers have long complained about the cost of getting to and from the airport. An express bus runs to the city centre, and officials said a rail link was being studied.',
  ],
  background: [
    () =>
      'The country’s national carrier has restructured its network in recent years, cutting loss-making routes and adding others, and has begun to face competition from low-cost airlines for the first time.',
    () =>
      'Airport officials hope Baku can become a transfer hub between Europe, the Gulf and Central Asia. The terminal has capacity for considerably more passengers than it currently handles.',
  ],
  quotes: [
    { by: 0, says: () => 'Every new route makes the next one easier. Airlines look at who else flies here, and passengers look at how many places they can reach. We are building both at the same time.' },
    { by: 1, says: () => 'My clients used to ask me for the cheapest way to get anywhere via Istanbul. Now I can send them directly. The fares are not always lower, but the journey is much easier.' },
    { by: 2, says: () => 'A direct flight means I can go home for a long weekend. Before, I spent half the weekend in transit.' },
  ],
  list: {
    intro: () => 'New and expanded routes in the next schedule:',
    items: [
      ({ v }) => `${v.city}: ${count(v.flights)} flights a week`,
      () => 'Almaty and Tashkent: daily',
      () => 'Dubai and Doha: several flights a day',
      () => 'Istanbul: more than ten flights a day across several airlines',
    ],
  },
  subheads: ['Who will fly', 'Competition in the air'],
  closing: () =>
    'The airport said it expected passenger numbers to keep rising and would add check-in desks and security lanes before the next peak season.',
});

const portBerths = defineKind({
  id: 'alat-port',
  section: 'world',
  tags: ['shipping', 'trade', 'caspian-sea'],
  places: ['baku'],
  themes: ['caspian'],
  placeProfile: false,
  gallery: { slug: 'alat-port-berths', maxUses: 1 },
  hero: 'gallery',
  speakers: [
    () => 'deputy director of the Baku international sea port at Ələt',
    () => 'a crane operator who has worked at the port since it opened',
    () => 'a shipping agent',
  ],
  vars: (r: Random) => ({
    teu: r.int(2, 5) * 100,
    rise: r.int(40, 100),
    berths: r.int(2, 4),
    jobs: r.int(3, 9) * 100,
  }),
  angles: [
    {
      headline: ({ v }) => `Ələt port opens new container berths, raising capacity by ${percent(v.rise)}`,
      standfirst: () => 'The expansion is meant to keep pace with freight crossing the Caspian between Central Asia and Europe.',
      lede: ({ v }) =>
        `The international sea port at Ələt, south of Baku, has opened ${count(v.berths)} new container berths, raising its capacity by ${v.rise} per cent as freight crossing the Caspian between Central Asia and Europe continues to grow.`,
      quote: { by: 2, says: () => 'For shipping agents, capacity is everything. If a ship knows a berth will be free when it arrives, it will choose this port.' },
    },
  ],
  paragraphs: [
    ({ v }) =>
      `The expansion adds new gantry cranes, a larger container yard and rail sidings where trains can be loaded directly onto ferries. The port said it could now handle about ${thousands(v.teu * 1000)} containers a year.`,
    () =>
      'Ships arriving from Kazakhstan and Turkmenistan carry containers, rail wagons, lorries and grain. Ferries are loaded at specially designed berths where rail tracks run straight onto the vessel.',
    ({ v }) =>
      `About ${thousands(v.jobs)} people have been hired for the expansion, many of them from nearby towns, the port said. It runs a training centre for crane operators and dockworkers on site.`,
    () =>
      'The port sits in a free trade zone, where companies can store, process and re-export goods under separate tax and customs rules. Officials hope it will attract logistics firms and light manufacturing.',
  ],
  background: [
    () =>
      'The port moved from central Baku to Ələt over the past decade, freeing the city’s seafront and giving shipping room to grow. The old port area is being redeveloped.',
    () =>
      'Caspian shipping is limited by the size of the locks and channels connecting the sea to the Volga and by the sea’s falling level, which restricts the draught of vessels entering some ports.',
  ],
  quotes: [
    { by: 0, says: () => 'Two years ago we were turning ships away at the busiest times. Now we can take them, and we have room to grow again.' },
    { by: 1, says: () => 'The new cranes are faster and the cabin is quieter. At night, with the lights on the water, it is the best view in Baku.' },
    { by: 2, says: () => 'Waiting times at the berths have come down. If the railway on the other side keeps up, this port can grow a great deal.' },
  ],
  list: {
    intro: () => 'The expansion in brief:',
    items: [
      ({ v }) => `${capitalise(count(v.berths))} new container berths`,
      () => 'New gantry cranes and a larger container yard',
      () => 'Rail sidings for direct loading onto ferries',
      ({ v }) => `About ${thousands(v.jobs)} new jobs`,
    ],
  },
  subheads: ['Cranes and ferries', 'A port for the corridor'],
  closing: () =>
    'The port said a further phase, doubling capacity again, would go ahead once traffic justified it.',
});

export const worldKinds: KindDefinition[] = [caspianMinisters, middleCorridor, ferry, delegation, airline, portBerths];
