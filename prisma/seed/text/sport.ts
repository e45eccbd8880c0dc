import type { Random } from '../random';
import {
  AGENCY_CREDIT, STAFF_CREDIT, capitalise, count, defineKind, manat, ordinal, thousands,
  type KindDefinition, type SectionDesk,
} from './kit';

/** Sport: football, wrestling, chess, facilities and the city run. Clubs and players are fictional. */

export const sportDesk: SectionDesk = {
  name: 'Sport',
  slug: 'sport',
  description: 'Football, wrestling, chess and every result that matters.',
  authorSlugs: ['tofiq-sukurov', 'ulvi-nebiyev'],
  themes: {
    football: {
      expertRoles: [
        'a former national team midfielder who now works as a television pundit',
        'a football analyst who writes about the league',
        'a youth coach with a Baku academy',
      ],
      background: [
        () =>
          'The Premier League has ten clubs, several of them owned by companies or regional authorities. Attendances are modest outside the biggest matches, and clubs depend heavily on their owners rather than on ticket sales or television money.',
        () =>
          'League clubs have had growing success in the qualifying rounds of European competitions, which bring prize money and prestige. Coaches say the experience has raised standards at home, particularly in fitness and tactics.',
        () =>
          'Academies have become a priority for the football federation, which now requires every top-flight club to field young home-grown players. Critics say too many foreign players still block the path to the first team.',
      ],
      expertQuotes: [
        ({ expert }) =>
          `${expert.name}, ${expert.role}, said the performance showed how far the league had come. “Ten years ago a match like this would have been decided by one mistake,” ${expert.he} said. “Now both teams press, both teams can play. The gap to the best clubs in the region is closing.”`,
        ({ expert }) =>
          `“Results come and go,” said ${expert.name}, ${expert.role}. “What matters is whether clubs keep investing in young players when they lose. That is the real test of a league.”`,
        ({ expert }) =>
          `“Supporters come back when they believe the football is honest and the club has a plan,” said ${expert.name}, ${expert.role}. “Results help, but a clear identity matters more.”`,
        ({ expert }) =>
          `${expert.name}, ${expert.role}, said physical standards had risen sharply. “Players here now run as much as players in bigger leagues,” ${expert.he} said. “The next step is decision-making — choosing the right pass when you are tired.”`,
      ],
    },
    combat: {
      expertRoles: [
        'a former European champion who now coaches the junior team',
        'a sports scientist at the national Olympic training centre',
      ],
      background: [
        () =>
          'Wrestling has deep roots in the country, where village contests were part of festivals long before the sport was organised. Freestyle and Greco-Roman wrestlers, along with judoka, have won many of the country’s Olympic medals.',
        () =>
          'The national Olympic training centre outside Baku provides facilities, coaching and sports science for elite athletes, and regional schools feed the national squads. Coaches say the competition for places is fierce.',
        () =>
          'Weight management is one of the sport’s hardest disciplines. Federations have introduced stricter rules on weigh-ins and rapid weight loss, after concerns about the health of young athletes.',
      ],
      expertQuotes: [
        ({ expert }) =>
          `${expert.name}, ${expert.role}, said the result reflected years of work in the regional schools. “Champions are not made in Baku,” ${expert.he} said. “They are made in village gyms with one coach and a mat that has seen better days.”`,
        ({ expert }) =>
          `“Talent is common in this sport,” said ${expert.name}, ${expert.role}. “What separates the best is patience — the ability to wait for the moment and not to panic when it does not come.”`,
        ({ expert }) =>
          `“Wrestling is a sport of details,” said ${expert.name}, ${expert.role}. “A hand in the wrong place, half a second of hesitation — at this level, that decides medals.”`,
        ({ expert }) =>
          `${expert.name}, ${expert.role}, said the country’s coaching tradition was its great advantage. “Our coaches pass on knowledge refined over generations,” ${expert.he} said. “Young wrestlers here learn things that others have to discover for themselves.”`,
      ],
    },
    chess: {
      expertRoles: [
        'a grandmaster who trains the national women’s team',
        'a chess commentator and international master',
      ],
      background: [
        () =>
          'Chess has been a national passion for generations, and the country has produced several players who reached the world’s top ten. Baku hosted the Chess Olympiad in 2016, and schools across the country teach the game.',
        () =>
          'A school chess programme introduced over a decade ago teaches the game to young pupils in many schools, and coaches say it has widened the pool of talent, particularly among girls.',
        () =>
          'Faster formats — rapid and blitz — and online play have changed the game, drawing young players and audiences who follow games live on streaming platforms.',
      ],
      expertQuotes: [
        ({ expert }) =>
          `${expert.name}, ${expert.role}, said the result was no surprise to those who had followed the player. “The calculation was always there,” ${expert.he} said. “What has changed is the nerve — playing for a win with black against a stronger opponent, and trusting the analysis.”`,
        ({ expert }) =>
          `“There are more strong young players in this country now than at any time I can remember,” said ${expert.name}, ${expert.role}. “The challenge is keeping them in the game when university and careers come along.”`,
        ({ expert }) =>
          `“Chess rewards people who can sit with a problem for a long time without panicking,” said ${expert.name}, ${expert.role}. “That is a rare quality, and we seem to have a lot of it.”`,
        ({ expert }) =>
          `${expert.name}, ${expert.role}, said strong tournaments at home were vital. “Young players need to meet grandmasters across the board, not only on a screen,” ${expert.he} said.`,
      ],
    },
    grassroots: {
      expertRoles: [
        'a sports sociologist at Xəzər Technical University',
        'a physical education teacher who trains school coaches',
        'a coach who runs a running club in Baku',
      ],
      background: [
        () =>
          'Participation in sport outside school remains low compared with much of Europe, according to a survey commissioned by the youth and sport ministry, particularly among girls and among adults over thirty.',
        () =>
          'Many sports halls built in recent years stand underused, coaches say, because clubs cannot afford the rent or because opening hours do not suit working people. Officials have promised to review the rules.',
        () =>
          'Running has boomed in Baku over the past few years, with clubs meeting on the seafront boulevard at dawn and thousands taking part in organised races. Organisers say the growth has been driven by word of mouth and social media.',
      ],
      expertQuotes: [
        ({ expert }) =>
          `${expert.name}, ${expert.role}, said facilities were only half the answer. “You can build a beautiful hall and leave it empty,” ${expert.he} said. “What gets people moving is a good coach, a friendly club and a time that fits around work and school.”`,
        ({ expert }) =>
          `“Elite sport gets the headlines, but health is won at the grassroots,” said ${expert.name}, ${expert.role}. “Every child who plays sport at twelve is an adult who is more likely to be active at forty.”`,
        ({ expert }) =>
          `“The best sports facility is the one that is open when people are free,” said ${expert.name}, ${expert.role}. “Evenings, weekends, school holidays — that is when communities want to play.”`,
        ({ expert }) =>
          `${expert.name}, ${expert.role}, said girls needed particular attention. “Many girls stop playing sport at twelve or thirteen,” ${expert.he} said. “Clubs that make them feel welcome keep them, and the benefits last a lifetime.”`,
      ],
    },
  },
  subheads: ['The bigger picture', 'What it means', 'Looking ahead'],
  figure: {
    key: 'figure-sport-stands',
    label: 'Stadium stands',
    alt: 'Supporters waving scarves and flags in the stands of a football stadium under floodlights.',
    caption: 'Supporters in the stands during a league match.',
    credit: AGENCY_CREDIT,
    aspect: '16:9',
  },
};

const CLUBS = ['Abşeron Lions', 'Gəncə Atletik', 'Xəzər Sumqayıt', 'Lənkəran Dənizçiləri', 'Şəki İpəkçiləri', 'Quba Dağları', 'Mingəçevir Su', 'Şirvan Ulduzu'];

const leagueMatch = defineKind({
  id: 'league-match',
  liveEvent: true,
  section: 'sport',
  tags: ['football'],
  places: ['baku', 'gence', 'sumqayit', 'lenkeran', 'seki', 'quba'],
  themes: ['football'],
  placeProfile: false,
  video: true,
  hero: {
    key: 'hero-football-match',
    label: 'League match',
    alt: 'Two footballers challenge for a high ball in front of a crowded stand.',
    caption: 'Players challenge for the ball during a Premier League match.',
    credit: AGENCY_CREDIT,
    aspect: '16:9',
  },
  speakers: [
    { role: ({ v }) => `coach of ${v.home}`, pronoun: 'he' },
    { role: ({ v }) => `the ${v.away} coach`, pronoun: 'he' },
    { role: () => 'who scored the decisive goal', pronoun: 'he' },
  ],
  vars: (r: Random) => {
    const [home, away, ...others] = r.shuffle(CLUBS);
    const homeGoals = r.int(2, 3);
    return {
      home,
      away,
      // Always a one-goal margin: the report's late decisive goal depends on it.
      homeGoals,
      awayGoals: homeGoals - 1,
      otherResults: [0, 2, 4].map((i) => `${others[i]} ${r.int(0, 3)}–${r.int(0, 2)} ${others[i + 1]}`),
      minute: r.int(78, 93),
      crowd: r.int(30, 120) * 100,
      points: r.int(2, 7),
      rounds: r.int(4, 9),
    };
  },
  angles: [
    {
      headline: ({ v }) => `${v.home} beat ${v.away} ${v.homeGoals}–${v.awayGoals} to go top of the Premier League`,
      standfirst: ({ v }) => `A goal in the ${ordinal(v.minute)} minute settled a tense match in front of ${thousands(v.crowd)} spectators.`,
      lede: ({ v }) =>
        `${v.home} moved to the top of the Premier League with a ${v.homeGoals}–${v.awayGoals} win over ${v.away}, a late goal in the ${ordinal(v.minute)} minute settling a tense, physical match watched by ${thousands(v.crowd)} spectators.`,
      quote: { by: 0, says: () => 'Top of the table is a nice view, but it is only a view. There are many matches left, and the players know it.' },
    },
    {
      headline: ({ v }) => `Late winner gives ${v.home} ${v.homeGoals}–${v.awayGoals} victory over ${v.away}`,
      standfirst: () => 'The visitors had looked the likelier winners for much of the second half.',
      lede: ({ v }) =>
        `${v.home} snatched a ${v.homeGoals}–${v.awayGoals} win over ${v.away} with a goal in the ${ordinal(v.minute)} minute, breaking the hearts of visitors who had looked the likelier winners for much of the second half.`,
      quote: { by: 1, says: () => 'To lose it like that, in the last minutes, hurts. We were the better side after the break. Football does not always reward the better side.' },
    },
    {
      headline: ({ v }) => `Title race tightens: ${v.points} points separate the top three with ${v.rounds} rounds left`,
      standfirst: ({ v }) => `${v.home}’s win over ${v.away} sets up a decisive few weeks.`,
      lede: ({ v }) =>
        `The Premier League title race has tightened to ${count(v.points)} points between the top three clubs with ${count(v.rounds)} rounds remaining, after ${v.home} beat their rivals ${v.away} ${v.homeGoals}–${v.awayGoals} in the weekend’s key match.`,
      quote: { by: 0, says: ({ v }) => `${capitalise(count(v.points))} points is nothing with this many games left. We take it one match at a time — it is a cliché because it is true.` },
    },
    {
      headline: ({ v }) => `${v.away} part ways with coach after five defeats in a row`,
      standfirst: () => 'An assistant will take charge for the next match while the club searches for a replacement.',
      lede: ({ v }) =>
        `${v.away} have parted company with their coach after a run of five consecutive defeats, the latest a ${v.homeGoals}–${v.awayGoals} loss at ${v.home} that left the club in the bottom half of the Premier League table.`,
      quote: { by: 0, says: () => 'I know how it feels to be on the other side of a run like that. Football can be cruel to coaches. I wish my colleague well.' },
    },
  ],
  paragraphs: [
    ({ v }) =>
      `${v.home} started brightly, pressing high and forcing a string of corners, and took the lead midway through the first half with a header from a set piece. ${v.away} grew into the match after the break and might have equalised when a shot struck the post.`,
    ({ v }) =>
      `The decisive moment came in the ${ordinal(v.minute)} minute, when a quick counter-attack down the left ended with a low shot into the far corner. ${v.away} pushed forward in stoppage time but could not find a way through.`,
    () =>
      'The referee showed six yellow cards in a bad-tempered second half, and both benches were warned after a confrontation on the touchline. The video assistant referee overturned a penalty decision after a long review.',
    ({ v }) =>
      `The attendance of ${thousands(v.crowd)} was one of the highest of the season, helped by cheap tickets for students and a large travelling contingent from ${v.away}.`,
  ],
  background: [
    ({ v }) =>
      `${v.home} have invested heavily in their squad over the past two seasons, bringing in experienced players from abroad alongside graduates of their academy. ${v.away} rely more on young local players, several of whom have been called up to national youth teams.`,
    () =>
      'Matches between the two clubs have been closely fought in recent seasons, with neither side winning by more than a single goal in their last few meetings.',
  ],
  quotes: [
    { by: 0, says: () => 'It was not our most beautiful game, but it was our most determined. In the last twenty minutes the players showed character. That is what wins leagues.' },
    { by: 1, says: () => 'We gave them too much respect in the first half. After the break we played our football. The result is hard to accept, but the performance gives me hope.' },
    { by: 2, says: () => 'I saw the space and I did not think, I just hit it. I am happy for the supporters. They sing for us all game; they deserved that.' },
  ],
  list: {
    intro: () => 'Elsewhere in the Premier League this weekend:',
    items: [({ v }) => v.otherResults[0], ({ v }) => v.otherResults[1], ({ v }) => v.otherResults[2]],
  },
  subheads: ['How the match was won', 'The table'],
  closing: ({ v }) =>
    `${v.home} travel away next weekend; ${v.away} are at home. Both clubs also have cup ties in midweek.`,
});

// Categories contested by both men and women, since the champion may be either.
const WEIGHT_CLASSES = ['57 kg', '65 kg'];

const wrestling = defineKind({
  id: 'wrestling',
  liveEvent: true,
  section: 'sport',
  tags: ['wrestling'],
  places: ['baku', 'naxcivan', 'gence', 'sirvan', 'mingecevir'],
  themes: ['combat'],
  hero: {
    key: 'hero-wrestling-mat',
    label: 'Wrestling bout',
    alt: 'Two wrestlers in red and blue grapple in the centre of a mat while a referee watches.',
    caption: 'A freestyle wrestling bout.',
    credit: AGENCY_CREDIT,
    aspect: '3:2',
  },
  speakers: [
    () => 'the champion',
    () => 'head coach of the national freestyle team',
    () => 'the wrestler’s first coach, who still runs a village gym',
  ],
  vars: (r: Random) => ({
    weight: r.pick(WEIGHT_CLASSES),
    age: r.int(19, 27),
    medals: r.int(3, 8),
    score: `${r.int(5, 9)}–${r.int(1, 4)}`,
    entrants: r.int(18, 42) * 10,
  }),
  angles: [
    {
      headline: ({ v, p }) => `${p[0].name} wins European gold at ${v.weight} as wrestlers collect ${v.medals} medals`,
      standfirst: () => 'The national team finished second in the freestyle standings.',
      lede: ({ v, p }) =>
        `${p[0].name} won gold in the ${v.weight} freestyle category at the European Championships, beating the defending champion ${v.score} in the final, as the national team collected ${count(v.medals)} medals and finished second in the team standings.`,
      quote: { by: 1, says: ({ v }) => `${capitalise(count(v.medals))} medals is a strong result for a young team. We came to learn, and we leave with more than we hoped.` },
    },
    {
      headline: ({ place, v, p }) => `${place.name}’s ${p[0].name} takes national wrestling title at ${v.age}`,
      standfirst: () => 'The young wrestler beat two former champions on the way to the title.',
      lede: ({ place, v, p }) =>
        `${p[0].name}, a wrestler from ${place.name}, won the national title in the ${v.weight} category, beating two former champions on a day that ended with a ${v.score} win in the final and a place in the national team.`,
      quote: { by: 0, says: () => 'Two former champions in one day — I did not have time to be afraid. I just wrestled the next bout, and then the next.' },
    },
    {
      headline: ({ v }) => `${v.entrants} young wrestlers compete for places at national junior championships`,
      standfirst: () => 'Coaches say the event is the best guide to who will represent the country in four years.',
      lede: ({ place, v }) =>
        `Some ${v.entrants} young wrestlers from across the country competed at the national junior championships in ${place.name}, an event coaches watch closely as the best guide to who will represent the country at senior level.`,
      quote: { by: 1, says: () => 'Some of the young wrestlers here today will be on the podium at world championships in a few years. Our job is to find them and not to rush them.' },
    },
  ],
  paragraphs: [
    ({ v, p }) =>
      `${p[0].name} controlled the final from the start, scoring with a takedown in the first minute and adding points with a series of turns on the mat. ${capitalise(p[0].he)} had won ${p[0].his} earlier bouts in the ${v.weight} category by wide margins.`,
    ({ v }) =>
      `The team’s ${count(v.medals)} medals included gold, silver and bronze across the freestyle and Greco-Roman categories, a result the federation called its best in several years.`,
    ({ p }) =>
      `${p[0].name}, who is ${p[0].he === 'she' ? 'one of a growing number of women in the sport' : 'from a family of wrestlers'}, began training at the age of nine in a small gym in ${p[0].his} home district, travelling to Baku for competitions.`,
    () =>
      'Coaches said the next goal was qualification for the world championships and, beyond that, the Olympic Games, where places for each country are limited and competition within the national team is intense.',
  ],
  background: [
    () =>
      'The national team trains for much of the year at the Olympic centre, with camps abroad before major events. Coaches have introduced new recovery and nutrition programmes in recent years.',
    () =>
      'Women’s wrestling has grown quickly, with clubs opening in several regions and a national women’s team that now competes at every major championship.',
  ],
  quotes: [
    { by: 0, says: () => 'I dedicate this medal to my parents and to my first coach. I have watched these finals on television since I was a child. Standing on the podium, I could not believe it was me.' },
    { by: 1, says: () => 'We came with a young team and a plan. The plan worked. Now we have to stay humble and keep working, because everyone will be studying our wrestlers now.' },
    { by: 2, says: () => 'The first time this child came to my gym, I knew. Not because of strength — everyone is strong — but because of how quickly the lessons were learned.' },
  ],
  list: {
    intro: () => 'The national team’s medals:',
    items: [
      ({ v }) => `**Gold:** freestyle ${v.weight}`,
      () => '**Silver:** freestyle 61 kg; Greco-Roman 77 kg',
      () => '**Bronze:** freestyle 92 kg; Greco-Roman 60 kg and 130 kg',
    ],
  },
  subheads: ['On the mat', 'The road to the Olympics'],
  closing: () =>
    'Coaches will name the squad for the next international championships in the coming weeks, and several of the medallists are expected to be included.',
});

const chess = defineKind({
  id: 'chess',
  liveEvent: true,
  section: 'sport',
  tags: ['chess'],
  places: ['baku', 'sumqayit', 'gence', 'samaxi'],
  themes: ['chess'],
  placeProfile: false,
  hero: {
    key: 'hero-chess-board',
    label: 'Chess tournament',
    alt: 'Two players concentrate over a chessboard with a clock beside it in a tournament hall.',
    caption: 'Players concentrate at a chess tournament.',
    credit: STAFF_CREDIT('Leyla Həsənova'),
    aspect: '4:3',
  },
  speakers: [
    () => 'the winner',
    () => 'the tournament director',
    () => 'a chess coach at a Baku school',
  ],
  vars: (r: Random) => {
    const rounds = r.int(7, 11);
    return {
      rounds,
      points: rounds - r.pick([1, 1.5, 2]),
      players: r.int(120, 380),
      age: r.int(13, 19),
      countries: r.int(18, 46),
    };
  },
  angles: [
    {
      headline: ({ place, v, p }) => `${p[0].name} wins ${place.name} Open with ${v.points} points from ${v.rounds} rounds`,
      standfirst: ({ v }) => `The tournament drew ${v.players} players from ${v.countries} countries.`,
      lede: ({ place, v, p }) =>
        `${p[0].name} has won the ${place.name} Open, finishing with ${v.points} points from ${v.rounds} rounds, half a point ahead of a group of grandmasters, in a tournament that drew ${v.players} players from ${v.countries} countries.`,
      quote: { by: 1, says: () => 'We had grandmasters, club players and schoolchildren in the same hall. That mix is what makes an open tournament special.' },
    },
    {
      headline: ({ v, p }) => `${v.age}-year-old ${p[0].name} earns first grandmaster norm`,
      standfirst: () => 'The teenager beat two grandmasters on the way to the norm, one of three needed for the title.',
      lede: ({ place, v, p }) =>
        `${p[0].name}, ${v.age}, has earned a first grandmaster norm at a tournament in ${place.name}, beating two grandmasters along the way and taking a significant step towards the game’s highest title.`,
      quote: { by: 0, says: () => 'I knew I needed a win in the last round. I played the opening I had prepared for months, and when my opponent offered a draw, I said no.' },
    },
    {
      headline: ({ place }) => `School chess championship fills ${place.name} sports hall with young players`,
      standfirst: ({ v }) => `${thousands(v.players)} pupils took part, the largest field in the event’s history.`,
      lede: ({ place, v }) =>
        `The sports hall in ${place.name} fell almost silent as ${thousands(v.players)} pupils sat down to play in the national school chess championship, the largest field in the event’s history.`,
      quote: { by: 1, says: () => 'When the arbiter started the clocks, all those children went silent at the same moment. I have never heard a sports hall so quiet.' },
    },
  ],
  paragraphs: [
    ({ p }) =>
      `${p[0].name} took the lead in the penultimate round with a sharp win against the top seed, sacrificing a piece for a decisive attack, and then secured first place with a careful draw in the final round.`,
    () =>
      'The tournament was played at classical time controls, with the top boards broadcast online with live commentary in Azerbaijani, English and Russian. Spectators could follow the games on screens in the hall.',
    ({ v }) =>
      `Organisers said ${v.players} players had registered, making it one of the largest chess events in the region this year. Prizes were awarded in several age and rating categories.`,
    () =>
      'A rapid and blitz tournament held alongside the main event attracted a large crowd of young players, many of whom had learned the game at school.',
  ],
  background: [
    () =>
      'Strong national players have long been role models for young people, and chess clubs in Baku and the regions report waiting lists. The federation has promoted women’s chess with separate events and coaching camps.',
    () =>
      'Top players train with computer engines and teams of seconds, and preparation has become a decisive part of the game. Coaches say the best young players combine that preparation with the ability to play practical positions at the board.',
  ],
  quotes: [
    { by: 0, says: () => 'I did not expect this at the start. I just wanted to play good chess. After the win in the penultimate round, I knew a draw would be enough, and the last game was the hardest of my life.' },
    { by: 1, says: () => 'We wanted a tournament where a schoolchild could play a grandmaster in the first round. Some of those children will be the champions in ten years.' },
    { by: 2, says: () => 'Chess teaches children to sit still, to think before acting and to lose with dignity. Those are useful lessons far beyond the board.' },
  ],
  list: {
    intro: () => 'Final standings:',
    items: [
      ({ v, p }) => `${p[0].name} — ${v.points} points`,
      ({ v }) => `Three players tied on ${v.points - 0.5} points`,
      () => 'Best women’s result: a 17-year-old from Gəncə',
      () => 'Best junior result: a 12-year-old from Sumqayıt',
    ],
    ordered: true,
  },
  subheads: ['At the board', 'The next generation'],
  closing: () =>
    'The federation said the tournament would be held again next year, with a larger prize fund and a separate section for players with disabilities.',
});

const facilities = defineKind({
  id: 'sports-facilities',
  section: 'sport',
  tags: ['local-government', 'health'],
  places: ['gence', 'sumqayit', 'lenkeran', 'qebele', 'zaqatala', 'sirvan', 'mingecevir'],
  themes: ['grassroots'],
  hero: {
    key: 'hero-sports-hall',
    label: 'Sports complex',
    alt: 'Children practising basketball in a bright new sports hall with wooden floors.',
    caption: 'Children at a training session in a new sports hall.',
    credit: STAFF_CREDIT('Ramin Novruzov'),
    aspect: '3:2',
  },
  speakers: [
    ({ place }) => `head of youth and sport at the ${place.name} executive authority`,
    () => 'a volleyball coach',
    { role: () => 'a father whose two daughters train at the complex', pronoun: 'he' },
  ],
  vars: (r: Random) => ({
    cost: r.float(6, 32, 1),
    seats: r.int(8, 30) * 100,
    children: r.int(6, 30) * 100,
    sports: r.int(6, 14),
    pool: r.pick([25, 50]),
  }),
  angles: [
    {
      headline: ({ place, v }) => `${place.name} opens ${manat(v.cost)} sports complex with a ${v.pool}-metre pool`,
      standfirst: ({ v }) => `The complex offers ${v.sports} sports and free sessions for schoolchildren.`,
      lede: ({ place, v }) =>
        `A ${manat(v.cost)} sports complex with a ${v.pool}-metre swimming pool, an indoor hall seating ${thousands(v.seats)} and outdoor pitches has opened in ${place.name}, with free sessions for schoolchildren on weekday afternoons.`,
      quote: { by: 1, says: () => 'For the first time, my players will train on a proper floor, under proper lights, in a hall that is warm. Now nobody has an excuse.' },
    },
    {
      headline: ({ place }) => `Empty courts, full waiting lists: why ${place.name}’s sports hall is underused`,
      standfirst: () => 'Clubs say the rent is too high; managers say they need the income. Children are caught in the middle.',
      lede: ({ place, v }) =>
        `The sports hall in ${place.name} has courts for ${count(Math.min(v.sports, 10))} sports, changing rooms and a gym. On a weekday evening, most of it stands empty — while youth clubs in the town say they have waiting lists they cannot clear for lack of space.`,
      quote: { by: 1, says: () => 'We have forty children on a waiting list and an empty hall across the road. The rent is more than our whole club earns in a month.' },
    },
    {
      headline: ({ place, v }) => `Free swimming lessons for ${thousands(v.children)} children in ${place.name}`,
      standfirst: () => 'The scheme aims to ensure every child can swim by the end of primary school.',
      lede: ({ place, v }) =>
        `About ${thousands(v.children)} primary school children in ${place.name} will receive free swimming lessons this year under a scheme that aims to make sure every child in the district can swim by the time they leave primary school.`,
      quote: { by: 0, says: () => 'Every child should leave primary school able to swim. That is not a sporting goal; it is a safety goal, and it is achievable.' },
    },
  ],
  paragraphs: [
    ({ v }) =>
      `The complex offers training in ${v.sports} sports, including swimming, volleyball, basketball, wrestling and gymnastics, and has a gym and a running track. Local clubs will be able to book the halls at reduced rates.`,
    () =>
      'Opening hours run from early morning until late evening, and officials said weekday afternoons would be reserved for school groups and weekends for clubs and families.',
    ({ place }) =>
      `Before the complex opened, young athletes in ${place.name} trained in school gyms and an old Soviet-era sports hall with a leaking roof. The most talented travelled to Baku or Gəncə for training several times a week.`,
    () =>
      'Coaches said the facilities were excellent but that the real challenge was staffing: qualified coaches are scarce outside the capital, and salaries are low.',
  ],
  background: [
    () =>
      'Dozens of Olympic sports complexes have been built across the country over the past two decades, part of a programme to bring sport to every region. Their use varies widely, and some have struggled to cover their running costs.',
    () =>
      'Drowning remains a significant cause of accidental death among children, according to health officials, particularly in rural areas near rivers, reservoirs and the sea. Swimming lessons were rare in most schools until recently.',
  ],
  quotes: [
    { by: 0, says: () => 'This building belongs to the people of the district. We want it full from morning until night, with children, pensioners, clubs and families. An empty hall is a wasted hall.' },
    { by: 1, says: () => 'A good hall is half the job. The other half is coaches, and we need more of them, paid properly, or these buildings will stand empty.' },
    { by: 2, says: () => 'My daughters used to spend their afternoons on the phone. Now they are here four days a week, and they sleep well at night.' },
  ],
  list: {
    intro: () => 'What the complex offers:',
    items: [
      ({ v }) => `A ${v.pool}-metre pool with a separate learners’ pool`,
      ({ v }) => `An indoor hall with ${thousands(v.seats)} seats`,
      () => 'A gym, a wrestling hall and outdoor pitches',
      () => 'Free sessions for schoolchildren on weekday afternoons',
      () => 'Reduced rates for local clubs',
    ],
  },
  subheads: ['Inside the complex', 'Who will use it'],
  closing: ({ place }) =>
    `Officials said they would publish usage figures every six months and review prices after the first year. Registration for clubs in ${place.name} is open now.`,
});

const nationalTeam = defineKind({
  id: 'national-team',
  section: 'sport',
  tags: ['football'],
  places: ['baku'],
  themes: ['football'],
  placeProfile: false,
  hero: {
    key: 'hero-national-team-training',
    label: 'National team training',
    alt: 'Footballers in training bibs run drills on a green pitch while a coach watches.',
    caption: 'National team players during a training session.',
    credit: AGENCY_CREDIT,
    aspect: '16:9',
  },
  speakers: [
    { role: () => 'the national team coach', pronoun: 'he' },
    { role: () => 'the team captain', pronoun: 'he' },
    () => 'a supporters’ club leader',
  ],
  vars: (r: Random) => ({
    squad: r.int(24, 27),
    uncapped: r.int(2, 5),
    abroad: r.int(4, 9),
    ranking: r.int(105, 130),
  }),
  angles: [
    {
      headline: ({ v }) => `National coach names ${v.squad}-man squad with ${count(v.uncapped)} uncapped players`,
      standfirst: () => 'The selection for two qualifiers signals a shift towards younger players.',
      lede: ({ v }) =>
        `The national team coach has named a ${v.squad}-man squad for two qualifying matches, including ${count(v.uncapped)} uncapped players, in a selection that points to a gradual generational change in the team.`,
      quote: { by: 1, says: () => 'The young players bring energy and no fear. The older ones bring experience. If we mix them well, we will be difficult to beat.' },
    },
    {
      headline: () => 'Qualifier preview: what the national team needs from a double-header',
      standfirst: () => 'Four points from two matches would keep qualification hopes alive.',
      lede: () =>
        'The national team faces two qualifying matches in four days, one at home and one away, knowing that four points would keep alive its hopes of reaching a major tournament and anything less would leave the campaign all but over.',
      quote: { by: 0, says: () => 'Four points is the target, and everyone in the squad knows it. We will be brave at home and smart away.' },
    },
    {
      headline: ({ v }) => `Friendly win lifts spirits as national team climbs to ${v.ranking}th in rankings`,
      standfirst: () => 'A 2–0 victory in a friendly capped a run of three matches without defeat.',
      lede: ({ v }) =>
        `The national team won 2–0 in a friendly in Baku, extending its unbeaten run to three matches and helping it climb to ${v.ranking}th in the world rankings, its best position in several years.`,
      quote: { by: 2, says: () => 'Three games without defeat, and the stadium is filling up again. People can feel that something is changing.' },
    },
  ],
  paragraphs: [
    ({ v }) =>
      `The squad includes ${count(v.abroad)} players based abroad, in the Turkish, Russian and Central European leagues, and a core from the two leading domestic clubs. Several experienced players were left out, the coach said, for reasons of form rather than age.`,
    () =>
      'Among the newcomers is a 19-year-old midfielder who has impressed in his first full season in the Premier League, and a goalkeeper who has been first choice for his club since the start of the season.',
    () =>
      'The team will gather at a training camp near Baku a week before the first match. Tickets for the home game will go on sale online, with discounts for students and families.',
    () =>
      'The national team has never qualified for a major tournament, but has improved in recent campaigns, taking points from higher-ranked opponents and conceding fewer goals.',
  ],
  background: [
    () =>
      'The football federation has invested in coaching education and youth national teams, and several young players have moved to clubs abroad in recent years, which coaches say is essential for their development.',
    () =>
      'Home matches are played at the national stadium in Baku, which has hosted European club finals and international tournaments. Attendances for national team games have risen when results improve.',
  ],
  quotes: [
    { by: 0, says: () => 'I pick players who are playing well now, not players who played well two years ago. The young ones have earned their chance. Nobody has a permanent place.' },
    { by: 1, says: () => 'The mood is good. We know what is at stake. We need our supporters behind us from the first minute.' },
    { by: 2, says: () => 'We will fill the stadium. These young players deserve to hear what it sounds like when forty thousand people believe in them.' },
  ],
  list: {
    intro: () => 'The squad by position:',
    items: [
      () => '**Goalkeepers:** three, including one uncapped',
      () => '**Defenders:** eight, four of them under 23',
      () => '**Midfielders:** eight, including two new call-ups',
      () => '**Forwards:** five',
    ],
  },
  subheads: ['The squad', 'What is at stake'],
  closing: () =>
    'The team’s next matches will be shown live on national television, and the federation plans an open training session for supporters before the next home game.',
});

const boulevardRun = defineKind({
  id: 'baku-run',
  section: 'sport',
  tags: ['athletics'],
  places: ['baku'],
  themes: ['grassroots'],
  placeProfile: false,
  gallery: { slug: 'baku-boulevard-run', maxUses: 2 },
  hero: 'gallery',
  speakers: [
    { role: () => 'the winner of the men’s race', pronoun: 'he' },
    { role: () => 'the winner of the women’s race', pronoun: 'she' },
    () => 'the race director',
  ],
  vars: (r: Random) => ({
    runners: r.int(12, 28) * 1000,
    countries: r.int(30, 70),
    minutes: r.int(29, 31),
    seconds: r.int(10, 59),
    volunteers: r.int(3, 6) * 100,
    charity: r.int(80, 260) * 1000,
  }),
  angles: [
    {
      headline: ({ v }) => `${thousands(v.runners)} runners take over Baku seafront for the Boulevard Run`,
      standfirst: ({ v }) => `Runners from ${v.countries} countries took part in the city’s biggest race, and the course record fell.`,
      lede: ({ v }) =>
        `About ${thousands(v.runners)} runners from ${v.countries} countries filled Baku’s seafront boulevard for the city’s biggest race, from club athletes chasing a course record to families pushing prams on the shorter fun run.`,
      quote: { by: 2, says: () => 'Thousands of people running along the sea on the same morning — that is the picture of this city we want the world to see.' },
    },
    {
      headline: ({ v, p }) => `Course record falls as ${p[0].name} wins Boulevard Run in ${v.minutes}:${String(v.seconds).padStart(2, '0')}`,
      standfirst: ({ v }) => `The race raised ${thousands(v.charity)} manat for children’s sports clubs.`,
      lede: ({ v, p }) =>
        `${p[0].name} broke the course record at the Baku Boulevard Run, crossing the line in ${v.minutes} minutes ${v.seconds} seconds for the ten-kilometre route along the seafront, on a morning when about ${thousands(v.runners)} people took to the streets.`,
      quote: { by: 1, says: () => 'I knew the men’s record would be the story today, so I ran for myself. Next year I want mine.' },
    },
  ],
  paragraphs: [
    ({ p }) =>
      `${p[0].name} broke away from a small leading group at the halfway point and ran the second half alone, pushed by crowds along the boulevard. In the women’s race, ${p[1].name} won comfortably after leading from the start.`,
    ({ v }) =>
      `About ${v.volunteers} volunteers, most of them students, staffed water stations and marshalled the course, and roads in the centre of the city were closed for the morning. Organisers said the race had raised ${thousands(v.charity)} manat for children’s sports clubs.`,
    () =>
      'The route follows the seafront from the old town to the new business district and back, flat and fast but exposed to the wind, which was light this year. Spectators lined the course, many with flags and handmade signs.',
    () =>
      'Alongside the ten-kilometre race were a five-kilometre fun run, a wheelchair race and a children’s race, and organisers said participation had grown in every category.',
  ],
  background: [
    () =>
      'The Boulevard Run began a decade ago with a few hundred participants and has become one of the largest mass sporting events in the country. Running clubs say it has helped to change attitudes to exercise, especially among women.',
    () =>
      'Organisers have worked to make the race accessible, with free entry for children and pensioners and subsidised places for runners from the regions.',
  ],
  quotes: [
    { by: 0, says: () => 'The wind was kind today and the crowd was loud. At seven kilometres I felt I could go for the record, so I went. I am still shaking.' },
    { by: 1, says: () => 'I train on this boulevard every morning at six. Running it with thousands of people and the whole city watching is something else.' },
    { by: 2, says: () => 'The record is wonderful, but the thing I am proudest of is the fun run. Every year more families, more first-timers, more people who never thought of themselves as runners.' },
  ],
  list: {
    intro: () => 'Race results:',
    items: [
      ({ v, p }) => `**Men’s 10 km:** ${p[0].name}, ${v.minutes}:${String(v.seconds).padStart(2, '0')} (course record)`,
      ({ p }) => `**Women’s 10 km:** ${p[1].name}`,
      () => '**Wheelchair race:** won by a Paralympic athlete from Sumqayıt',
      () => '**Fun run:** more than 3,000 finishers',
    ],
  },
  subheads: ['On the course', 'A city that runs'],
  closing: () =>
    'Organisers said entries for next year’s race would open in the coming months and that they were considering a half-marathon distance.',
});

export const sportKinds: KindDefinition[] = [leagueMatch, wrestling, chess, facilities, nationalTeam, boulevardRun];
