import type { Random } from '../random';
import {
  AGENCY_CREDIT, REGIONAL_PLACES, STAFF_CREDIT, capitalise, count, defineKind, manat, percent, thousands,
  type DeskLine, type KindDefinition, type SectionDesk,
} from './kit';

/** Politics: parliament, budgets, audits, appointments. Fictional office-holders throughout. */

// Background lines shared by more than one theme are defined once.
const MEMBERS: DeskLine =
  () =>
    'The Milli Məclis has 125 members, elected from single-member constituencies for five-year terms. Most bills are drafted by the government and pass with large majorities, so the substantive arguments tend to happen earlier — in committee, and in the ministries that write the drafts.';
const STREAMED: DeskLine =
  () =>
    'Committee hearings have been streamed online for several years, and transcripts are published on the parliament’s website. Transparency groups welcomed the change but say amendments are still often introduced late and voted on before outsiders have had time to read them.';
const DISTRICT: DeskLine =
  ({ place }) =>
    `District executive authorities, whose heads are appointed by decree, control most local spending. Elected municipal councils, including those in ${place.name}, have their own small budgets from property and land taxes but limited say over roads, schools and utilities.`;
const SURVEY: DeskLine =
  () =>
    'In the Caspian Policy Institute’s most recent survey of public attitudes, about half of respondents said they had dealt with a public body in the previous year. Most of those said services had become quicker since applications moved online; fewer said they understood how decisions were made.';
const OILFUND: DeskLine =
  () =>
    'The state budget still relies heavily on transfers from the State Oil Fund, although the share has fallen as non-oil revenue has grown. Economists have long urged the government to publish multi-year spending plans so that parliament can judge whether programmes deliver what they promise.';
const REFORM: DeskLine =
  () =>
    'A programme of administrative reform has merged several agencies and moved many services online over the past decade. Officials say it has cut paperwork and opportunities for petty bribery; critics say it has concentrated decisions in fewer hands.';
const CONSULTATION: DeskLine =
  () =>
    'Draft laws are normally published on the parliament’s website before their first reading, but the consultation period is short and there is no formal obligation to respond to submissions. Several members have proposed a minimum of thirty days for public comment.';
const TURNOUT: DeskLine =
  () =>
    'Turnout in municipal and by-elections is usually lower than in national votes. Observers from domestic monitoring groups have called for clearer rules on campaign finance and on the use of public buildings for campaign events.';
const MINISTERS: DeskLine =
  () =>
    'Ministers appear before parliamentary committees when their budgets are discussed and when bills from their departments are debated. Opposition-minded members say the sessions are too short for real scrutiny; committee chairs say time is limited by a crowded legislative calendar.';
const CHAMBER: DeskLine =
  () =>
    `The Chamber of Accounts reports to parliament and publishes summaries of its audits. Its full findings are shared with the bodies it audits and with prosecutors when it suspects a crime, but are rarely made public in full.`;

const COMMITTEE_VOTE: DeskLine =
  ({ expert }) =>
    `${expert.name}, ${expert.role}, said the debate showed parliament doing its job, if cautiously. “The interesting thing is not the final vote, which everyone could predict,” ${expert.he} said. “It is the amendments that were accepted along the way. That is where the government listened.”`;
const SCRUTINY: DeskLine =
  ({ expert }) =>
    `“Scrutiny needs two things: time and information,” said ${expert.name}, ${expert.role}. “Members get the documents late and the debate is short. You cannot expect a deep discussion under those conditions, however good the intentions.”`;
const IMPLEMENTATION: DeskLine =
  ({ expert }) =>
    `${expert.name}, ${expert.role}, said the real test would come later. “Laws in this country are usually well written,” ${expert.he} said. “The question is always implementation — who enforces it, with what money, and who checks.”`;

export const politicsDesk: SectionDesk = {
  name: 'Politics',
  slug: 'politics',
  description: 'Parliament, government and the institutions that hold them to account.',
  authorSlugs: ['resad-qasimov', 'aynur-memmedova'],
  themes: {
    parliament: {
      expertRoles: [
        'a constitutional lawyer in private practice',
        'a researcher who tracks parliamentary votes for the Open Budget Monitor project',
        'a political scientist at the Caspian Policy Institute',
      ],
      background: [MEMBERS, STREAMED, CONSULTATION, MINISTERS],
      expertQuotes: [
        COMMITTEE_VOTE,
        SCRUTINY,
        IMPLEMENTATION,
        ({ expert }) =>
          `“The quality of a law depends on the quality of the debate before it,” said ${expert.name}, ${expert.role}. “When members ask hard questions in committee, the final text is almost always better for it.”`,
        ({ expert }) =>
          `${expert.name}, ${expert.role}, said public interest in parliament’s work had grown. “People follow committee hearings online now and share clips of them,” ${expert.he} said. “Members know they are being watched, and that changes how they prepare.”`,
      ],
    },
    local: {
      expertRoles: [
        'a political scientist at the Caspian Policy Institute',
        'a former municipal councillor who now runs a civic education group',
        'a lawyer who advises municipal councils',
      ],
      background: [DISTRICT, SURVEY, REFORM, TURNOUT],
      expertQuotes: [
        ({ expert }) =>
          `${expert.name}, ${expert.role}, said local politics was where trust was won or lost. “People do not meet ministers. They meet the district administration, the council, the school director,” ${expert.he} said. “That is where they decide whether the state works for them.”`,
        ({ expert }) =>
          `“Turnout and trust go together,” said ${expert.name}, ${expert.role}. “When people see that a complaint leads to a result, they start to take part. When they see nothing, they stay at home.”`,
        IMPLEMENTATION,
        ({ expert }) =>
          `“Municipal councils were meant to be the school of local democracy,” said ${expert.name}, ${expert.role}. “Give them real money and real responsibilities, and better people will stand for them.”`,
      ],
    },
    spending: {
      expertRoles: [
        'an economist who follows public spending for the Open Budget Monitor project',
        'a former finance ministry official',
        'a public finance specialist at the Caspian Policy Institute',
      ],
      background: [OILFUND, MINISTERS, CHAMBER, STREAMED],
      expertQuotes: [
        ({ expert }) =>
          `${expert.name}, ${expert.role}, said the issue was less the amount of money than how little of it could be traced. “Parliament votes on totals and gets results in summary,” ${expert.he} said. “Nobody outside can follow a manat from the budget to the building site. Until they can, these arguments will keep coming back.”`,
        SCRUTINY,
        ({ expert }) =>
          `${expert.name}, ${expert.role}, said the debate would improve if results were measured. “Every programme should say at the start what it will achieve and report at the end whether it did,” ${expert.he} said. “That is not bureaucracy. It is how you learn.”`,
        ({ expert }) =>
          `“Budgets are political documents as much as financial ones,” said ${expert.name}, ${expert.role}. “They tell you what a government really thinks is important, whatever its speeches say.”`,
      ],
    },
  },
  subheads: ['How the system works', 'The wider debate', 'Background'],
  figure: {
    key: 'figure-politics-chamber',
    label: 'Parliament chamber',
    alt: 'The semicircular chamber of a parliament with rows of wooden desks and microphones.',
    caption: 'The plenary chamber of the Milli Məclis in Baku.',
    credit: AGENCY_CREDIT,
    aspect: '3:2',
  },
};

const DRAFT_LAWS = [
  { name: 'consumer credit bill', committee: 'economic policy', change: 'cap penalties for late loan repayments and require banks to show the full cost of borrowing in a single figure', advocate: 'head of a consumer-rights association' },
  { name: 'short-term rentals bill', committee: 'economic policy', change: 'require owners of holiday flats to register them and pay tourist tax', advocate: 'chair of a hoteliers’ association' },
  { name: 'construction noise bill', committee: 'regional affairs', change: 'ban noisy building work in residential areas at night and on public holidays', advocate: 'founder of a residents’ group campaigning against night-time building work' },
  { name: 'volunteering bill', committee: 'youth and sport', change: 'give volunteers a legal status, insurance and a right to time off for emergencies', advocate: 'director of a volunteer network' },
  { name: 'food labelling bill', committee: 'agrarian policy', change: 'require clear labels in Azerbaijani on ingredients, origin and sell-by dates', advocate: 'spokesperson for a food producers’ association' },
] as const;

const draftLaw = defineKind({
  id: 'draft-law',
  section: 'politics',
  tags: ['parliament', 'milli-meclis'],
  places: ['baku'],
  hero: {
    key: 'hero-parliament-vote',
    label: 'Members voting',
    alt: 'Members of parliament seated at desks raise voting cards during a session.',
    caption: 'Members vote during a plenary session of the Milli Məclis.',
    credit: AGENCY_CREDIT,
    aspect: '16:9',
  },
  themes: ['parliament'],
  placeProfile: false,
  speakers: [
    ({ v }) => `chair of the parliamentary committee on ${v.law.committee}`,
    () => 'an independent member who voted against',
    ({ v }) => v.law.advocate,
  ],
  vars: (r: Random) => ({
    law: r.pick(DRAFT_LAWS),
    votesFor: r.int(84, 109),
    votesAgainst: r.int(2, 11),
    reading: r.pick(['first', 'second', 'third']),
    submissions: r.int(40, 380),
    amendments: r.int(3, 19),
  }),
  angles: [
    {
      headline: ({ v }) => `Parliament passes ${v.law.name} at ${v.reading} reading by ${v.votesFor} votes to ${v.votesAgainst}`,
      standfirst: ({ v }) => `The bill would ${v.law.change}. Critics say it leaves too much to ministerial rules.`,
      lede: ({ v }) =>
        `The Milli Məclis approved the ${v.law.name} at its ${v.reading} reading, by ${v.votesFor} votes to ${v.votesAgainst}, after a debate in which supporters and critics agreed on the aim — to ${v.law.change} — but disagreed sharply about the detail.`,
      quote: { by: 0, says: () => 'The vote shows broad support for the principle. We listened to the objections and changed the text where the arguments were good; the rest we will deal with in the regulations.' },
    },
    {
      headline: ({ v }) => `What the ${v.law.name} would change, and why some MPs are unhappy`,
      standfirst: () => 'The draft is short, but much of its effect depends on regulations that have not yet been written.',
      lede: ({ v }) =>
        `The ${v.law.name}, now before the Milli Məclis, runs to only a few pages. Its purpose is simple — to ${v.law.change} — but members who examined it in committee say much of its practical effect will depend on rules the government has not yet published.`,
      quote: { by: 2, says: ({ v }) => `For years people have come to us with the same complaint. This bill would ${v.law.change}. If it is enforced, that alone will change a great many lives.` },
    },
    {
      headline: ({ v }) => `${capitalise(v.law.name)} sent back to committee after ${v.amendments} amendments`,
      standfirst: () => 'The unusual move delays a vote that had been expected to go through quickly.',
      lede: ({ v }) =>
        `In an unusual step, the Milli Məclis sent the ${v.law.name} back to its committee on ${v.law.committee} after members tabled ${v.amendments} amendments, delaying a vote that officials had expected to be a formality.`,
      quote: { by: 1, says: () => 'Sending it back is not a defeat for anyone. It is what committees are for. I would rather we spend another month on it than spend five years fixing it.' },
    },
    {
      headline: ({ v }) => `Public consultation on ${v.law.name} draws ${v.submissions} submissions`,
      standfirst: () => 'Businesses, lawyers and residents’ groups sent comments. Whether they will be heard is another matter.',
      lede: ({ v }) =>
        `A public consultation on the ${v.law.name} has closed with ${v.submissions} written submissions from businesses, lawyers and residents, the parliamentary committee on ${v.law.committee} said — one of the largest responses to a draft law in recent years.`,
      quote: { by: 0, says: ({ v }) => `We received ${v.submissions} submissions and we will read every one of them. Several have already changed how we think about enforcement.` },
    },
  ],
  paragraphs: [
    ({ v }) =>
      `The bill was drafted by the government and introduced by the committee on ${v.law.committee}. Its supporters say it brings the country into line with practice elsewhere in Europe and closes gaps that have allowed disputes to drag on in the courts for years.`,
    () =>
      'Critics focus on the enforcement provisions. Under the draft, the relevant ministry would set fines and inspection procedures by regulation, which does not need parliamentary approval — an arrangement several members described as giving officials a blank cheque.',
    () =>
      'Several members questioned the timetable. The draft gives businesses six months to comply after it comes into force, which industry groups say is too short, particularly for small firms outside Baku that have little access to legal advice.',
    ({ v }) =>
      `The committee accepted ${count(Math.min(v.amendments, 10))} amendments during its deliberations, including a requirement that the government report to parliament on how the law is working within two years. [The full text of the draft](https://example.org/milli-meclis/drafts) is published on the parliament’s website.`,
  ],
  background: [
    ({ v }) =>
      `The idea behind the ${v.law.name} is not new. Similar proposals were discussed in committee several years ago but stalled amid objections from ministries and business groups; the current draft was prepared by a working group of officials, lawyers and industry representatives.`,
    () =>
      'Comparable rules exist in most European countries and in several of the country’s neighbours, and the government’s explanatory note cites them as models. Lawyers say the difference will lie in enforcement: who inspects, how often, and whether fines are large enough to change behaviour.',
  ],
  quotes: [
    { by: 0, says: () => 'This is a practical law that people have been asking for. Nobody should expect a perfect law on the first day, but this one will make daily life a little fairer.' },
    { by: 1, says: () => 'I support the idea. I voted against the text because it leaves the important decisions to a ministry that will write its own rules and mark its own homework.' },
    { by: 2, says: () => 'We have waited a long time for this. The details matter, and we will be watching the regulations closely, but it is a step in the right direction.' },
  ],
  list: {
    intro: () => 'The main provisions of the draft:',
    items: [
      ({ v }) => `**Aim:** to ${v.law.change}.`,
      () => '**Penalties:** fines for breaches, to be set by government regulation.',
      () => '**Transition:** six months after the law comes into force.',
      () => '**Review:** a report to parliament within two years.',
      () => '**Register:** an online register kept by the responsible ministry.',
    ],
    ordered: true,
  },
  statement: {
    intro: () => 'The government’s explanatory note to the bill says:',
    text: () => 'The draft law is intended to protect the rights of citizens while avoiding unnecessary burdens on business. Detailed procedures will be established by the relevant executive authority following consultation.',
  },
  subheads: ['The argument in committee', 'What happens next'],
  closing: ({ v }) =>
    `The bill now goes ${v.reading === 'third' ? 'for signature and publication, after which it will enter into force' : 'to its next reading, expected within weeks'}. Members said further amendments were likely.`,
});

const MINISTRIES = [
  { name: 'Ministry of Health', area: 'hospitals and health insurance' },
  { name: 'Ministry of Education', area: 'schools and universities' },
  { name: 'Ministry of Agriculture', area: 'farm subsidies and irrigation' },
  { name: 'Ministry of Labour and Social Protection', area: 'pensions and social benefits' },
  { name: 'Ministry of Digital Development and Transport', area: 'roads, railways and online public services' },
] as const;

const budgetHearing = defineKind({
  id: 'budget-hearing',
  section: 'politics',
  tags: ['budget', 'parliament'],
  places: ['baku'],
  hero: {
    key: 'hero-budget-committee',
    label: 'Budget committee',
    alt: 'Officials with folders of documents sit facing members across a long committee table.',
    caption: 'Officials answer questions at a hearing of the parliamentary budget committee.',
    credit: STAFF_CREDIT('Ramin Novruzov'),
    aspect: '3:2',
  },
  themes: ['spending', 'parliament'],
  placeProfile: false,
  speakers: [
    ({ v }) => `deputy head of the ${v.ministry.name}`,
    () => 'a member of the budget committee',
    () => 'an economist who follows public spending',
  ],
  vars: (r: Random) => ({
    ministry: r.pick(MINISTRIES),
    billions: r.float(1.2, 6.8, 1),
    rise: r.float(3, 19, 1),
    underspend: r.float(40, 420, 0),
    staff: r.int(3, 14) * 100,
  }),
  angles: [
    {
      headline: ({ v }) => `Budget committee questions ${v.ministry.name} over ${percent(v.rise)} rise in spending`,
      standfirst: () => 'Members asked what the extra money would buy and why last year’s allocation was not fully spent.',
      lede: ({ v }) =>
        `Members of parliament’s budget committee pressed officials from the ${v.ministry.name} to justify a ${percent(v.rise)} increase in its spending next year, asking what the extra money would buy and why part of this year’s allocation had gone unspent.`,
      quote: { by: 1, says: () => 'A rise of this size needs a clear explanation, and we did not get one today. I want to see what each manat will buy, line by line and project by project.' },
    },
    {
      headline: ({ v }) => `${v.ministry.name} seeks ${v.billions} billion manat as MPs begin line-by-line budget scrutiny`,
      standfirst: ({ v }) => `Spending on ${v.ministry.area} is among the items the committee will examine over the next fortnight.`,
      lede: ({ v }) =>
        `The ${v.ministry.name} has asked for ${v.billions} billion manat next year, according to figures presented to the parliamentary budget committee as it began examining spending plans department by department.`,
      quote: { by: 0, says: ({ v }) => `Our request reflects real needs in ${v.ministry.area}. Salaries have risen, buildings we started must be finished, and the public rightly expects better services.` },
    },
    {
      headline: ({ v }) => `${manat(v.underspend)} unspent: why ministries struggle to use the money they are given`,
      standfirst: () => 'Delayed tenders and late transfers leave projects waiting while funds sit idle, officials told MPs.',
      lede: ({ v }) =>
        `The ${v.ministry.name} left about ${manat(v.underspend)} of its budget unspent last year, officials told the parliamentary budget committee, blaming slow tenders, late transfers from the treasury and projects that were not ready to start.`,
      quote: { by: 2, says: () => 'Money that sits unspent for eleven months and is then rushed out at the end of the year is the worst of both worlds. The problem is planning, not generosity.' },
    },
  ],
  paragraphs: [
    ({ v }) =>
      `The hearing was part of the annual budget process, in which each ministry presents its plans to the committee before the full parliament votes. This year’s draft foresees higher spending on ${v.ministry.area}, partly to cover salary increases announced earlier in the year.`,
    () =>
      'Officials said the increase would pay for higher salaries, new equipment and the completion of projects started in previous years. They acknowledged that some programmes had been slower than planned and said procurement rules had been simplified to speed them up.',
    ({ v }) =>
      `Members focused on the gap between allocations and results. Several asked for figures on what had been achieved with last year’s money; one asked why the ministry planned to hire ${thousands(v.staff)} more administrative staff while front-line posts remained vacant.`,
    () =>
      'The budget documents published online give totals by ministry and broad programme, but not the detailed breakdown that committee members receive. Budget transparency groups have called for that detail to be published in full.',
  ],
  background: [
    () =>
      'The draft budget is built on a cautious oil price assumption, which the finance ministry says protects spending plans from swings in the market. Revenue above that assumption flows to the State Oil Fund rather than to ministries.',
    ({ v }) =>
      `Spending on ${v.ministry.area} has risen in each of the past five budgets, though in some years more slowly than inflation. Much of the increase has gone on salaries and on running buildings completed under earlier investment programmes.`,
  ],
  quotes: [
    { by: 0, says: () => 'Every manat in this request is linked to a programme with clear targets. Where we were slow last year, we have changed how we work. I invite members to judge us by results next year.' },
    { by: 1, says: () => 'I asked a simple question: what did we get for last year’s money? I have not yet had a simple answer. We will ask again in writing.' },
    { by: 2, says: () => 'The problem is not the size of the budget but the quality of spending. Underspending and rushed spending at the end of the year are two sides of the same coin.' },
  ],
  list: {
    intro: ({ v }) => `The ${v.ministry.name}’s request in brief:`,
    items: [
      ({ v }) => `**Total:** ${v.billions} billion manat, up ${percent(v.rise)}.`,
      () => '**Salaries:** the largest single item, reflecting increases announced earlier in the year.',
      () => '**Capital projects:** completion of buildings started in previous years.',
      ({ v }) => `**Unspent last year:** about ${manat(v.underspend)}.`,
      () => '**New programmes:** two, both subject to separate regulations.',
    ],
  },
  subheads: ['Questions about results', 'The budget timetable'],
  closing: () =>
    'The committee will hear from the remaining ministries over the next two weeks before sending its conclusions to the full parliament, which is expected to vote on the budget before the end of the session.',
});

const byElection = defineKind({
  id: 'by-election',
  liveEvent: true,
  section: 'politics',
  tags: ['elections'],
  places: REGIONAL_PLACES,
  hero: {
    key: 'hero-polling-station',
    label: 'Polling station',
    alt: 'A voter places a ballot paper in a transparent ballot box in a school hall.',
    caption: 'A voter casts a ballot at a polling station set up in a school.',
    credit: AGENCY_CREDIT,
    aspect: '3:2',
  },
  themes: ['local'],
  speakers: [
    () => 'chair of the constituency election commission',
    () => 'an independent candidate',
    () => 'an observer from the Civic Vote Watch monitoring group',
  ],
  vars: (r: Random) => ({
    constituency: r.int(12, 118),
    candidates: r.int(4, 9),
    turnout: r.float(28, 47, 1),
    share: r.float(38, 61, 1),
    stations: r.int(34, 96),
    voters: r.int(38, 72) * 1000,
  }),
  angles: [
    {
      headline: ({ place, p }) => `Independent candidate ${p[1].name} wins ${place.name} by-election`,
      standfirst: ({ v }) => `Turnout was ${percent(v.turnout)}; observers reported a calm vote with minor procedural problems.`,
      lede: ({ place, v, p }) =>
        `${p[1].name}, a ${p[1].he === 'she' ? 'former head teacher' : 'former engineer'} standing as an independent, has won the parliamentary by-election in ${place.name}, taking ${percent(v.share)} of the vote in constituency No ${v.constituency}, according to preliminary results from the Central Election Commission.`,
      quote: { by: 1, says: () => 'I did not have a party, an office or a budget. I had a car, a phone and four months of knocking on doors. Tonight I am going to sleep, and tomorrow I am going to start answering the phone.' },
    },
    {
      headline: ({ place, v }) => `Turnout of ${percent(v.turnout)} as ${place.name} elects new member of parliament`,
      standfirst: () => 'The seat fell vacant after the previous member was appointed to a government post.',
      lede: ({ place, v }) =>
        `Voters in ${place.name} elected a new member of parliament in a by-election marked by a turnout of ${percent(v.turnout)}, with ${count(v.candidates)} candidates competing for a seat left vacant when the previous member was appointed to a government post.`,
      quote: { by: 0, says: ({ v }) => `A turnout of ${percent(v.turnout)} is in line with previous by-elections. We would like it to be higher, and we will look at what can be done, but the result is valid.` },
    },
    {
      headline: ({ place }) => `Observers report calm ${place.name} by-election but flag problems with voter lists`,
      standfirst: () => 'Monitors found incomplete lists and crowded stations, but nothing they said would have changed the result.',
      lede: ({ place }) =>
        `Domestic observers who monitored the parliamentary by-election in ${place.name} described a calm vote marred by procedural problems, but said nothing they had seen would have changed the outcome.`,
      quote: { by: 2, says: () => 'We do not say this was a perfect election, and we do not say it was a bad one. We say the voter lists need cleaning before the next vote, and we have given the commission our findings.' },
    },
  ],
  paragraphs: [
    ({ place, v }) =>
      `Constituency No ${v.constituency} covers ${place.name} and the surrounding villages, with about ${thousands(v.voters)} registered voters. A total of ${v.stations} polling stations were open from 8am to 7pm, most of them in schools.`,
    () =>
      'Campaigning focused on local concerns: the state of village roads, irregular water supply, jobs for young people and the cost of getting to hospitals in larger towns. Most candidates ran as independents, and none drew large crowds.',
    ({ v }) =>
      `Domestic observers who visited ${Math.round(v.stations / 3)} of the ${v.stations} polling stations reported a calm vote, with problems including incomplete voter lists, crowded stations at midday and, in two cases, relatives voting together in the booth.`,
    () =>
      'Under the electoral code, candidates can appeal against results to the Central Election Commission and then to the courts. None of the losing candidates had announced an appeal by the time preliminary results were published.',
  ],
  background: [
    ({ place }) =>
      `The seat fell vacant when the previous member for ${place.name} was appointed to a government post. Under the electoral code a by-election must be held within months of a vacancy, and candidates need a few hundred signatures from voters in the constituency to register.`,
    () =>
      'Candidates were given free airtime on public television and could hold meetings in public buildings allocated by the election commission. Most relied instead on social media and door-to-door visits, which they said reached more people.',
  ],
  quotes: [
    { by: 0, says: () => 'Voting took place in accordance with the law and no complaint has been received that could affect the result. Every complaint will be examined and answered in writing.' },
    { by: 1, says: () => 'People here do not need promises about the whole country. They need someone who will pick up the phone when the water stops. That is what I am offering.' },
    { by: 2, says: () => 'The atmosphere was calm, and election staff were generally well prepared. The problems we saw were procedural, but procedures matter: they are what make people trust the result.' },
  ],
  list: {
    intro: () => 'The by-election in numbers:',
    items: [
      ({ v }) => `**Registered voters:** about ${thousands(v.voters)}`,
      ({ v }) => `**Turnout:** ${percent(v.turnout)}`,
      ({ v }) => `**Candidates:** ${count(v.candidates)}`,
      ({ v }) => `**Polling stations:** ${v.stations}`,
      ({ v }) => `**Winning share:** ${percent(v.share)}`,
    ],
  },
  subheads: ['How the vote went', 'What comes next'],
  closing: () =>
    'Final results are due within two weeks, after which the new member will be sworn in at the next plenary session of the Milli Məclis.',
});

const PROGRAMMES = [
  { name: 'school repair programme', agency: 'State Agency for Educational Buildings' },
  { name: 'irrigation modernisation programme', agency: 'Land Reclamation Service' },
  { name: 'rural housing programme', agency: 'Rural Housing Fund' },
  { name: 'youth employment programme', agency: 'State Employment Agency' },
] as const;

const audit = defineKind({
  id: 'audit',
  section: 'politics',
  tags: ['chamber-of-accounts', 'budget'],
  places: REGIONAL_PLACES,
  hero: {
    key: 'hero-audit-documents',
    label: 'Audit files',
    alt: 'Stacks of ring binders and printed spreadsheets on a desk in a government office.',
    caption: 'Auditors examined thousands of pages of contracts and invoices.',
    credit: STAFF_CREDIT('Ramin Novruzov'),
    aspect: '4:3',
  },
  themes: ['spending', 'local'],
  speakers: [
    () => 'a spokesperson for the Chamber of Accounts',
    ({ v }) => `deputy director of the ${v.programme.agency}`,
    () => 'a member of parliament’s budget committee',
  ],
  vars: (r: Random) => ({
    programme: r.pick(PROGRAMMES),
    missing: r.float(1.8, 14, 1),
    contracts: r.int(14, 76),
    share: r.int(18, 45),
    buildings: r.int(12, 60),
  }),
  angles: [
    {
      headline: ({ v }) => `Auditors find ${manat(v.missing)} in ${v.programme.name} spending without proper paperwork`,
      standfirst: ({ place }) => `The Chamber of Accounts examined projects in ${place.name} and two neighbouring districts.`,
      lede: ({ place, v }) =>
        `The Chamber of Accounts has found that ${manat(v.missing)} spent under the ${v.programme.name} in ${place.name} and two neighbouring districts could not be properly accounted for, in an audit summary published on its website.`,
      quote: { by: 0, says: ({ v }) => `The figure of ${manat(v.missing)} does not mean that money was stolen. It means that we could not find the documents to show how it was spent. That is serious enough.` },
    },
    {
      headline: ({ place, v }) => `${v.contracts} contracts in ${place.name} awarded without competitive tender, audit says`,
      standfirst: ({ v }) => `The ${v.programme.agency} says urgency justified the direct awards. Auditors were not convinced.`,
      lede: ({ place, v }) =>
        `A total of ${v.contracts} contracts under the ${v.programme.name} in ${place.name} were awarded directly to builders without a competitive tender, the Chamber of Accounts said, questioning the agency’s argument that the work was too urgent to wait.`,
      quote: { by: 2, says: () => 'Urgency is the oldest excuse in procurement. If a school roof has been leaking for three years, repairing it is not an emergency; it is a failure to plan.' },
    },
    {
      headline: ({ v }) => `${v.programme.agency} promises changes after critical audit`,
      standfirst: () => 'The agency says it will publish contracts online and introduce independent checks on completed work.',
      lede: ({ place, v }) =>
        `The ${v.programme.agency} has promised to publish its contracts online and to introduce independent inspections of completed work, after an audit of its projects in ${place.name} found weaknesses in the way builders were chosen and paid.`,
      quote: { by: 1, says: () => 'From next month every contract we sign will be online, with the price and the name of the builder. Anyone will be able to check our work, and we want them to.' },
    },
  ],
  paragraphs: [
    ({ v }) =>
      `The audit covered ${v.buildings} projects. In about ${v.share} per cent of them, auditors found payments made before work had been inspected, invoices that did not match the contracts, or changes to the scope of work agreed without written justification.`,
    ({ v }) =>
      `The ${v.programme.agency} said most of the problems were documentary rather than financial, and that the work itself had been done. It said files had been incomplete when auditors visited because some documents were held by contractors.`,
    () =>
      'The Chamber of Accounts does not publish its full reports, only summaries, and it has not said whether any of its findings have been passed to prosecutors. Its chairman has said in the past that the chamber’s job is to find weaknesses, not to punish.',
    ({ place }) =>
      `In ${place.name}, residents said they had noticed problems long before the auditors arrived. At one school repaired under the programme, parents pointed to a roof that leaked within a year and heating that had never worked properly.`,
  ],
  background: [
    ({ v }) =>
      `The ${v.programme.name} was launched several years ago with considerable fanfare and a budget that has grown every year since. Its projects are managed by the ${v.programme.agency}, which hires contractors and signs off on their work.`,
    () =>
      'Procurement rules allow contracts to be awarded without competition in emergencies or when only one supplier can do the work. Auditors have long argued that those exceptions are used too widely, particularly for repairs that could have been planned well in advance.',
  ],
  quotes: [
    { by: 0, says: () => 'Our role is to give parliament and the public a clear picture of how money is spent. Where we find weaknesses, we make recommendations, and we come back to check whether they have been followed.' },
    { by: 1, says: () => 'We accept that our paperwork was not good enough. The buildings are there, the work is done, and we will make sure the files tell the same story from now on.' },
    { by: 2, says: () => 'If a family spent its money like this, it would be bankrupt. I want to see the full report, not a summary, and I want to know who signed these payments.' },
  ],
  list: {
    intro: () => 'The auditors’ main recommendations:',
    items: [
      () => 'Publish all contracts above a set threshold on the state procurement portal.',
      () => 'Pay contractors only after independent inspection of completed work.',
      () => 'Record any change to a contract’s scope in writing, with reasons.',
      () => 'Keep complete project files at the agency, not with contractors.',
      () => 'Report to the Chamber of Accounts on progress within six months.',
    ],
    ordered: true,
  },
  statement: {
    intro: ({ v }) => `The ${v.programme.agency} said in a statement:`,
    text: () => 'The agency takes the findings of the Chamber of Accounts seriously and has already begun implementing its recommendations. We remain committed to the transparent and efficient use of public funds.',
  },
  subheads: ['What the auditors found', 'The agency’s response'],
  closing: () =>
    'The chamber said it would return for a follow-up audit within a year. Members of the budget committee said they would ask for the full report to be shared with parliament.',
});

const appointment = defineKind({
  id: 'appointment',
  section: 'politics',
  tags: ['local-government'],
  places: REGIONAL_PLACES,
  hero: {
    key: 'hero-administration-building',
    label: 'District administration',
    alt: 'A pale stone administration building with a flag above the entrance and a small square in front.',
    caption: 'The building of a district executive authority.',
    credit: STAFF_CREDIT('Ramin Novruzov'),
    aspect: '3:2',
  },
  themes: ['local'],
  speakers: [
    ({ place }) => `the new head of the ${place.name} executive authority`,
    () => 'who owns a building-supplies business in the town',
    () => 'a municipal councillor',
  ],
  vars: (r: Random) => ({
    years: r.int(4, 11),
    days: r.int(60, 110),
    appointments: r.int(120, 460),
    previous: r.pick(['a deputy minister', 'head of a state agency', 'a district head elsewhere in the country', 'a senior official at the Ministry of Economy']),
  }),
  angles: [
    {
      headline: ({ place, p }) => `${p[0].name} appointed head of ${place.name} executive authority`,
      standfirst: ({ v }) => `The new district chief was previously ${v.previous}. The predecessor served for ${v.years} years.`,
      lede: ({ place, v, p }) =>
        `${p[0].name}, previously ${v.previous}, has been appointed head of the ${place.name} district executive authority by decree, replacing an official who had held the post for ${v.years} years.`,
      quote: { by: 0, says: ({ place }) => `I know ${place.name} has waited a long time for some things to change. I am not here to make speeches. Judge me in a year.` },
    },
    {
      headline: ({ place, p }) => `New ${place.name} chief ${p[0].name} promises weekly open-door reception days`,
      standfirst: () => 'Residents will be able to raise complaints in person without an appointment.',
      lede: ({ place, p }) =>
        `The new head of the ${place.name} executive authority, ${p[0].name}, has promised to hold open-door reception days every week, at which residents can raise complaints in person without an appointment, and to publish how each complaint is resolved.`,
      quote: { by: 0, says: () => 'My door will be open. If people have a problem, I want to hear it from them, not from a report three months later. We will not solve everything, but we will answer everyone.' },
    },
    {
      headline: ({ place, v }) => `${v.days} days in: what ${place.name}’s new executive head has changed`,
      standfirst: () => 'Faster answers to complaints and a clean-up of the bazaar, say residents. The big problems remain.',
      lede: ({ place, v, p }) =>
        `Some ${v.days} days after ${p[0].name} took charge of the ${place.name} district executive authority, residents describe small but visible changes — quicker answers to complaints, a tidier central bazaar — while the district’s larger problems remain much as they were.`,
      quote: { by: 2, says: () => 'There is a new tone, and people have noticed. Complaints are answered in weeks, not months. The big problems — water, jobs, the roads to the villages — are still waiting.' },
    },
  ],
  paragraphs: [
    ({ place }) =>
      `District executive heads are appointed by decree and are the most powerful officials outside the capital, overseeing local spending, infrastructure and the district’s relations with ministries. Their arrival is watched closely in a town like ${place.name}, where much depends on the executive authority’s favour.`,
    ({ p }) =>
      `${p[0].name} has spent most of ${p[0].his} career in public administration and is known among colleagues as an organiser rather than a speechmaker. ${capitalise(p[0].he)} has promised to visit every village in the district within ${p[0].his} first six months.`,
    ({ v }) =>
      `Since taking office, the new administration says it has received ${v.appointments} requests at reception days, most about housing, land, utilities and jobs. It says it has resolved about half of them and passed the rest to the relevant agencies.`,
    ({ place }) =>
      `Businesses in ${place.name} said they hoped for fewer inspections and clearer rules. Several described pressure under the previous administration to contribute to public events and building projects, a practice the new head has said will stop.`,
  ],
  background: [
    ({ place, v }) =>
      `The previous head of the ${place.name} executive authority had served for ${v.years} years, a long tenure that residents said had brought stability but also a sense that little could change. No reason was given for the change.`,
    () =>
      'Rotations of district heads are common and often come in waves, with several officials moved or replaced on the same day. Those appointed from outside a district are sometimes seen as more independent of local business interests, at least at first.',
  ],
  quotes: [
    { by: 0, says: () => 'I intend to spend more time in the villages than in this office. The problems of this district are not on my desk; they are on its roads.' },
    { by: 1, says: () => 'We do not need favours. We need the same rules for everyone and an inspector who comes once, not five times. If that happens, we will invest.' },
    { by: 2, says: () => 'The first weeks have been encouraging. The test will be whether the council is treated as a partner or as a messenger.' },
  ],
  list: {
    intro: () => 'The new administration’s stated priorities:',
    items: [
      () => 'Weekly reception days open to all residents',
      () => 'A published register of complaints and how they were resolved',
      () => 'Repairs to village roads before the start of the school year',
      () => 'Fewer inspections of small businesses',
      () => 'Regular meetings with the municipal council',
    ],
  },
  subheads: ['A powerful post', 'Early days'],
  closing: ({ place }) =>
    `The executive authority said it would publish a report on its first six months. Residents of ${place.name} said they would judge the new head by the state of the roads by then.`,
});

const PETITION_TOPICS = [
  { subject: 'safer crossings outside schools', short: 'school crossings' },
  { subject: 'lower fares for students on intercity buses', short: 'student bus fares' },
  { subject: 'protecting old courtyard houses from demolition', short: 'courtyard houses' },
  { subject: 'humane control of stray dogs', short: 'stray dogs' },
] as const;

const petitions = defineKind({
  id: 'petitions',
  section: 'politics',
  tags: ['parliament', 'milli-meclis'],
  places: ['baku'],
  hero: {
    key: 'hero-petition-portal',
    label: 'Petition portal',
    alt: 'A young woman signs an online petition on her phone at a café table.',
    caption: 'Citizens can now submit and sign petitions to parliament online.',
    credit: STAFF_CREDIT('Leyla Həsənova'),
    aspect: '2:3',
  },
  themes: ['parliament'],
  placeProfile: false,
  speakers: [
    () => 'the member of parliament who oversees the portal',
    () => 'who started the petition',
    () => 'a lawyer specialising in administrative law',
  ],
  vars: (r: Random) => ({
    topic: r.pick(PETITION_TOPICS),
    signatures: r.int(10, 38) * 1000 + r.int(100, 999),
    petitions: r.int(80, 340),
    days: r.int(9, 40),
  }),
  angles: [
    {
      headline: ({ v }) => `Petition on ${v.topic.subject} passes ${thousands(v.signatures)} signatures and heads for a hearing`,
      standfirst: () => 'It is the first petition on parliament’s new portal to cross the threshold for a committee hearing.',
      lede: ({ v }) =>
        `A petition calling for ${v.topic.subject} has gathered ${thousands(v.signatures)} signatures in ${v.days} days on parliament’s new online portal, making it the first to cross the threshold that obliges a committee to hold a public hearing.`,
      quote: { by: 1, says: ({ v }) => `We thought a few hundred neighbours would sign. When it passed ${thousands(v.signatures)}, we realised we had touched something a great many people care about.` },
    },
    {
      headline: ({ v }) => `Parliament’s petitions portal receives ${v.petitions} proposals in its first weeks`,
      standfirst: () => 'Most are about local services. Only those reaching 10,000 signatures must be debated.',
      lede: ({ v }) =>
        `Citizens have submitted ${v.petitions} petitions to parliament since it opened an online portal for them, with local roads, public transport, stray animals and school conditions the most common subjects, according to figures released by the parliamentary staff.`,
      quote: { by: 0, says: ({ v }) => `To receive ${v.petitions} petitions in a few weeks tells us people were waiting for a way to be heard. Most will not reach the threshold, but every one of them tells us something.` },
    },
    {
      headline: ({ v }) => `Committee hears petitioners on ${v.topic.short} — and promises a draft within months`,
      standfirst: () => 'The hearing, the first of its kind, ran over time as members questioned officials and campaigners.',
      lede: ({ v, p }) =>
        `Members of a parliamentary committee have promised to prepare draft legislation on ${v.topic.subject} within months, after a public hearing at which ${p[1].name}, who started the petition, and officials from two ministries answered questions for more than three hours.`,
      quote: { by: 2, says: () => 'The hearing did what hearings should do: it put officials and citizens in the same room, on the record. Now the committee has to show that it was listening.' },
    },
  ],
  paragraphs: [
    () =>
      'The portal allows any adult citizen to submit a petition after verifying their identity through the state’s digital signature system. A petition that gathers 10,000 signatures within 90 days must be considered at a public hearing of the relevant committee.',
    ({ v }) =>
      `The petition on ${v.topic.short} was started by a small group of volunteers and spread quickly through messaging apps and neighbourhood groups. Its organisers said they had expected a few hundred signatures.`,
    () =>
      'A hearing does not oblige parliament to change the law. Committee members can recommend legislation, ask the government to act, or conclude that no action is needed; their conclusions must be published on the portal with reasons.',
    () =>
      'Some users have complained that verification is difficult for older people and those without a digital signature, and that petitions are moderated without clear reasons when they are rejected. Parliamentary staff said the rules were being reviewed.',
  ],
  background: [
    () =>
      'The portal was launched as part of a wider effort to make parliament more open, alongside live broadcasts of committee hearings and the publication of members’ voting records. Its rules were drawn up after a consultation with civic groups.',
    ({ v }) =>
      `Campaigners on ${v.topic.short} had tried other routes before — letters to ministries, meetings with local officials, social media campaigns — with little result. They said the portal offered, for the first time, a formal obligation to respond.`,
  ],
  quotes: [
    { by: 0, says: () => 'This is a new channel between people and their parliament. We are learning as we go, and so are the petitioners. The important thing is that every petition gets a fair look.' },
    { by: 1, says: () => 'We are ordinary people with jobs and children. We did not know how parliament works when we started. Now we know a little more, and we want to see it through.' },
    { by: 2, says: () => 'A hearing is not a law. But it puts officials on the record, in public, and that changes the conversation. It is a modest tool, and a useful one.' },
  ],
  list: {
    intro: () => 'How the petitions portal works:',
    items: [
      () => 'Sign in with a digital signature or the state identity app.',
      () => 'Submit a petition of up to 500 words; moderators check it within five working days.',
      () => 'Collect signatures for up to 90 days.',
      () => 'At 10,000 signatures, the relevant committee must hold a public hearing.',
      () => 'The committee publishes its conclusions on the portal.',
    ],
    ordered: true,
  },
  subheads: ['How it works', 'What the hearing can achieve'],
  closing: () =>
    'Parliamentary staff said they would publish a report on the portal’s first year, including how many petitions were rejected and why.',
});

export const politicsKinds: KindDefinition[] = [draftLaw, budgetHearing, byElection, audit, appointment, petitions];
