import type { Random } from '../random';
import {
  AGENCY_CREDIT, REGIONAL_PLACES, STAFF_CREDIT, count, defineKind, manat, thousands,
  type KindDefinition, type SectionDesk,
} from './kit';

/** Nation: roads, water, schools, hospitals and weather in the cities and districts. */

export const nationDesk: SectionDesk = {
  name: 'Nation',
  slug: 'nation',
  description: 'Cities, regions and the public services people rely on across Azerbaijan.',
  authorSlugs: ['ferid-huseynzade', 'aynur-memmedova', 'konul-ismayilova'],
  themes: {
    regions: {
      expertRoles: [
        'an urban planner at Xəzər Technical University',
        'a researcher at the Caspian Policy Institute who studies regional public services',
        'a former district official who now advises municipal councils',
        'a sociologist at the Absheron Institute for Social Research',
      ],
      background: [
        ({ place }) =>
          `${place.name} is one of dozens of districts covered by the government’s regional development programme, which pays for roads, water networks and public buildings outside the capital. Officials say the aim is to give young families a reason to stay; critics say the money too often goes on façades rather than on the pipes and classrooms behind them.`,
        () =>
          'The number of people registered as living in Baku has grown steadily for two decades, and regional officials talk openly about the pressure that puts on them. When a district loses its teachers, nurses and mechanics to the capital, every public service becomes harder to staff — and a new building counts for little without people to run it.',
        ({ place }) =>
          `Municipal councils, elected separately from the district executive authorities appointed by the centre, have small budgets and few powers. In ${place.name}, as elsewhere, residents tend to take complaints straight to the executive authority, and councillors say they are often left explaining decisions they did not make.`,
        () =>
          'The Chamber of Accounts, which audits public spending, has repeatedly criticised the way regional projects are tendered, noting in its last annual report that a handful of contractors win a large share of the work and that maintenance is rarely budgeted beyond the first year.',
        ({ place }) =>
          `Remittances and pensions still make up a large part of household income in ${place.name}, according to the State Statistical Committee, and a rise in the cost of basic services is felt quickly. Shopkeepers in the town centre said customers had become more careful with money over the past year.`,
        () =>
          'Officials point to a national hotline for complaints about public services, which they say now receives several thousand calls a month. Its figures are not published in full, but the categories that are released show utilities and road repairs at the top of the list year after year.',
        ({ place }) =>
          `Much of the infrastructure in ${place.name} dates from the 1970s and 1980s, when the district was planned around collective farms and a few large factories. Many of those employers have gone, but the network of roads, pumping stations and boiler houses they left behind still has to be maintained.`,
        () =>
          'Public consultation on local projects remains thin. Plans are usually published on the district executive authority’s website a few weeks before work begins, and public hearings, where they are held at all, tend to take place during working hours in the administration building.',
        ({ place }) =>
          `Younger residents of ${place.name} increasingly organise through neighbourhood chat groups, sharing photographs of potholes, burst pipes and overflowing bins. Several officials said privately that the groups had become one of the quickest ways to learn what was going wrong.`,
        () =>
          'The government has promised to publish a single register of public construction contracts, searchable by district, so that residents can see who is building what and for how much. A first version was due to go online this year but has not yet appeared.',
      ],
      expertQuotes: [
      ({ expert }) =>
        `${expert.name}, ${expert.role}, said the pattern was familiar. “Big projects are announced in the capital, designed in the capital and then handed to a district that was never asked what it needed,” ${expert.he} said. “Maintenance is where it goes wrong. Nobody budgets for year five.”`,
      ({ expert, place }) =>
        `“The question is not whether ${place.name} deserves the investment — of course it does,” said ${expert.name}, ${expert.role}. “The question is whether anyone will still be paying to look after it when the ribbon-cutting is forgotten.”`,
      ({ expert }) =>
        `${expert.name}, ${expert.role}, said the improvements were real but uneven. “People notice the new asphalt and the new façades,” ${expert.he} said. “They also notice when the water still comes for four hours a day. Public trust is built on the boring things.”`,
        ({ expert }) =>
          `“Every district wants the same three things: water that runs, roads that last and jobs that keep the young people here,” said ${expert.name}, ${expert.role}. “Projects like this one deliver the first two, at best. The third is harder.”`,
        ({ expert }) =>
          `${expert.name}, ${expert.role}, said residents were right to ask questions. “Public money should come with public information,” ${expert.he} said. “When the plans, the contracts and the final bill are published, people argue less and trust more.”`,
      ],
    },
    services: {
      expertRoles: [
      'a researcher at the Caspian Policy Institute who studies public services',
      'a former deputy health minister who now teaches public policy',
      'a sociologist at the Absheron Institute for Social Research',
      ],
      background: [
        () =>
          'Public-sector salaries have risen several times over the past decade, but surveys of teachers and doctors in the regions consistently put pay, housing and the lack of opportunities for their own children at the top of their reasons for leaving.',
        () =>
          'One-stop public service centres, now open in most large towns, have made it far easier to apply for documents and benefits. Officials say similar changes are planned for hospitals and schools, starting with online appointments and enrolment.',
        ({ place }) =>
          `Family networks still do much of the work that public services cannot. In ${place.name}, as in other towns, grandparents look after children while parents work, and relatives in Baku put up patients who travel to the capital for treatment.`,
      ],
      expertQuotes: [
      ({ expert }) =>
        `${expert.name}, ${expert.role}, said buildings were the easy part. “You can build a school or a hospital wing in a year. Training a specialist takes many more, and persuading one to move to a small town can take forever,” ${expert.he} said. “That is where the next decade’s money has to go.”`,
      ({ expert }) =>
        `“People judge a public service by whether someone picks up the phone and whether the person who answers can help,” said ${expert.name}, ${expert.role}. “New equipment is welcome, but it is staff and management that decide that.”`,
        ({ expert }) =>
          `“Outside the capital, the question is never only whether a service exists, but whether people can reach it,” said ${expert.name}, ${expert.role}. “A clinic forty minutes away by shared taxi is, for many families, a clinic that does not exist.”`,
        ({ expert }) =>
          `${expert.name}, ${expert.role}, said pay was only part of the answer. “Young professionals go where their own children can get a good education and where their partners can find work,” ${expert.he} said. “Towns that want doctors and teachers need to offer a life, not just a post.”`,
      ],
    },
    city: {
      expertRoles: [
      'a transport planner who has advised the city authorities',
      'an urban planner at Xəzər Technical University',
      ],
      background: [
        () =>
          'Car ownership in Baku has roughly doubled in fifteen years, according to official figures, and the number of vehicles entering the city each morning from the suburbs and from Sumqayıt has grown faster than the roads.',
        () =>
          'City planners have promised a shift towards public transport, walking and cycling for years. Pavements have been widened in the centre and a few cycle lanes painted, but outside the centre most streets are still designed around the car.',
        () =>
          'Parking is a constant source of friction. Paid parking zones have spread across the centre, and residents of older courtyards complain that their yards have become car parks for office workers.',
      ],
      expertQuotes: [
      ({ expert }) =>
        `${expert.name}, ${expert.role}, said the changes were overdue. “Every city that has tamed its traffic did it the same way: buses that are faster than cars, and parking that is not free,” ${expert.he} said. “Baku knows this. The question is whether it has the nerve.”`,
      ({ expert }) =>
        `“The metro is the best thing the city has, and it reaches too few people,” said ${expert.name}, ${expert.role}. “Each new station changes the life of a whole district. We need them faster.”`,
        ({ expert }) =>
          `“Most people do not choose the car because they love traffic,” said ${expert.name}, ${expert.role}. “They choose it because the alternative is worse. Make the bus reliable and a lot of them will switch.”`,
        ({ expert }) =>
          `${expert.name}, ${expert.role}, said the city needed to plan transport and housing together. “We keep building new districts first and asking how people will get to work afterwards,” ${expert.he} said. “It should be the other way round.”`,
      ],
    },
    weather: {
      expertRoles: [
      'a climatologist at Xəzər Technical University',
      'a civil engineer who specialises in urban drainage',
      ],
      background: [
        () =>
          'The National Hydrometeorology Service says extreme weather — intense rain, strong wind and long heatwaves — has become more frequent over the past two decades, in line with climate trends across the Caucasus.',
        () =>
          'Drainage in many towns was built for a different climate and a smaller population. Engineers say storm drains in older neighbourhoods are often blocked with rubbish and silt, and that new construction has covered ground that once soaked up rain.',
        () =>
          'Building inspectors have repeatedly warned about unauthorised additions to older apartment blocks — enclosed balconies, rooftop rooms, heavy satellite dishes — which can become dangerous in high wind.',
      ],
      expertQuotes: [
      ({ expert }) =>
        `${expert.name}, ${expert.role}, said such events should no longer be treated as freaks. “What used to happen once in twenty years now happens every few years,” ${expert.he} said. “Our drains, roofs and power lines were designed for the old climate.”`,
      ({ expert }) =>
        `“Warnings only work if people know what to do when they get one,” said ${expert.name}, ${expert.role}. “We are good at forecasting now. We are not yet good at preparing.”`,
        ({ expert }) =>
          `“The cost of preparing is always lower than the cost of cleaning up,” said ${expert.name}, ${expert.role}. “Clearing drains before the rain and checking roofs before the wind are not glamorous jobs, but they save money and lives.”`,
        ({ expert }) =>
          `${expert.name}, ${expert.role}, said towns needed to record where the damage happened. “Every storm shows you the weak points — the same streets flood, the same roofs fail,” ${expert.he} said. “Write that down and fix it, and the next storm does less harm.”`,
      ],
    },
    rural: {
      expertRoles: [
      'an agricultural economist at the Caspian Policy Institute',
      'a researcher who studies rural tourism at Xəzər Technical University',
      ],
      background: [
        () =>
          'Farming still employs more than a third of the country’s workforce, most of it on small family plots created when collective farms were broken up in the 1990s.',
        () =>
          'Mountain villages have seen a slow return in recent years, helped by new roads, gas connections and mobile internet that lets some residents work remotely. Officials hope guesthouses and farm tourism will keep the trend going.',
        () =>
          'Growers say their biggest problems are the lack of storage and processing, which forces them to sell at harvest when prices are lowest, and their dependence on a small number of traders who buy for export.',
      ],
      expertQuotes: [
      ({ expert }) =>
        `${expert.name}, ${expert.role}, said the villages showed what small investments could do. “A road, a gas pipe and a mobile mast — that is often the difference between a village that empties and one that survives,” ${expert.he} said.`,
      ({ expert }) =>
        `“Co-operatives have a bad name here because of the Soviet past,” said ${expert.name}, ${expert.role}. “But a group of farmers sharing a cold store is simply good business. It gives them time, and time is money in the fruit trade.”`,
        ({ expert }) =>
          `“Guesthouses work best when they grow out of real farms and real villages,” said ${expert.name}, ${expert.role}. “Visitors come for the apples, the bread and the people. If the village empties, there is nothing left to visit.”`,
        ({ expert }) =>
          `${expert.name}, ${expert.role}, said the next step was processing. “Dried fruit, juice, jam — every tonne processed in the district instead of sold raw keeps more money in the villages,” ${expert.he} said.`,
      ],
    },
  },
  subheads: ['A familiar pattern', 'The wider picture', 'Beyond the capital'],
  figure: {
    key: 'figure-nation-street',
    label: 'Regional high street',
    alt: 'A high street in a regional town with low shopfronts, plane trees and parked cars.',
    caption: 'A high street in a regional town, where shopkeepers say customers have become more careful with money.',
    credit: STAFF_CREDIT('Ramin Novruzov'),
    aspect: '3:2',
  },
};

const CONTRACTORS = ['Qafqaz Yol Tikinti', 'Kür Infrastructure Group', 'Şahdağ Engineering', 'Abşeron Körpü Tikinti'];

const roadBridge = defineKind({
  id: 'road-bridge',
  section: 'nation',
  tags: ['transport', 'local-government'],
  places: ['gence', 'seki', 'quba', 'lenkeran', 'samaxi', 'zaqatala', 'sirvan', 'qebele'],
  hero: {
    key: 'hero-road-bridge',
    label: 'New river bridge',
    alt: 'A new concrete road bridge with four lanes crossing a shallow river, hills in the distance.',
    caption: 'A new four-lane road bridge on one of the main routes out of the capital.',
    credit: STAFF_CREDIT('Ramin Novruzov'),
    aspect: '16:9',
  },
  themes: ['regions'],
  speakers: [
    ({ place }) => `head of the ${place.name} district executive authority’s transport department`,
    () => 'a taxi driver who has worked the route for almost twenty years',
    () => 'a spokesperson for the State Roads Agency',
  ],
  vars: (r: Random) => ({
    km: r.int(12, 48),
    cost: r.float(18, 96, 1),
    minutes: r.int(15, 45),
    months: r.int(4, 14),
    lorries: r.int(18, 52) * 100,
    contractor: r.pick(CONTRACTORS),
    fine: r.float(0.4, 2.6, 1),
  }),
  angles: [
    {
      headline: ({ place, v }) => `New bridge over ${place.river} cuts the drive from ${place.name} to Baku by ${v.minutes} minutes`,
      standfirst: ({ v }) => `The ${v.km}-kilometre upgrade opened ${count(v.months)} months later than promised, but drivers say the wait was worth it.`,
      lede: ({ place, v }) =>
        `Traffic began crossing the new four-lane bridge over ${place.river} at first light, ending ${count(v.months)} months of detours for drivers travelling between ${place.name} and the capital and cutting about ${v.minutes} minutes from a journey many make every day.`,
      quote: { by: 1, says: () => 'The first morning I crossed it, I looked at the clock twice. I used to spend forty minutes queueing at the old bridge. Now I am on the other side before the radio news has finished.' },
    },
    {
      headline: ({ place, v }) => `${place.name} bypass finally opens, taking ${thousands(v.lorries)} lorries a day out of the old town`,
      standfirst: ({ place }) => `Residents of ${place.name}’s narrow central streets have waited a decade for heavy traffic to be routed around them.`,
      lede: ({ place, v }) =>
        `For the first time in living memory, the lorries have gone quiet on ${place.name}’s main street. The ${v.km}-kilometre bypass that opened this week is expected to take about ${thousands(v.lorries)} heavy vehicles a day away from the old town, its schools and its crumbling pavements.`,
      quote: { by: 0, says: ({ place }) => `The old town was never built for lorries. Every crack in the walls along the main street in ${place.name} was made by one. From today, the children walking to school will breathe different air.` },
    },
    {
      headline: ({ place, v }) => `Residents of ${place.name} ask why a ${v.km}-kilometre road cost ${manat(v.cost)}`,
      standfirst: () => 'The final bill is well above the first estimate, and the district has published only a summary of the contract.',
      lede: ({ place, v }) =>
        `A road upgrade outside ${place.name} has cost ${manat(v.cost)}, according to figures released by the district executive authority, prompting residents and two municipal councillors to ask why the bill rose so far above the estimate published when work began.`,
      quote: { by: 0, says: () => 'I understand why people ask. The price rose because steel rose, because the ground was harder than the survey said, and because we had to compensate families along the route. Every figure is in the summary we published, and I will answer any question about it.' },
    },
    {
      headline: ({ v }) => `Contractor ${v.contractor} fined over delays on northern road project`,
      standfirst: ({ v }) => `The State Roads Agency has withheld ${manat(v.fine)} from the builder, which blames the weather and late deliveries of steel.`,
      lede: ({ place, v }) =>
        `The State Roads Agency has fined the contractor ${v.contractor} ${manat(v.fine)} for missing deadlines on the road and bridge project near ${place.name}, in one of the few public penalties the agency has imposed on a builder in recent years.`,
      quote: { by: 2, says: ({ v }) => `The fine is not a punishment for its own sake. ${v.contractor} signed a contract with dates in it, and those dates matter to the people who use this road every day.` },
    },
  ],
  paragraphs: [
    ({ place, v }) =>
      `The project, built by ${v.contractor}, replaces a two-lane Soviet-era crossing that had been limited to light vehicles since inspectors found cracks in its piers. Since then, buses and lorries serving ${place.name} have been forced onto a detour through villages whose roads were never designed for them.`,
    ({ v }) =>
      `According to the State Roads Agency, the work included ${v.km} kilometres of resurfaced road, new drainage channels, lighting at the main junctions and two pedestrian underpasses. Officials said the road had been designed for a 30-year life with routine maintenance.`,
    ({ place }) =>
      `Shop owners along the old route through ${place.name} are less enthusiastic. Several said they expected to lose passing trade now that travellers no longer need to slow down through the centre, and asked the municipality to put up signs directing visitors back into town.`,
    ({ v }) =>
      `The final cost, ${manat(v.cost)}, includes compensation paid to owners of land and buildings along the route. The district has published a summary of the contract on its website but not the full document, which officials said contained commercially sensitive information.`,
  ],
  background: [
    ({ place }) =>
      `The old crossing over ${place.river} was built in the 1960s and had been patched repeatedly. Engineers who inspected it said the steel in its piers had corroded after decades of water seeping through cracked concrete, and that a serious accident was only a matter of time.`,
    ({ place }) =>
      `The route is one of the main links between ${place.name} and the national highway network, used by farmers taking produce to Baku markets and by tourists heading for the mountains. Traffic on it has roughly doubled in a decade, according to the State Roads Agency.`,
  ],
  quotes: [
    { by: 0, says: () => 'We know people were angry about the delays. The soil on the eastern bank was softer than the survey suggested, and we had to drive the piles eight metres deeper. I would rather open it late than open it twice.' },
    { by: 1, says: () => 'Before, I left at six to be sure of reaching Baku by ten. Now I can have breakfast with my children. That is what a road means to people like me.' },
    { by: 2, says: () => 'Every contract carries penalties for delay, and we apply them. We also have to be fair: some of the problems on this site were not the contractor’s fault.' },
  ],
  list: {
    intro: () => 'What changes for drivers:',
    items: [
      ({ v }) => `**Speed limit:** 90 km/h on the new section, with average-speed cameras over ${Math.max(4, Math.round(v.km / 3))} kilometres.`,
      () => '**Heavy vehicles:** lorries over 12 tonnes must use the new road and are banned from the town centre between 7am and 10pm.',
      () => '**Old bridge:** closed to motor traffic and to be reopened as a footbridge once repairs are complete.',
      () => '**Buses:** intercity services will stop at a new shelter by the roundabout rather than in the central square.',
      () => '**Tolls:** none; officials have ruled out charging on the route.',
    ],
  },
  statement: {
    intro: () => 'In a written statement, the State Roads Agency said:',
    text: ({ place }) =>
      `The ${place.name} section was delivered to the required standard and has passed its final inspection. The agency will monitor the structure closely during its first year of service and will publish the results of that monitoring.`,
  },
  subheads: ['Building the road', 'What comes next'],
  closing: ({ place }) =>
    `Officials said work on the next section, linking the road to villages north of ${place.name}, would be put out to tender within months. Residents said they would believe it when they saw the machines.`,
});

const waterSupply = defineKind({
  id: 'water-supply',
  section: 'nation',
  tags: ['water', 'local-government'],
  places: REGIONAL_PLACES,
  hero: {
    key: 'hero-water-pipes',
    label: 'Water main works',
    alt: 'Workers in orange overalls lowering a blue water pipe into a trench beside a village road.',
    caption: 'Workers lay a new water main beside a village road.',
    credit: AGENCY_CREDIT,
    aspect: '3:2',
  },
  themes: ['regions'],
  speakers: [
    ({ place }) => `director of the ${place.name} water utility`,
    () => 'a retired schoolteacher who lives on the edge of town',
    () => 'a member of the municipal council',
  ],
  vars: (r: Random) => ({
    villages: r.int(7, 26),
    households: r.int(40, 190) * 100,
    hours: r.int(4, 9),
    pipeKm: r.int(18, 140),
    cost: r.float(6, 48, 1),
    weeks: r.int(3, 8),
  }),
  angles: [
    {
      headline: ({ place, v }) => `Round-the-clock water promised for ${v.villages} villages around ${place.name}`,
      standfirst: ({ v }) => `A new main and reservoir should end years of rationing for ${thousands(v.households)} households, if the work finishes on time.`,
      lede: ({ place, v }) =>
        `Households in ${v.villages} villages around ${place.name} should have running water around the clock for the first time in years once a new main and storage reservoir are connected, the district’s water utility said, ending a rationing system under which many taps run for only ${count(v.hours)} hours a day.`,
      quote: { by: 0, says: () => 'For the first time we will have more water going into the network than people take out of it. Once the new reservoir is full, we can switch off the rota street by street.' },
    },
    {
      headline: ({ place, v }) => `${place.name} households face ${v.weeks} weeks of water rationing while main is replaced`,
      standfirst: () => 'The utility is publishing a street-by-street rota and sending tankers to schools and the hospital.',
      lede: ({ place, v }) =>
        `Water will be rationed across much of ${place.name} for about ${count(v.weeks)} weeks while engineers replace the town’s main supply pipe, the local utility said, warning residents to store water and check the published rota for their street.`,
      quote: { by: 0, says: () => 'Nobody likes rationing, and we are sorry for the inconvenience. But the old main is held together with clamps. If we do not replace it now, we will be doing emergency repairs every week for years to come.' },
    },
    {
      headline: ({ place }) => `“We plan our lives around the tap”: ${place.name} waits for a water system that works`,
      standfirst: ({ v }) => `Families in the district still get water for ${count(v.hours)} hours a day. A rebuilt network is due to change that.`,
      lede: ({ place, v }) =>
        `In the villages outside ${place.name}, every household knows the schedule by heart. The water comes in the morning and again for a while in the evening — about ${count(v.hours)} hours in all — and everything from washing to cooking is planned around it.`,
      quote: { by: 1, says: () => 'I fill the buckets at six in the morning, before the pressure drops, and I do the washing when the water comes back in the evening. My whole day is arranged around a pipe.' },
    },
  ],
  paragraphs: [
    ({ v }) =>
      `The project involves laying ${v.pipeKm} kilometres of new pipe, replacing asbestos-cement mains laid in the 1960s, and building a covered reservoir on high ground so that water can reach the upper streets by gravity rather than by pumps that fail whenever the power does.`,
    ({ v }) =>
      `The work is costing ${manat(v.cost)} and is being paid for from the state budget, with a smaller share from a development bank loan. Officials said households would be fitted with meters free of charge as the new connections were made.`,
    ({ place }) =>
      `Leaks are the main problem. Engineers estimate that more than a third of the water leaving the pumping station in ${place.name} never reaches a tap, lost through cracked pipes and illegal connections to gardens and orchards.`,
    () =>
      'Residents have learned to cope. Most houses have a tank on the roof or in the yard, and electric pumps that draw water from the mains as soon as the supply comes on — which, neighbours complain, leaves those further down the line with even less.',
  ],
  background: [
    ({ place }) =>
      `Most of ${place.name}’s water comes from wells and springs in the hills, piped through a network built for a much smaller town. As new houses spread across former farmland, the network was extended piecemeal, often by residents themselves with whatever pipe they could find.`,
    () =>
      'Water bills are low by regional standards, but collection is patchy, and many households without meters pay a flat fee however much they use. Utility officials say metering is essential if the network is ever to pay for its own upkeep.',
  ],
  quotes: [
    { by: 0, says: ({ v }) => `The old network was losing water faster than we could pump it. Once the new main is in, we can stop rationing and start charging people for what they actually use. We are aiming for ${count(v.weeks)} weeks, and we will tell people honestly if that changes.` },
    { by: 1, says: () => 'I have lived here for forty years and I have heard this promise before. I hope this time is different. My grandchildren should not have to carry buckets.' },
    { by: 2, says: () => 'The council asked for a public meeting before the work started and was told there was no time. Residents deserve to know which streets will be dug up and when.' },
  ],
  list: {
    intro: () => 'The utility’s advice while work continues:',
    items: [
      () => 'Check the rota for your street on the utility’s website or on the notice at your local mosque or school.',
      () => 'Store enough water for two days, in clean covered containers.',
      () => 'Report leaks and illegal connections on the hotline; reports can be anonymous.',
      () => 'Boil tap water for drinking for 24 hours after the supply returns.',
      () => 'Households with elderly or disabled members can ask for priority tanker deliveries.',
    ],
    ordered: true,
  },
  subheads: ['Leaks and rationing', 'When the taps will run'],
  closing: ({ place }) =>
    `The utility said it would publish weekly progress reports and a map of completed streets. A second phase, covering the industrial zone south of ${place.name}, is planned but not yet funded.`,
});

const schoolOpening = defineKind({
  id: 'school',
  section: 'nation',
  tags: ['education'],
  places: REGIONAL_PLACES,
  hero: {
    key: 'hero-school-classroom',
    label: 'New classroom',
    alt: 'Pupils in a bright classroom with new desks raise their hands while a teacher stands at a whiteboard.',
    caption: 'Pupils in one of the new classrooms on their first day.',
    credit: STAFF_CREDIT('Leyla Həsənova'),
    aspect: '4:3',
  },
  themes: ['services', 'regions'],
  speakers: [
    () => 'the school’s head teacher',
    { role: () => 'a mother of two pupils', pronoun: 'she' },
    ({ place }) => `head of the ${place.name} education department`,
  ],
  vars: (r: Random) => ({
    pupils: r.int(6, 16) * 100,
    classrooms: r.int(24, 60),
    school: r.int(3, 48),
    vacancies: r.int(12, 70),
    cost: r.float(4, 19, 1),
    shifts: r.int(2, 3),
  }),
  angles: [
    {
      headline: ({ place, v }) => `New school for ${thousands(v.pupils)} pupils ends double shifts in ${place.name}`,
      standfirst: () => 'Children who had classes in the afternoon and evening will now start at eight like everyone else.',
      lede: ({ place, v }) =>
        `A new school with ${v.classrooms} classrooms opened its doors in ${place.name}, allowing about ${thousands(v.pupils)} pupils who had been taught in ${v.shifts === 2 ? 'two' : 'three'} shifts in an overcrowded building to study during normal school hours for the first time in years.`,
      quote: { by: 0, says: () => 'For years our youngest pupils came in at two in the afternoon and left in the dark. Now they have the morning, when they are fresh. You can see the difference in their faces already.' },
    },
    {
      headline: ({ place, v }) => `${place.name} schools start term with ${v.vacancies} teaching posts unfilled`,
      standfirst: () => 'Mathematics, physics and English are hardest to staff, and head teachers are covering lessons themselves.',
      lede: ({ place, v }) =>
        `Schools in ${place.name} have ${v.vacancies} vacant teaching posts, according to the district education department, with mathematics, physics and English the hardest subjects to fill and several head teachers saying they are covering classes themselves.`,
      quote: { by: 2, says: ({ v }) => `We are recruiting, but we cannot invent physics teachers. There are ${v.vacancies} posts open in the district, and we are offering housing support to anyone who will come.` },
    },
    {
      headline: ({ place, v }) => `School No ${v.school} in ${place.name} reopens after ${manat(v.cost)} rebuild`,
      standfirst: () => 'The building had been declared unsafe after engineers found cracks in its walls.',
      lede: ({ place, v }) =>
        `School No ${v.school} in ${place.name}, closed for more than a year after engineers found cracks in its load-bearing walls, has reopened after a rebuild costing ${manat(v.cost)}, its pupils returning from temporary classrooms in a former cultural centre across town.`,
      quote: { by: 0, says: () => 'We spent a year in borrowed rooms across town, with the children carrying their chairs from one hall to another. Coming home to a safe building feels like a holiday.' },
    },
    {
      headline: ({ place }) => `Parents in ${place.name} push back against plan to merge village schools`,
      standfirst: () => 'The education department says small schools cannot offer a full curriculum. Families fear long bus journeys.',
      lede: ({ place, v }) =>
        `Parents in villages around ${place.name} have collected signatures against a plan to close several small schools and bus about ${thousands(Math.round(v.pupils / 2))} children to a larger school in town, arguing that the journey would be too long and the roads too dangerous in bad weather.`,
      quote: { by: 1, says: () => 'My daughter is seven. I am not putting her on a bus for an hour each way on a mountain road in the dark. Keep the village school open and send us teachers instead.' },
    },
  ],
  paragraphs: [
    ({ v }) =>
      `The building has a gymnasium, a laboratory for chemistry and physics, a library and a canteen, as well as ramps and a lift for pupils with disabilities. Classes are capped at ${20 + (v.school % 8)} pupils, compared with more than 35 in some rooms of the old school.`,
    () =>
      'Teachers’ pay has risen in recent years, but starting salaries remain modest, and young graduates from regional towns often take private tutoring work in Baku rather than return home. Those who do come back frequently combine a school post with private lessons in the evenings.',
    ({ place }) =>
      `Private tutoring is almost universal among pupils preparing for the university entrance exams, and parents in ${place.name} said they spent a large share of their income on it. “School is where you go, tutoring is where you learn,” one father said, echoing a common complaint.`,
    () =>
      'The education ministry has introduced a bonus for teachers who move to rural schools and a faster route into the profession for graduates in shortage subjects, but officials acknowledge that the effect has so far been limited.',
  ],
  background: [
    () =>
      'The old building, a three-storey block from the 1970s, had been designed for half the number of pupils it eventually held. In recent years classes were taught in corridors, a converted cloakroom and, at one point, the head teacher’s office.',
    ({ place }) =>
      `Families have been moving from the villages to the edges of ${place.name} for years, leaving village schools half-empty while those in town overflow. Officials say the district needs at least three new schools over the next decade.`,
  ],
  quotes: [
    { by: 0, says: () => 'A school is more than a building, but the building matters. When children see that someone has invested in them, they start to behave as if they are worth it.' },
    { by: 1, says: () => 'My son was studying in a corridor last year. I cried when I saw the new classroom — not because it is beautiful, but because it is normal.' },
    { by: 2, says: () => 'Every child in this district deserves a proper classroom and a qualified teacher. We are closer to that than we were five years ago, but we are not there yet.' },
  ],
  list: {
    intro: () => 'The school at a glance:',
    items: [
      ({ v }) => `${v.classrooms} classrooms, including two computer rooms`,
      () => 'A gymnasium and an outdoor sports pitch open to local clubs at weekends',
      () => 'A canteen serving free lunches to pupils in the first four grades',
      () => 'Ramps, a lift and adapted toilets on every floor',
      () => 'A library with a reading room that will open to residents in the evenings',
    ],
  },
  subheads: ['Classrooms and teachers', 'The next school year'],
  closing: ({ place }) =>
    `The education department said two more schools in the ${place.name} area were due to be rebuilt, and that it would consult parents before deciding which village schools, if any, would close.`,
});

const hospital = defineKind({
  id: 'hospital',
  section: 'nation',
  tags: ['health'],
  places: REGIONAL_PLACES,
  hero: {
    key: 'hero-hospital-wing',
    label: 'Hospital ward',
    alt: 'A newly equipped hospital ward with beds, monitors and a nurse checking a chart.',
    caption: 'A ward in one of the regional hospitals re-equipped under the national health programme.',
    credit: STAFF_CREDIT('Leyla Həsənova'),
    aspect: '3:2',
  },
  themes: ['services', 'regions'],
  speakers: [
    () => 'the hospital’s chief physician',
    () => 'a nurse who has worked at the hospital for fifteen years',
    { role: () => 'a patient who travelled from a nearby village', pronoun: 'she' },
  ],
  vars: (r: Random) => ({
    beds: r.int(16, 60),
    doctors: r.int(6, 24),
    minutes: r.int(18, 55),
    cost: r.float(7, 38, 1),
    ward: r.pick(['cardiology', 'maternity', 'children’s', 'dialysis', 'emergency']),
    patients: r.int(20, 90) * 100,
  }),
  angles: [
    {
      headline: ({ place, v }) => `${place.name} hospital opens ${v.ward} unit, sparing patients the trip to Baku`,
      standfirst: ({ v }) => `The ${v.beds}-bed unit is staffed by ${count(Math.min(v.doctors, 10))} new specialists, some returning from the capital.`,
      lede: ({ place, v }) =>
        `Patients in ${place.name} who once faced a long drive to Baku for specialist care can now be treated close to home after the district hospital opened a ${v.beds}-bed ${v.ward} unit, equipped and staffed under the national health programme.`,
      quote: { by: 0, says: ({ v }) => `Until now, a patient who needed the ${v.ward} unit had one option: a long drive to Baku and a family that could afford it. Today that patient stays here, near the people who love them.` },
    },
    {
      headline: ({ place, v }) => `Ambulances in ${place.name} take ${v.minutes} minutes on average to reach villages`,
      standfirst: () => 'Health officials say new vehicles and a second station will bring the time down. Paramedics say they need more crews.',
      lede: ({ place, v }) =>
        `An ambulance called to a village outside ${place.name} takes an average of ${v.minutes} minutes to arrive, according to figures from the district health authority, far longer than the target set when the emergency service was reorganised.`,
      quote: { by: 1, says: () => 'When a call comes from the high villages, we know it will take us most of an hour. We drive as fast as the road allows, and we hope the patient can wait.' },
    },
    {
      headline: ({ place }) => `Doctors wanted: ${place.name} offers flats and bonuses to fill hospital posts`,
      standfirst: ({ v }) => `The hospital has ${v.doctors} vacancies, mostly for anaesthetists, radiologists and paediatricians.`,
      lede: ({ place, v }) =>
        `The district hospital in ${place.name} is offering rent-free flats and a salary bonus to doctors willing to move from the capital, as it tries to fill ${v.doctors} vacancies that have left some departments relying on visiting specialists one or two days a week.`,
      quote: { by: 0, says: () => 'We are offering a flat, a bonus and the chance to be the specialist a whole district depends on. For a young doctor, that is worth more than a corridor in a big Baku hospital.' },
    },
  ],
  paragraphs: [
    ({ v }) =>
      `The unit treated its first patients within hours of opening. Staff said they expected to see about ${thousands(v.patients)} people a year, many of whom would previously have been referred to hospitals in the capital at considerable cost to their families.`,
    ({ v }) =>
      `The refurbishment cost ${manat(v.cost)}, covering new operating theatres, imaging equipment and a backup generator. Under the compulsory health insurance scheme, most treatment is free at the point of use, although patients still report paying informally for medicines and for nurses’ attention.`,
    () =>
      'Staffing, not equipment, is the main constraint. Regional hospitals compete with private clinics in Baku that pay several times the state salary, and young doctors who train in the capital often have little reason to leave.',
    ({ place }) =>
      `Families in ${place.name} describe long journeys by shared taxi to reach specialists, often with a relative in tow and an overnight stay in the capital. For older patients in particular, officials said, the distance meant treatment was delayed or abandoned.`,
  ],
  background: [
    () =>
      'The hospital building, opened in the 1980s, had not been fully renovated since. Until recently its operating theatres relied on equipment donated by aid agencies in the 1990s, and patients were routinely asked to buy their own dressings and medicines.',
    () =>
      'Compulsory health insurance, introduced nationwide a few years ago, was meant to end informal payments by funding hospitals according to the treatment they provide. Doctors say it has helped, but that regional hospitals are still paid too little for complex cases.',
  ],
  quotes: [
    { by: 0, says: () => 'The equipment here is as good as anything in Baku. What we need now is people. A scanner without a radiologist is an expensive piece of furniture.' },
    { by: 1, says: () => 'I have seen patients arrive too late because the family could not afford the journey to the capital. If this unit saves one of those, it has paid for itself.' },
    { by: 2, says: () => 'Last time my husband needed a check-up we left at five in the morning and came back at midnight. Today it took me forty minutes.' },
  ],
  list: {
    intro: ({ v }) => `What the new ${v.ward} unit offers:`,
    items: [
      ({ v }) => `${v.beds} beds, including an intensive care section`,
      () => 'Round-the-clock specialist cover, with remote consultations with Baku hospitals',
      () => 'A day clinic for follow-up appointments, bookable by telephone',
      () => 'Free treatment under compulsory health insurance for registered residents',
    ],
  },
  subheads: ['Staff, not scanners', 'What patients can expect'],
  closing: ({ place }) =>
    `The health authority said it would review waiting times at the ${place.name} hospital after six months and publish the results. A second ambulance station, on the main road out of town, is due to open next year.`,
});

const bakuTransport = defineKind({
  id: 'baku-transport',
  section: 'nation',
  tags: ['transport'],
  places: ['baku'],
  hero: {
    key: 'hero-baku-bus',
    label: 'Baku city bus',
    alt: 'A blue articulated city bus pulls into a stop on a wide avenue lined with stone buildings.',
    caption: 'A city bus on one of Baku’s main avenues.',
    credit: STAFF_CREDIT('Ramin Novruzov'),
    aspect: '16:9',
  },
  themes: ['city'],
  speakers: [
    () => 'deputy head of the Baku Transport Agency',
    () => 'a commuter who travels in from the Abşeron suburbs every day',
    () => 'a bus driver on one of the busiest routes',
  ],
  vars: (r: Random) => ({
    buses: r.int(40, 220),
    stations: r.int(2, 5),
    minutes: r.int(8, 25),
    passengers: r.int(12, 60) * 1000,
    km: r.float(4, 14, 1),
    route: r.int(5, 199),
  }),
  angles: [
    {
      headline: ({ v }) => `Baku to add ${v.buses} electric buses as city tackles rush-hour gridlock`,
      standfirst: () => 'The first vehicles will run on routes into the centre from the northern suburbs.',
      lede: ({ v }) =>
        `Baku will put ${v.buses} electric buses into service on its busiest routes, the city’s transport agency said, as part of an effort to persuade commuters out of cars that now clog the capital’s main avenues for much of the day.`,
      quote: { by: 0, says: () => 'Electric buses are quieter, cleaner and cheaper to run. But the real change is the timetable: we want people to stop checking their watches and start trusting the bus.' },
    },
    {
      headline: ({ v }) => `Metro extension adds ${count(v.stations)} stations but leaves the airport for later`,
      standfirst: ({ v }) => `The ${v.km}-kilometre line will serve ${thousands(v.passengers)} passengers a day, officials forecast.`,
      lede: ({ v }) =>
        `Baku’s metro is to grow by ${count(v.stations)} stations and ${v.km} kilometres of track, the transport agency said, in an extension that will bring fast trains to some of the city’s fastest-growing districts — but not, for now, to the airport.`,
      quote: { by: 1, says: () => 'The metro is the only thing in this city that is never stuck in traffic. Three more stations means my sister’s district finally gets one. The airport can wait; people cannot.' },
    },
    {
      headline: ({ v }) => `Dedicated bus lanes on Route ${v.route} cut journey times by ${v.minutes} minutes`,
      standfirst: () => 'Motorists who stray into the lanes face fines caught by camera from next month.',
      lede: ({ v }) =>
        `Buses on Route ${v.route}, one of the busiest in Baku, are completing their journeys about ${v.minutes} minutes faster since red-painted bus lanes were introduced along its length, according to the city transport agency.`,
      quote: { by: 2, says: () => 'For the first time in years I can keep to the timetable. The cars still try to sneak into the lane, but the cameras are teaching them.' },
    },
  ],
  paragraphs: [
    ({ v }) =>
      `Traffic in the capital has worsened as car ownership has risen, and the city’s transport agency estimates that ${thousands(v.passengers)} people a day would switch to public transport if journeys were reliably faster. Average speeds on some central avenues fall below walking pace at peak times.`,
    () =>
      'Baku’s metro, opened in 1967, remains the backbone of the system, but large parts of the city — particularly the newer housing estates on the edges of the Abşeron peninsula — are beyond its reach, leaving residents dependent on buses that share the road with everyone else.',
    () =>
      'Fares are paid with a single contactless card across the metro and buses, and the agency said it was testing payment by bank card and phone on a handful of routes, with a full roll-out expected if the trial goes smoothly.',
    () =>
      '[The agency’s route map](https://example.org/baku-transport/routes) shows the changes, which also include new night services on two routes from the city centre to the northern suburbs.',
  ],
  background: [
    () =>
      'The bus network was reorganised a decade ago, when hundreds of privately run minibuses were replaced by larger buses on fixed routes. Passengers say comfort and safety improved, but some outer districts lost their direct connections to the centre.',
    () =>
      'Metro trains are crowded at peak times, and recent extensions took years longer than planned. Officials say new trains and signalling will allow more frequent services on the busiest lines.',
  ],
  quotes: [
    { by: 0, says: () => 'We cannot build our way out of congestion with more roads. The only thing that works in a city this size is public transport that is faster than driving. That is what we are trying to do.' },
    { by: 1, says: () => 'The bus is fine once you are on it. The problem is the forty minutes standing in the heat waiting for it. If they fix that, I will sell the car.' },
    { by: 2, says: () => 'Drivers want the same as passengers: a clear road and a timetable we can keep. Give us that and we will give you a better service.' },
  ],
  list: {
    intro: () => 'The changes in brief:',
    items: [
      ({ v }) => `${v.buses} new electric buses, with charging depots in the north and east of the city`,
      () => 'Camera enforcement of bus lanes from 7am to 8pm on weekdays',
      () => 'Real-time arrival information at 300 stops and in the transport agency’s app',
      () => 'Night buses on two routes, running every 30 minutes until 2am',
      () => 'Contactless bank-card payment on trial routes',
    ],
  },
  subheads: ['A city outgrowing its roads', 'Timetable'],
  closing: () =>
    'The agency said it would publish monthly figures on journey times and passenger numbers, and would consult residents before drawing up the next round of route changes.',
});

const storm = defineKind({
  id: 'storm',
  liveEvent: true,
  section: 'nation',
  tags: ['weather'],
  places: ['baku', 'sumqayit', 'gence', 'quba', 'lenkeran', 'sirvan'],
  video: true,
  hero: {
    key: 'hero-storm-wind',
    label: 'Storm on the seafront',
    alt: 'Waves breaking over a seafront promenade as people shelter under umbrellas bent by strong wind.',
    caption: 'Strong wind drives waves over the promenade.',
    credit: AGENCY_CREDIT,
    aspect: '16:9',
  },
  themes: ['weather'],
  speakers: [
    () => 'a forecaster at the National Hydrometeorology Service',
    () => 'a shopkeeper whose awning was torn away',
    () => 'a spokesperson for the Emergencies Ministry',
  ],
  vars: (r: Random) => ({
    gusts: r.int(22, 34),
    trees: r.int(3, 24) * 10,
    flights: r.int(4, 28),
    homes: r.int(30, 190) * 100,
    hours: r.int(3, 14),
    rain: r.int(35, 90),
  }),
  angles: [
    {
      headline: ({ place, v }) => `Gusts of ${v.gusts} metres a second bring down trees and power lines in ${place.name}`,
      standfirst: ({ v }) => `About ${thousands(v.homes)} homes lost electricity and ${count(Math.min(v.flights, 10))} flights were delayed as the storm passed.`,
      lede: ({ place, v }) =>
        `Gale-force wind tore through ${place.name} overnight, bringing down about ${v.trees} trees, ripping roofs from sheds and leaving some ${thousands(v.homes)} homes without electricity for up to ${count(Math.min(v.hours, 10))} hours, emergency officials said.`,
      quote: { by: 2, says: () => 'More than two hundred calls came in before midnight, most of them about fallen trees and power lines. Every crew we have was out until the wind dropped.' },
    },
    {
      headline: ({ place, v }) => `Flash flooding in ${place.name} after ${v.rain} millimetres of rain in a day`,
      standfirst: () => 'Underpasses were closed and drivers abandoned cars as drains overflowed.',
      lede: ({ place, v }) =>
        `Streets in ${place.name} turned into rivers after ${v.rain} millimetres of rain fell in less than a day — close to a month’s worth — overwhelming drains, closing underpasses and forcing several drivers to abandon their cars.`,
      quote: { by: 0, says: ({ v }) => `Rain of ${v.rain} millimetres in a day is close to what this area usually gets in a month. No drainage system built here was designed for that.` },
    },
    {
      headline: ({ place }) => `Clean-up under way in ${place.name} after storm tears off roofs and floods streets`,
      standfirst: () => 'Municipal crews cleared fallen trees as residents counted the cost of the worst storm in years.',
      lede: ({ place }) =>
        `Municipal crews in ${place.name} spent the day clearing fallen trees, broken glass and debris after a storm that tore roofs from sheds and flooded low-lying streets, while residents queued at hardware shops for tarpaulins and timber.`,
      quote: { by: 1, says: () => 'The hardware shop ran out of tarpaulins by ten in the morning. Everybody on my street is up a ladder today.' },
    },
  ],
  paragraphs: [
    () =>
      'The Emergencies Ministry said crews had been sent to clear fallen trees from main roads and that no serious injuries had been reported, though several people were treated for cuts from broken glass. Power was restored to most homes by the afternoon.',
    () =>
      'Strong wind is a familiar part of life along the Caspian coast — on the Absheron peninsula the northerly *xəzri* is almost a local institution — but forecasters say the most intense storms appear to be arriving more often.',
    ({ v }) =>
      `At the airport, ${count(Math.min(v.flights, 10))} arriving flights circled or were diverted while crosswinds exceeded safe limits, and ferry services across the Caspian were suspended. Ports reopened once the wind dropped.`,
    ({ place }) =>
      `In the older neighbourhoods of ${place.name}, residents swept up broken tiles and glass and counted the cost. Several said loose roofing and satellite dishes had been a hazard for years and called for owners of neglected buildings to be held responsible.`,
  ],
  background: [
    ({ place }) =>
      `This is not the first time ${place.name} has been caught out. Residents recalled earlier storms that brought down power lines and flooded basements, and said the same streets seemed to suffer every time.`,
    () =>
      'In many neighbourhoods electricity still runs on overhead lines strung between concrete poles, tangled with telephone and internet cables. Distribution companies have been moving lines underground, but slowly.',
  ],
  quotes: [
    { by: 0, says: () => 'We gave a day’s notice, which is about as good as it gets for wind of this kind. The important thing now is that people take the warnings seriously and do not treat them as routine.' },
    { by: 1, says: () => 'It sounded like the whole street was being pulled apart. By morning the awning was two blocks away. At least nobody was under it.' },
    { by: 2, says: () => 'Our crews are ready, and residents can help them by keeping roads clear and reporting fallen power lines immediately on the emergency number.' },
  ],
  list: {
    intro: () => 'Emergency officials’ advice:',
    items: [
      () => 'Stay indoors and away from windows while warnings are in force.',
      () => 'Do not park under trees, scaffolding or advertising boards.',
      () => 'Keep away from fallen power lines and call 112.',
      () => 'Check on elderly neighbours and anyone living alone.',
    ],
    ordered: true,
  },
  subheads: ['Counting the cost', 'The forecast'],
  closing: () =>
    'Forecasters said the weather would settle over the next 24 hours, with calmer, drier conditions expected for the rest of the week.',
});

const orchardVillages = defineKind({
  id: 'quba-orchards',
  section: 'nation',
  tags: ['agriculture', 'tourism'],
  places: ['quba'],
  gallery: { slug: 'quba-orchard-villages', maxUses: 2 },
  hero: 'gallery',
  themes: ['rural'],
  speakers: [
    () => 'who runs a guesthouse above the orchards',
    () => 'a fruit grower whose family has farmed the same slope for four generations',
    () => 'head of the village municipality',
  ],
  vars: (r: Random) => ({
    trees: r.int(4, 18) * 100,
    tonnes: r.int(20, 140),
    guests: r.int(3, 12) * 100,
    families: r.int(30, 120),
    km: r.int(12, 38),
  }),
  angles: [
    {
      headline: () => 'The orchard villages above Quba, where the road arrived and the young came back',
      standfirst: () => 'A paved road, a gas line and a handful of guesthouses have given the hill villages a second chance.',
      lede: ({ v }) =>
        `The road to the orchard villages above Quba used to end in mud about ${count(Math.min(v.km, 10))} kilometres short of the top. Now it is paved all the way, and on a clear morning the first minibuses of visitors pass the fruit-sorting sheds before the growers have finished their tea.`,
      quote: { by: 0, says: () => 'When the road was gravel, nobody came up except family. Now people from Baku drive up on Friday evening and ask for the same room next month. My sons have come home to help.' },
    },
    {
      headline: () => 'Quba’s apple growers bet on cold storage to beat the glut',
      standfirst: () => 'Instead of selling at harvest for whatever traders offer, a village co-operative is keeping its fruit for the winter market.',
      lede: ({ v }) =>
        `For as long as anyone in the hills above Quba can remember, the apple harvest has ended the same way: a glut, a queue of traders’ lorries and prices that fall by the day. This year, ${v.families} families have put ${v.tonnes} tonnes of fruit into a shared cold store instead.`,
      quote: { by: 1, says: () => 'Every year the traders told us the price at the gate, and every year we said yes because the apples would not wait. With the cold store, for the first time, the apples can wait and so can we.' },
    },
  ],
  paragraphs: [
    ({ v }) =>
      `The villages sit on terraces cut into the slopes below Shahdag, the country’s highest peaks, and most families keep a few hundred apple and pear trees — ${thousands(v.trees)} in the largest orchards — alongside walnuts, cherries and a vegetable plot.`,
    () =>
      'For decades the story here was one of departure: young men to Baku or Russia for work, families following once they could afford a flat. The schools shrank; the clubhouse closed. Many houses still stand empty for most of the year, opened only when their owners come back for the harvest.',
    ({ v }) =>
      `Tourism has changed some of that. About ${thousands(v.guests)} visitors stayed in the villages’ guesthouses last year, drawn by walking routes, fresh air and home cooking, and several families have rebuilt old stone houses to take them in.`,
    () =>
      'The growers are cautious about the future. Prices swing with the Russian market, hail can destroy a season in ten minutes, and the roads that bring tourists also bring competition from industrial orchards in the lowlands with newer trees and irrigation.',
  ],
  background: [
    () =>
      'Apples have been grown on these slopes for generations, and the district’s fruit was once sent by rail across the Soviet Union. After independence the collective orchards were divided among families, and many old trees were never replaced.',
    () =>
      'A co-operative founded by a group of growers pooled money for a cold store and a sorting line, helped by a grant from a rural development programme. Its members say it has given them, for the first time, a choice about when to sell.',
  ],
  quotes: [
    { by: 0, says: () => 'Guests want the simple things: clean sheets, fresh bread, a walk in the orchards and quiet. We were afraid we had nothing to offer. It turns out we had exactly that.' },
    { by: 1, says: () => 'My grandfather planted these trees. Every year somebody tells me to cut them down and plant new varieties, and every year I think about it. Maybe this is the year.' },
    { by: 2, says: () => 'The gas line made the biggest difference. Before, half of the day in the cold months was spent finding wood. Now people can think about other things.' },
  ],
  list: {
    intro: () => 'Visiting the orchard villages:',
    items: [
      () => '**Getting there:** shared taxis leave from Quba’s bus station; the drive takes about 40 minutes.',
      () => '**Staying:** about a dozen family guesthouses, most bookable by telephone.',
      () => '**Walking:** marked trails lead up to the ridge and down to the river gorge.',
      () => '**Buying fruit:** growers sell from the sorting sheds; bring cash.',
    ],
  },
  subheads: ['A second life for the hills', 'What the harvest brings'],
  closing: () =>
    'The district executive authority said it planned to extend mobile coverage and a bus service to the highest villages. Until then, visitors and growers alike rely on the shared taxis that wait by Quba’s market.',
});

export const nationKinds: KindDefinition[] = [roadBridge, waterSupply, schoolOpening, hospital, bakuTransport, storm, orchardVillages];
