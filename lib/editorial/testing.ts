import { paragraphs } from '../testing/newsroom';
import { storyFields, type StoryFields, type StoryFieldsInput } from './fields';

/** Test support for lib/editorial: valid story fields. (Never imported by the app.) */
export function fields(overrides: Partial<StoryFieldsInput> & { sectionId: number }): StoryFields {
  return storyFields.parse({
    headline: 'Rain returns to Bakı',
    standfirst: 'Forecasters expect the wettest week of the year.',
    body: paragraphs('The first paragraph.', 'The second paragraph.'),
    slugAuto: true,
    ...overrides,
  });
}

/** The error `promise` rejects with; fails the test when it resolves. */
export async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}
