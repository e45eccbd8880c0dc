import type { Random } from '../random';
import {
  AGENCY_CREDIT, STAFF_CREDIT, capitalise, count, defineKind, manat, percent, thousands,
  type KindDefinition, type PlaceKey, type SectionDesk,
} from './kit';

/** Business: prices, factories, farms, banks and tourism. Companies are fictional. */

export const businessDesk: SectionDesk = {
  name: 'Business',
  slug: 'business',
  description: 'Prices, jobs, money and energy in Azerbaijan and the Caspian economy.',
  authorSlugs: ['elvin-bagirov', 'sebine-rustemova'],
  themes: {
    economy: {
      expertRoles: [
        'an economist at the Caspian Policy Institute',
        'chief economist at a Baku commercial bank',
        'a former central bank official who now teaches finance',
      ],
      background: [
        () =>
          'The manat has been held broadly stable against the US dollar for several years, after two sharp devaluations in the mid-2010s that wiped out savings and left many households wary of holding the local currency.',
        () =>
          'Oil and gas still account for the great majority of the country’s exports and a large share of government revenue. The non-oil economy — construction, trade, farming, tourism — has grown faster in recent years, but from a smaller base.',
        () =>
          'Consumer lending has grown rapidly, driven by instalment plans offered at electronics and furniture shops and by loans taken out through banking apps. Regulators have tightened rules on affordability twice in the past few years.',
        () =>
          'Prices of imported food are sensitive to the exchange rates of trading partners, particularly Russia, Türkiye and Iran, as well as to transport costs through the region’s congested border crossings.',
      ],
      expertQuotes: [
        ({ expert }) =>
          `${expert.name}, ${expert.role}, said households should not expect quick relief. “Most of what drives prices here is imported — food, fuel for transport, the cost of borrowing abroad,” ${expert.he} said. “The central bank can lean against it, but it cannot make it go away.”`,
        ({ expert }) =>
          `“The headline figure hides a lot,” said ${expert.name}, ${expert.role}. “A family that spends half its income on food feels a very different inflation rate from one that spends a quarter. Policy has to keep both in mind.”`,
        ({ expert }) =>
          `${expert.name}, ${expert.role}, said confidence mattered as much as the numbers. “People remember the devaluations,” ${expert.he} said. “Every time prices move, they ask whether it is happening again. Clear communication from the authorities is worth a great deal.”`,
        ({ expert }) =>
          `“The economy needs to earn more from things other than oil and gas,” said ${expert.name}, ${expert.role}. “That means productive businesses, and productive businesses need affordable credit and predictable rules.”`,
      ],
    },
    industry: {
      expertRoles: [
        'a labour economist at Xəzər Technical University',
        'head of a manufacturers’ association',
        'an economist who studies industrial policy at the Caspian Policy Institute',
      ],
      background: [
        () =>
          'Industrial parks in Sumqayıt and elsewhere offer investors tax and customs exemptions for up to seven years. Officials say they have attracted billions of manat in investment; economists say the true test will come when the exemptions expire.',
        () =>
          'Manufacturers regularly complain of a shortage of skilled workers — welders, electricians, machine operators — and say vocational schools have not kept pace with demand. Several large employers now run their own training centres.',
        () =>
          'Wages in manufacturing are higher than in farming or retail but lower than in the oil sector, which still sets the benchmark for well-paid work. Many factory workers commute long distances or live in company dormitories during the week.',
        () =>
          'Exporters say their main obstacles are logistics and certification: getting goods across the region’s borders quickly and meeting the standards required by buyers in the European Union.',
      ],
      expertQuotes: [
        ({ expert }) =>
          `${expert.name}, ${expert.role}, said the country needed more investments of this kind. “Every job in a factory supports two or three more — suppliers, transport, canteens,” ${expert.he} said. “The question is whether these plants will still be competitive when the tax breaks end.”`,
        ({ expert }) =>
          `“Machines are easy to buy,” said ${expert.name}, ${expert.role}. “Good foremen and technicians are not. The firms that succeed here are the ones that train their own people and keep them.”`,
        ({ expert }) =>
          `“Exporting is a discipline,” said ${expert.name}, ${expert.role}. “A buyer abroad does not care about your excuses. Firms that learn to meet those standards become better at everything.”`,
        ({ expert }) =>
          `${expert.name}, ${expert.role}, said small towns needed more than one employer. “When a whole town depends on one factory, every bad year becomes a crisis,” ${expert.he} said. “The goal should be clusters of firms that support each other.”`,
      ],
    },
    farming: {
      expertRoles: [
        'an agricultural economist at the Caspian Policy Institute',
        'head of a fruit and vegetable exporters’ association',
        'a specialist in farm finance at a Baku bank',
      ],
      background: [
        () =>
          'The government pays subsidies per hectare for many crops and has expanded cheap loans for farm machinery. Farmers say the support helps but arrives late, and that the larger problems are irrigation, storage and access to buyers.',
        () =>
          'Russia remains the largest market for the country’s fruit and vegetables, which makes growers vulnerable to sudden changes in inspection rules and to swings in the rouble. Exporters have been trying to reach buyers in the Gulf and the European Union.',
        () =>
          'Most farms are small — often only a few hectares — and many growers sell to intermediaries who collect produce at the farm gate. Co-operatives, which could give farmers more bargaining power, remain rare.',
      ],
      expertQuotes: [
        ({ expert }) =>
          `${expert.name}, ${expert.role}, said the sector’s weakness was what happened after harvest. “We grow very good produce and then sell it in a hurry, unsorted, to whoever turns up with a lorry,” ${expert.he} said. “Storage, grading and packing are where the money is.”`,
        ({ expert }) =>
          `“Depending on one market is a risk you only notice when it closes,” said ${expert.name}, ${expert.role}. “The growers who have found a second buyer, even a small one, sleep better.”`,
        ({ expert }) =>
          `“Weather and prices are the two risks every farmer lives with,” said ${expert.name}, ${expert.role}. “Insurance and storage are the two tools that make them bearable, and both are still too rare here.”`,
        ({ expert }) =>
          `${expert.name}, ${expert.role}, said young people would return to farming if it paid. “Nobody wants to inherit a hard life with no reward,” ${expert.he} said. “Show them a farm that earns a decent living and they will stay.”`,
      ],
    },
    tourism: {
      expertRoles: [
        'a tourism consultant who advises regional hotels',
        'head of a hoteliers’ association',
        'a researcher who studies tourism at Xəzər Technical University',
      ],
      background: [
        () =>
          'Visitor numbers have recovered strongly in recent years, with growing arrivals from the Gulf states, Türkiye, Russia and Central Asia. An electronic visa, issued within days, has made the country easier to visit.',
        () =>
          'Much of the tourism outside Baku is domestic: families from the capital driving to the mountains at weekends and in the school holidays. Hoteliers say this makes business highly seasonal, with full rooms one month and empty ones the next.',
        () =>
          'Small family guesthouses have multiplied in mountain villages, many of them unregistered. Officials say they want to bring them into the formal economy without burying them in paperwork.',
      ],
      expertQuotes: [
        ({ expert }) =>
          `${expert.name}, ${expert.role}, said the country was still learning to sell itself. “Visitors come once for Baku,” ${expert.he} said. “They come back for the mountains, the food and the people. That is what we need to invest in.”`,
        ({ expert }) =>
          `“A hotel is only as good as the road to it and the water in its taps,” said ${expert.name}, ${expert.role}. “Tourism depends on ordinary infrastructure more than people think.”`,
        ({ expert }) =>
          `“The best marketing is a guest who goes home and tells ten friends,” said ${expert.name}, ${expert.role}. “That depends on service, cleanliness and honesty about prices, not on advertising.”`,
        ({ expert }) =>
          `${expert.name}, ${expert.role}, said the industry had to think about residents too. “Tourism that makes a town unaffordable for the people who live there will not last,” ${expert.he} said.`,
      ],
    },
  },
  subheads: ['The bigger picture', 'Behind the numbers', 'The wider economy'],
  figure: {
    key: 'figure-business-bazaar',
    label: 'Bazaar stalls',
    alt: 'Market stalls piled with tomatoes, aubergines, pomegranates and herbs under a high roof.',
    caption: 'Stalls at a covered market, where prices are watched closely by shoppers.',
    credit: STAFF_CREDIT('Leyla Həsənova'),
    aspect: '3:2',
  },
};

// Plural nouns only, so that “tomatoes were selling” reads right for every pick.
const STAPLES = ['tomatoes', 'potatoes', 'onions', 'cucumbers', 'lemons', 'aubergines'];

const prices = defineKind({
  id: 'prices',
  section: 'business',
  tags: ['prices', 'central-bank'],
  places: ['baku'],
  themes: ['economy'],
  placeProfile: false,
  hero: {
    key: 'hero-prices-market',
    label: 'Weighing vegetables',
    alt: 'A stallholder weighs tomatoes on an electronic scale for a customer.',
    caption: 'A stallholder weighs vegetables at a Baku market.',
    credit: AGENCY_CREDIT,
    aspect: '3:2',
  },
  speakers: [
    () => 'a spokesperson for the Central Bank',
    () => 'who has run a vegetable stall at the Səbail market for twelve years',
    () => 'a pensioner shopping at the market',
  ],
  vars: (r: Random) => ({
    inflation: r.float(2.4, 6.8, 1),
    rate: 6 + r.int(1, 10) * 0.25,
    food: r.float(3.5, 11.5, 1),
    staple: r.pick(STAPLES),
    staplePrice: r.int(14, 45), // tenths of a manat
    basket: r.int(185, 260),
  }),
  angles: [
    {
      headline: ({ v }) => `Inflation eases to ${percent(v.inflation)}, but food prices keep climbing`,
      standfirst: ({ v }) => `Food was ${percent(v.food)} dearer than a year earlier, led by ${v.staple}, official figures show.`,
      lede: ({ v }) =>
        `Annual inflation slowed to ${percent(v.inflation)} last month, according to the State Statistical Committee, but food prices rose faster than the overall index, with ${v.staple} among the items that pushed household bills higher.`,
      quote: { by: 1, says: ({ v }) => `The statistics say prices are calming down. My customers say ${v.staple} cost more than last month. I believe my customers.` },
    },
    {
      headline: ({ v }) => `Central Bank holds key rate at ${percent(v.rate)} and signals caution`,
      standfirst: () => 'The bank says it wants to see inflation settle before cutting. Borrowers will have to wait.',
      lede: ({ v }) =>
        `The Central Bank left its main interest rate unchanged at ${percent(v.rate)}, saying it wanted more evidence that inflation was settling before it considered cutting borrowing costs for households and businesses.`,
      quote: { by: 0, says: () => 'Inflation is moving in the right direction, but we want to see it stay there. Cutting too early and having to reverse would do more harm than waiting a few more weeks.' },
    },
    {
      headline: ({ v }) => `What ${v.basket} manat buys: a month of shopping at a Baku bazaar`,
      standfirst: () => 'We priced a family’s basic basket at one market. Here is where the money goes.',
      lede: ({ v }) =>
        `A month’s basic groceries for a family of four — bread, vegetables, meat, oil, tea and sugar — cost about ${v.basket} manat at a central Baku market this week, according to prices gathered by *The Caspian Dateline*, a little more than the same basket cost a year ago.`,
      quote: { by: 2, says: () => 'I write down what I spend every day in a notebook. A year ago the same bag of shopping cost me less. Now I skip the meat one week in two.' },
    },
    {
      headline: ({ v }) => `Shoppers buy less and haggle harder as the price of ${v.staple} jumps`,
      standfirst: () => 'Traders say customers are buying smaller amounts more often, and haggling harder.',
      lede: ({ v }) =>
        `The price of ${v.staple} has risen sharply at Baku markets over the past month, traders said, with some shoppers switching to cheaper alternatives or buying smaller amounts — a change stallholders say they have learned to read as a sign of tighter household budgets.`,
      quote: { by: 1, says: ({ v }) => `A month ago I sold ${v.staple} by the crate. Now people ask for three or four and watch the scale. When prices jump, everyone becomes an accountant.` },
    },
  ],
  paragraphs: [
    ({ v }) =>
      `At the market, ${v.staple} were selling for about ${v.staplePrice / 10} manat a kilo at the better stalls, traders said, well above the price a year ago. Prices of bread and tea, staples in almost every household, were broadly unchanged.`,
    ({ v }) =>
      `The Central Bank targets inflation of 4 per cent, plus or minus 2 percentage points. It has kept its key rate at ${percent(v.rate)} for several months, arguing that price pressures, particularly from imported goods, had not yet eased enough to justify a cut.`,
    () =>
      'Economists point out that the official index gives relatively little weight to food compared with the share that poorer families actually spend on it. For pensioners and those on benefits, they say, the real increase in the cost of living is likely to be higher than the headline figure.',
    () =>
      '[The Central Bank’s monetary policy statement](https://example.org/central-bank/policy-statement) notes that credit growth has slowed and that the manat remains stable, both of which it said should help to contain prices over the coming months.',
  ],
  background: [
    () =>
      'Households in the country spend a larger share of their income on food than those in most of Europe, which makes the price of basics a political as well as an economic question. Pensions and public-sector wages were raised earlier in the year, partly to offset the increase.',
    () =>
      'The government has used several tools to keep staple prices down, including temporary cuts in import duties and checks on retailers accused of excessive mark-ups. Economists are sceptical of the latter, saying shortages tend to follow.',
  ],
  quotes: [
    { by: 0, says: () => 'Our decisions are guided by the inflation outlook. We will continue to monitor developments closely and are ready to act if the balance of risks changes.' },
    { by: 1, says: ({ v }) => `People still come, but they buy half a kilo where they used to buy two. When ${v.staple} get expensive, everyone notices. My customers know my prices better than the statistics committee does.` },
    { by: 2, says: () => 'My pension went up, and everything else went up faster. I come here at the end of the day, when the prices come down a little.' },
  ],
  list: {
    intro: () => 'Prices of some staples at a central Baku market (manat per kilo, approximate):',
    items: [
      () => '**Bread (white loaf):** 0.60–0.80 a loaf',
      () => '**Potatoes:** 1.10–1.40',
      () => '**Beef:** 16–19',
      () => '**Chicken:** 6–7.50',
      () => '**Black tea (local, loose):** 14–20',
    ],
  },
  subheads: ['Prices and policy', 'What comes next for rates'],
  closing: () =>
    'The Central Bank’s next rate decision is due in about six weeks. Most economists surveyed by *The Caspian Dateline* expect the rate to be held again, with a first cut possible later in the year if food prices calm down.',
});

const PRODUCTS = [
  { goods: 'furniture', plant: 'furniture factory', owner: 'Ağac Mebel' },
  { goods: 'aluminium window frames', plant: 'aluminium profile plant', owner: 'Xəzər Alüminium' },
  { goods: 'cotton textiles', plant: 'textile mill', owner: 'Şirvan Tekstil' },
  { goods: 'fruit juice and purées', plant: 'juice plant', owner: 'Bağ Meyvə Emalı' },
  { goods: 'ceramic tiles', plant: 'tile factory', owner: 'Kür Keramika' },
] as const;

const factory = defineKind({
  id: 'factory',
  section: 'business',
  tags: ['jobs', 'trade'],
  places: ['sumqayit', 'gence', 'mingecevir', 'sirvan', 'naxcivan', 'samaxi'],
  themes: ['industry'],
  hero: {
    key: 'hero-factory-floor',
    label: 'Factory floor',
    alt: 'Workers in blue overalls operate machines on a long, brightly lit factory floor.',
    caption: 'Workers on the production line at a new plant.',
    credit: STAFF_CREDIT('Ramin Novruzov'),
    aspect: '16:9',
  },
  speakers: [
    ({ v }) => `general director of ${v.product.owner}`,
    () => 'a machine operator who moved back from Baku to take a job at the plant',
    () => 'a deputy minister of economy',
  ],
  vars: (r: Random) => ({
    product: r.pick(PRODUCTS),
    jobs: r.int(12, 68) * 10,
    investment: r.float(9, 120, 1),
    exportShare: r.int(25, 70),
    cut: r.int(6, 24) * 10,
    order: r.float(2, 18, 1),
  }),
  angles: [
    {
      headline: ({ place, v }) => `${v.product.owner} opens ${manat(v.investment)} ${v.product.plant} in ${place.name}, creating ${v.jobs} jobs`,
      standfirst: ({ v }) => `About ${v.exportShare} per cent of output is meant for export, mainly to Georgia, Central Asia and Türkiye.`,
      lede: ({ place, v }) =>
        `A new ${v.product.plant} built by ${v.product.owner} has started production in ${place.name}, the company said, with ${v.jobs} workers on its payroll and plans to export about ${v.exportShare} per cent of its ${v.product.goods}.`,
      quote: { by: 0, says: ({ v }) => `Eighteen months ago this was an empty field. Today ${v.jobs} people have a job here, and our first containers of ${v.product.goods} are already on their way abroad.` },
    },
    {
      headline: ({ place, v }) => `${place.name} ${v.product.plant} to double capacity after export orders grow`,
      standfirst: ({ v }) => `The expansion, costing ${manat(v.investment)}, will add a second shift.`,
      lede: ({ place, v }) =>
        `${v.product.owner} will double the capacity of its ${v.product.plant} in ${place.name}, investing ${manat(v.investment)} in a second production line and adding a night shift, as orders from abroad outstrip what the plant can make.`,
      quote: { by: 0, says: () => 'Our customers abroad are asking for more than we can make. A second line and a night shift mean we can say yes instead of making them wait.' },
    },
    {
      headline: ({ place, v }) => `${v.cut} jobs to go at ${place.name} ${v.product.plant} as orders dry up`,
      standfirst: () => 'The company blames falling demand abroad and cheaper imports. Workers say they were given a week’s notice.',
      lede: ({ place, v }) =>
        `${v.product.owner} is cutting ${v.cut} jobs at its ${v.product.plant} in ${place.name}, blaming falling orders from abroad and competition from cheaper imports, in a blow to a town where the plant is one of the largest private employers.`,
      quote: { by: 1, says: () => 'We heard rumours for weeks, and then one morning they read out a list. I have two children and a loan. I do not know yet what I will do.' },
    },
    {
      headline: ({ place, v }) => `${place.name} plant wins ${manat(v.order)} order from European buyer`,
      standfirst: ({ v }) => `It is the first large order from the European Union for ${v.product.owner}, which spent two years on certification.`,
      lede: ({ place, v }) =>
        `${v.product.owner}, which makes ${v.product.goods} in ${place.name}, has signed a contract worth ${manat(v.order)} with a buyer in the European Union, the company said — its first large order from the bloc after two years spent meeting its standards.`,
      quote: { by: 0, says: () => 'Two years of audits, paperwork and changes to our production line. Many people told us it was not worth it. This contract is our answer.' },
    },
  ],
  paragraphs: [
    ({ v }) =>
      `The plant uses equipment imported from Italy and Türkiye and buys much of its raw material locally. The company said it had trained most of its ${v.jobs} workers itself, many of whom had previously worked in trade, construction or abroad.`,
    ({ v }) =>
      `${v.product.owner} was founded in the late 2000s as a small workshop and now sells across the South Caucasus and Central Asia. Its owners said domestic sales of ${v.product.goods} had been flat and that exports offered the only real room to grow.`,
    ({ place }) =>
      `For ${place.name}, the plant matters. The district’s unemployment figures are low on paper, but local officials acknowledge that many people work informally or seasonally, and that young men in particular leave for Baku or abroad in search of steady pay.`,
    () =>
      'Average monthly wages at the plant are slightly above the regional average, the company said, with overtime for night shifts. Workers receive health insurance and transport from nearby villages.',
  ],
  background: [
    () =>
      'The government has made manufacturing a priority of its economic strategy, offering subsidised loans through a state entrepreneurship fund and guaranteeing a share of public purchases for domestic producers.',
    ({ v }) =>
      `Competition in ${v.product.goods} is fierce. Producers in Türkiye, Iran and China sell into the same markets, often more cheaply, and local manufacturers say they compete on delivery times and reliability rather than price.`,
  ],
  quotes: [
    { by: 0, says: () => 'We could have built this plant closer to Baku. We chose this town because the people here want to work and there was nothing for them. Now the challenge is to keep the orders coming.' },
    { by: 1, says: () => 'I spent six years driving a taxi in Baku and sending money home. This plant brought me back to my family. Everyone here knows what it means to the town.' },
    { by: 2, says: () => 'Every plant like this one is a step towards an economy that does not depend on oil. We will continue to support producers who can compete abroad.' },
  ],
  list: {
    intro: () => 'The plant at a glance:',
    items: [
      ({ v }) => `**Products:** ${v.product.goods}`,
      ({ v }) => `**Investment:** ${manat(v.investment)}`,
      ({ v }) => `**Workforce:** ${v.jobs}, most of them local`,
      ({ v }) => `**Exports:** about ${v.exportShare} per cent of output`,
      () => '**Markets:** Georgia, Central Asia, Türkiye, and now the European Union',
    ],
  },
  subheads: ['A bet on exports', 'What it means for the town'],
  closing: ({ place }) =>
    `The company said it would decide within a year whether to open a second site. Officials in ${place.name} said they hoped the plant would draw suppliers to the district’s industrial zone.`,
});

const CROPS: Partial<Record<PlaceKey, { crop: string; singular: string }>> = {
  zaqatala: { crop: 'hazelnuts', singular: 'hazelnut' },
  quba: { crop: 'apples', singular: 'apple' },
  samaxi: { crop: 'grapes', singular: 'grape' },
  lenkeran: { crop: 'citrus fruit', singular: 'citrus' },
  qebele: { crop: 'walnuts', singular: 'walnut' },
  gence: { crop: 'pomegranates', singular: 'pomegranate' },
};
const cropOf = (tagSlug: string) => CROPS[tagSlug as PlaceKey] ?? { crop: 'fruit', singular: 'fruit' };

const harvest = defineKind({
  id: 'harvest',
  section: 'business',
  tags: ['agriculture', 'trade'],
  places: ['zaqatala', 'quba', 'samaxi', 'lenkeran', 'qebele', 'gence'],
  themes: ['farming'],
  hero: {
    key: 'hero-harvest-crates',
    label: 'Harvest crates',
    alt: 'Wooden crates full of freshly picked fruit stacked at the edge of an orchard.',
    caption: 'Freshly picked fruit waits for collection at the edge of an orchard.',
    credit: STAFF_CREDIT('Leyla Həsənova'),
    aspect: '3:2',
  },
  speakers: [
    ({ place }) => `who farms eight hectares outside ${place.name}`,
    () => 'head of an exporters’ association',
    () => 'a buyer for a Baku supermarket chain',
  ],
  vars: (r: Random) => ({
    tonnes: r.int(12, 90) * 1000,
    fall: r.int(12, 35),
    farmGate: r.float(0.6, 4.5, 2),
    growers: r.int(3, 14) * 100,
    plant: r.float(4, 26, 1),
  }),
  angles: [
    {
      headline: ({ place, v }) => `${capitalise(cropOf(place.tagSlug).singular)} growers in ${place.name} expect ${thousands(v.tonnes)}-tonne harvest but fear for prices`,
      standfirst: () => 'A good season on the trees could mean a poor one at the market, growers warn.',
      lede: ({ place, v }) =>
        `Growers in ${place.name} expect to pick about ${thousands(v.tonnes)} tonnes of ${cropOf(place.tagSlug).crop} this season, one of the best crops in years — and many fear that an abundant harvest will push farm-gate prices down just as their costs have gone up.`,
      quote: { by: 0, says: () => 'A big crop should be good news. But when everyone has a big crop, the traders know it, and they pay what they like.' },
    },
    {
      headline: ({ place, v }) => `Farm-gate ${cropOf(place.tagSlug).singular} prices fall ${v.fall} per cent as exporters hold back`,
      standfirst: ({ place }) => `Growers around ${place.name} say traders are offering less and paying later.`,
      lede: ({ place, v }) =>
        `Prices paid to ${cropOf(place.tagSlug).singular} growers around ${place.name} have fallen by about ${v.fall} per cent compared with last season, farmers and traders said, as exporters hold back purchases amid uncertainty in their main foreign markets.`,
      quote: { by: 1, says: () => 'Our buyers abroad are cautious, and when they hesitate we hesitate. Nobody wants to fill a warehouse with produce they cannot sell.' },
    },
    {
      headline: ({ place, v }) => `New ${manat(v.plant)} processing plant offers ${place.name} growers an alternative to the traders`,
      standfirst: () => 'The plant will buy fruit that does not meet export grades, which growers often struggle to sell at all.',
      lede: ({ place, v }) =>
        `A processing plant that opened near ${place.name} will buy ${cropOf(place.tagSlug).crop} from about ${thousands(v.growers)} local growers, its owners said, giving farmers a buyer for fruit that does not meet export standards and that often goes to waste.`,
      quote: { by: 0, says: () => 'The small and the marked fruit used to rot under the trees or go for almost nothing. Now somebody will pay for it. That is new money for every family in the village.' },
    },
  ],
  paragraphs: [
    ({ place, v }) =>
      `At the farm gate, ${cropOf(place.tagSlug).crop} were selling for about ${v.farmGate.toFixed(2)} manat a kilo for the better grades, growers said. Traders typically collect the crop in their own lorries and pay within weeks — or, increasingly, months.`,
    ({ place }) =>
      `The ${cropOf(place.tagSlug).singular} harvest is one of the main sources of cash income in the district, and many families depend on a few weeks of picking for much of their year’s earnings. Children often help after school, and relatives come from Baku at weekends.`,
    () =>
      'Costs have risen. Growers said fertiliser, fuel and pesticides were all more expensive than a year ago, and that hired pickers were harder to find as young people leave for the cities.',
    () =>
      'Storage is the weak link. Few growers have cold stores of their own, so most must sell within days of harvest, when prices are lowest. Those who can store their crop for a few months often sell for a third more.',
  ],
  background: [
    ({ place }) =>
      `${cropOf(place.tagSlug).crop === 'grapes' ? 'Vineyards' : 'Orchards'} around ${place.name} were part of large collective farms in Soviet times, supplying markets across the Soviet Union. After independence the land was divided among families, and many plantations fell into neglect before being replanted over the past two decades.`,
    () =>
      'Quality standards in export markets have become stricter, with buyers demanding traceability, lower pesticide residues and consistent sizes. Growers who cannot meet them sell to the domestic market or to processors at lower prices.',
  ],
  quotes: [
    { by: 0, says: () => 'The trees did their job this year. Now we find out whether the market will do its job. Every year it is the same question, and every year we are the last to know the answer.' },
    { by: 1, says: () => 'Exporters are not the enemy of the growers. If we cannot sell abroad at a good price, we cannot pay a good price here. We need stable rules in the markets we sell to.' },
    { by: 2, says: () => 'Our customers want local fruit, and they want it to look the same every week. Growers who can sort, pack and deliver on time will always find a buyer.' },
  ],
  list: {
    intro: () => 'What growers say they need:',
    items: [
      () => 'Cold storage they can share or rent',
      () => 'Cheaper credit to bridge the months between harvest and payment',
      () => 'Help meeting export certification rules',
      () => 'Better roads to the higher orchards',
      () => 'Reliable weather insurance',
    ],
  },
  subheads: ['Growers and traders', 'The market ahead'],
  closing: ({ place }) =>
    `The agriculture ministry said it would announce support measures for growers in ${place.name} and other affected districts if prices stayed low at the end of the season.`,
});

const banking = defineKind({
  id: 'banking',
  section: 'business',
  tags: ['banking'],
  places: ['baku', 'gence', 'sumqayit'],
  themes: ['economy'],
  placeProfile: false,
  hero: {
    key: 'hero-banking-app',
    label: 'Banking app',
    alt: 'A hand holding a phone showing a banking app, with a café counter behind.',
    caption: 'Mobile banking has spread rapidly in recent years.',
    credit: STAFF_CREDIT('Ramin Novruzov'),
    aspect: '4:3',
  },
  speakers: [
    () => 'head of retail banking at Abşeron Bank',
    () => 'who runs a bakery and a small café',
    () => 'a financial literacy trainer',
  ],
  vars: (r: Random) => ({
    share: r.int(38, 71),
    loans: r.float(1.2, 3.8, 1),
    rate: r.int(14, 24),
    firms: r.int(8, 40) * 100,
    fee: r.float(0.5, 1.5, 1),
  }),
  angles: [
    {
      headline: () => 'Card payments overtake cash in shops for the first time, bankers say',
      standfirst: ({ v }) => `${v.share} per cent of retail purchases by value were paid by card or phone, industry figures show.`,
      lede: ({ v }) =>
        `Card and phone payments accounted for ${v.share} per cent of retail purchases by value last quarter, according to figures compiled by the country’s banks, the first time electronic payments have overtaken cash in shops.`,
      quote: { by: 0, says: () => 'Cash is expensive. It has to be counted, guarded, transported and insured. Every payment that moves to a card or a phone is cheaper for the economy as a whole.' },
    },
    {
      headline: ({ v }) => `Small firms borrow more as banks cut rates on business loans to ${v.rate} per cent`,
      standfirst: () => 'A state guarantee scheme is behind much of the growth. Bakers, builders and cafés are the main borrowers.',
      lede: ({ v }) =>
        `Banks lent ${v.loans} billion manat to small and medium-sized businesses last year, according to the Central Bank, as a state guarantee scheme encouraged lenders to cut rates on business loans to about ${v.rate} per cent a year.`,
      quote: { by: 1, says: () => 'The loan paid for a second oven. I hired two people, and we now supply three cafés. Without the guarantee, the bank would not have looked at me.' },
    },
    {
      headline: () => 'Shopkeepers push back against card fees as cashless payments spread',
      standfirst: ({ v }) => `Merchants say fees of up to ${v.fee} per cent eat into thin margins. Banks say the cost of cash is higher.`,
      lede: ({ v }) =>
        `Small shopkeepers are pushing back against the fees banks charge on card payments, which can reach ${v.fee} per cent of each sale, saying the costs eat into margins already squeezed by rising rents and prices.`,
      quote: { by: 0, says: () => 'We understand the concern, and we have cut fees for the smallest merchants. But accepting cards brings shops new customers and saves them the cost and risk of handling cash.' },
    },
  ],
  paragraphs: [
    () =>
      'Mobile banking apps have spread rapidly, particularly among younger customers, and many people now pay rent, utility bills and even market purchases by transferring money between phones. Banks say that has cut their costs and brought new customers into the financial system.',
    ({ v }) =>
      `Credit to small businesses remains limited by collateral rules, bankers say: most lenders still require property as security. The state guarantee scheme covers up to half of a loan, and about ${thousands(v.firms)} firms have used it so far.`,
    () =>
      'Consumer protection rules require banks to publish their fees and show the full annual cost of loans, but complaints to the Central Bank about unclear charges have risen along with the number of transactions.',
    () =>
      'Cash remains king in some places — village shops, taxis, many market stalls — and for older customers who distrust banks after the devaluations of the last decade. Several said they preferred to keep savings in dollars or gold.',
  ],
  background: [
    () =>
      'The banking sector went through a painful clean-up after the devaluations of the mid-2010s, when several banks lost their licences and depositors waited months for compensation. The surviving banks are better capitalised, regulators say, but public trust has been slow to return.',
    () =>
      'Fintech companies, some backed by the banks themselves, have introduced instant transfers, instalment plans and digital wallets. Regulators have introduced a licensing regime for payment firms and a sandbox for testing new products.',
  ],
  quotes: [
    { by: 0, says: () => 'Five years ago, most of our customers came to a branch. Today most of them have never been inside one. That changes everything — what we offer, how we price it and how we protect people.' },
    { by: 1, says: () => 'I accept cards because my customers want to pay by card. But the fee comes out of my pocket, and on a cup of tea there is not much in my pocket to begin with.' },
    { by: 2, says: () => 'People are borrowing on their phones in thirty seconds. That is convenient, and it is also dangerous if nobody has explained what the interest rate means.' },
  ],
  list: {
    intro: () => 'What customers should check before borrowing:',
    items: [
      () => 'The annual percentage rate, which includes fees, not just the headline interest rate',
      () => 'Penalties for early repayment and for late payments',
      () => 'Whether insurance is compulsory, and what it costs',
      () => 'The total amount you will repay over the life of the loan',
    ],
    ordered: true,
  },
  subheads: ['From branches to phones', 'The cost of convenience'],
  closing: () =>
    'The Central Bank said it was reviewing rules on card fees and would publish proposals for consultation. Banks said they expected electronic payments to keep growing.',
});

const tourism = defineKind({
  id: 'tourism',
  section: 'business',
  tags: ['tourism'],
  places: ['qebele', 'seki', 'quba', 'samaxi', 'naxcivan'],
  themes: ['tourism'],
  hero: {
    key: 'hero-tourism-cable-car',
    label: 'Mountain cable car',
    alt: 'A cable car cabin passing above forested slopes with a hotel visible in the valley.',
    caption: 'A cable car above the forested slopes of the Greater Caucasus foothills.',
    credit: AGENCY_CREDIT,
    aspect: '16:9',
  },
  speakers: [
    () => 'who manages a hotel in the town',
    () => 'who rents out three rooms in the family home',
    () => 'deputy head of the State Tourism Agency',
  ],
  vars: (r: Random) => ({
    visitors: r.int(80, 420) * 1000,
    rise: r.int(9, 34),
    rooms: r.int(40, 180),
    occupancy: r.int(52, 88),
    flights: r.int(2, 6),
  }),
  angles: [
    {
      headline: ({ place, v }) => `${place.name} hotels report ${v.rise} per cent rise in guests as foreign visitors return`,
      standfirst: () => 'Arrivals from the Gulf and Central Asia are growing fastest. Hoteliers want a longer season.',
      lede: ({ place, v }) =>
        `Hotels and guesthouses in ${place.name} welcomed about ${v.rise} per cent more guests this year than last, local tourism officials said, with visitors from the Gulf and Central Asia joining the families from Baku who have long made up most of the trade.`,
      quote: { by: 0, says: () => 'This year we heard Arabic, Kazakh and Uzbek in the lobby as often as Russian. The guests are changing, and we are learning to change with them.' },
    },
    {
      headline: ({ place, v }) => `New ${v.rooms}-room hotel opens in ${place.name} as investors bet on year-round tourism`,
      standfirst: () => 'Its owners are betting on conferences, weddings and walking holidays to fill rooms outside the peak months.',
      lede: ({ place, v }) =>
        `A ${v.rooms}-room hotel has opened on the edge of ${place.name}, the largest in the district, with its owners betting that conferences, weddings and walking holidays will keep it busy beyond the few peak months that sustain most local businesses.`,
      quote: { by: 0, says: () => 'Weddings and conferences, walkers and skiers — that is the plan. A hotel this size cannot live on six busy weeks a year.' },
    },
    {
      headline: ({ place }) => `Guesthouse owners in ${place.name} wary of new registration rules`,
      standfirst: () => 'Officials say registration will improve standards. Families renting a few rooms fear paperwork and taxes.',
      lede: ({ place }) =>
        `Families who rent rooms to tourists in ${place.name} are being asked to register their guesthouses under new rules from the State Tourism Agency, which says the change will raise standards and safety — and which many small owners fear will bring paperwork and taxes they cannot afford.`,
      quote: { by: 2, says: () => 'Registration takes twenty minutes online and costs nothing. In return, owners get safety advice, training and a place on our booking map.' },
    },
  ],
  paragraphs: [
    ({ place, v }) =>
      `Occupancy in ${place.name}’s hotels averaged about ${v.occupancy} per cent during the busiest months, according to the local tourism office, but falls sharply outside the holiday season. Hoteliers said year-round trade was the industry’s biggest challenge.`,
    ({ v }) =>
      `Airlines have added ${count(v.flights)} new routes to Baku from cities in the Gulf and Central Asia this year, and tour operators say most of those visitors now spend at least a night outside the capital. Many come in family groups and rent cars or hire drivers.`,
    () =>
      'Local businesses have adapted. Restaurants print menus in Arabic, Russian and English; souvenir shops stock the local silk and copperware; and a growing number of young people work as guides, drivers and hosts, often without formal contracts.',
    () =>
      'Not everyone is happy. Some residents complain about rising rents, traffic on narrow streets and the conversion of family homes into guesthouses. Local officials say they are drawing up rules to keep the old quarters liveable.',
  ],
  background: [
    ({ place }) =>
      `Tourism in ${place.name} grew slowly for years, held back by poor roads and a lack of hotels. The opening of new roads and the spread of online booking changed that, allowing even small family guesthouses to reach visitors from abroad.`,
    () =>
      'The State Tourism Agency has set a target of doubling the number of foreign visitors within a decade, and has promoted the country at fairs in the Gulf, Europe and Asia. Its campaigns emphasise food, mountains and heritage rather than only the capital’s skyline.',
  ],
  quotes: [
    { by: 0, says: () => 'For three months we turn people away. For the rest of the year we count the empty rooms. If we can fill the quiet months, we can hire people all year and train them properly.' },
    { by: 1, says: () => 'Guests stay in my home, eat at my table and leave as friends. I am happy to register, but I am not a hotel, and I hope the rules will understand that.' },
    { by: 2, says: () => 'We want guesthouses to grow, not to disappear. Registration is free and online, and it gives owners access to promotion and training.' },
  ],
  list: {
    intro: () => 'The season in numbers:',
    items: [
      ({ v }) => `**Visitors to the district:** about ${thousands(v.visitors)}`,
      ({ v }) => `**Rise on last year:** ${v.rise} per cent`,
      ({ v }) => `**Peak occupancy:** ${v.occupancy} per cent`,
      ({ v }) => `**New air routes to Baku:** ${count(v.flights)}`,
    ],
  },
  subheads: ['Filling the quiet months', 'Who benefits'],
  closing: ({ place }) =>
    `The State Tourism Agency said it would publish a development plan for ${place.name} and neighbouring districts, including new walking routes and signs in several languages.`,
});

const teaTerraces = defineKind({
  id: 'lenkeran-tea',
  section: 'business',
  tags: ['agriculture', 'trade'],
  places: ['lenkeran'],
  themes: ['farming'],
  gallery: { slug: 'lenkeran-tea-terraces', maxUses: 2 },
  hero: 'gallery',
  speakers: [
    () => 'who took over the family tea garden five years ago',
    () => 'a picker who has worked on the terraces for twenty years',
    () => 'head of the regional tea growers’ union',
  ],
  vars: (r: Random) => ({
    hectares: r.int(6, 40) * 10,
    tonnes: r.int(3, 12) * 100,
    price: r.float(1.1, 2.4, 1),
    share: r.int(8, 20),
  }),
  angles: [
    {
      headline: () => 'Lənkəran’s tea growers try to win back the country’s teapots',
      standfirst: () => 'Most tea drunk in the country is imported. A new generation of growers says local leaf can compete.',
      lede: ({ v }) =>
        `Tea is drunk everywhere in the country, from ministries to market stalls, but only about ${v.share} per cent of it is grown at home. On the green terraces above Lənkəran, a small group of growers is trying to change that.`,
      quote: { by: 2, says: () => 'If every family drank one glass of local tea a day instead of imported, we could not grow enough to keep up. That is the size of the opportunity.' },
    },
    {
      headline: ({ v }) => `Pickers’ pay rises to ${v.price} manat a kilo as Lənkəran tea gardens compete for workers`,
      standfirst: () => 'Growers say labour, not land, now limits how much tea they can produce.',
      lede: ({ v }) =>
        `Tea gardens around Lənkəran are paying pickers up to ${v.price} manat for each kilo of fresh leaf, growers said, as they compete for a shrinking pool of workers willing to spend long days on the terraces.`,
      quote: { by: 1, says: ({ v }) => `Ten years ago nobody would pay ${v.price} manat a kilo. Now the owners come to our houses before the season to ask who will work for them.` },
    },
  ],
  paragraphs: [
    ({ v }) =>
      `The region’s tea gardens cover about ${thousands(v.hectares)} hectares, a fraction of their extent in Soviet times, when Lənkəran tea was sold across the Union. Many plantations were abandoned in the 1990s; some are now being cleared and replanted.`,
    () =>
      'Pickers work through the morning, taking only the top two leaves and a bud from each shoot. The leaves are weighed at the end of each row and taken the same day to small factories, where they are withered, rolled, oxidised and dried.',
    ({ v }) =>
      `Local production reached about ${thousands(v.tonnes)} tonnes of finished tea last year, growers said. Most is sold in the country, some under the growers’ own brands; a few have begun exporting small quantities to specialist shops abroad.`,
    () =>
      'The growers’ pitch is freshness and provenance. Imported tea, they argue, is often blended and stored for months; theirs is picked, processed and packed within a few kilometres.',
  ],
  background: [
    () =>
      'Tea arrived in the Lənkəran area in the early twentieth century, and by the 1980s it was a major industry, with state farms and factories employing thousands. The collapse of the Soviet market left most of them idle within a few years.',
    () =>
      'The government has offered subsidies for new tea plantations and cheaper loans for processing equipment. Growers say the support has helped, but that marketing — persuading shoppers to choose local tea — is the harder part.',
  ],
  quotes: [
    { by: 0, says: () => 'My grandmother picked tea here. My mother left for Baku. I came back because I believed this land could still produce something special. Most days I still believe it.' },
    { by: 1, says: () => 'It is hard work, bent over all morning. But the pay is better than it was, and the owners know now that without us there is no tea.' },
    { by: 2, says: () => 'Every glass of imported tea is a glass we could have grown. We do not need to replace all of it. Even a little more would change life in these villages.' },
  ],
  list: {
    intro: () => 'From bush to glass:',
    items: [
      () => '**Picking:** two leaves and a bud, by hand, in the morning',
      () => '**Withering:** leaves rest on racks for several hours to soften',
      () => '**Rolling:** machines twist the leaves to release their juices',
      () => '**Oxidising and drying:** the leaves darken, then are dried in hot air',
      () => '**Sorting and packing:** by grade, often within a day of picking',
    ],
    ordered: true,
  },
  subheads: ['On the terraces', 'A local brand'],
  closing: () =>
    'The growers’ union is lobbying for a protected designation for Lənkəran tea, which would allow only leaf grown and processed in the region to carry the name.',
});

export const businessKinds: KindDefinition[] = [prices, factory, harvest, banking, tourism, teaTerraces];
