import { slugify } from '../slug';
import type { SeedTag } from '../types';
import { PLACES } from './kit';

/** Topics, places and organisations (fictional ones included) that stories are tagged with. */

const TOPICS = [
  'Transport', 'Water', 'Education', 'Health', 'Weather', 'Local government', 'Agriculture', 'Tourism',
  'Parliament', 'Budget', 'Elections',
  'Banking', 'Prices', 'Jobs', 'Trade', 'Energy',
  'Diplomacy', 'Caspian Sea', 'Shipping',
  'Music', 'Books', 'Film', 'Heritage',
  'Football', 'Wrestling', 'Chess', 'Athletics',
  'Climate', 'Research', 'Start-ups', 'Renewables', 'Earthquakes',
];

const ORGANISATIONS = ['Milli Məclis', 'Chamber of Accounts', 'Central Bank', 'Caspian Policy Institute', 'Xəzər Technical University'];

export const TAGS: SeedTag[] = [...Object.values(PLACES).map((place) => place.name), ...TOPICS, ...ORGANISATIONS].map((name) => ({
  name,
  slug: slugify(name),
}));
