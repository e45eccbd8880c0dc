import { randomBytes } from 'node:crypto';
import { getDb } from '../db/client';
import type { StoryDocument } from '../document/schema';
import { storyFields, type StoryFields, type StoryFieldsInput } from './fields';

/** Test support for lib/editorial: sections, images and valid story fields. (Never imported by the app.) */
export async function createSection(name = `Section ${randomBytes(3).toString('hex')}`): Promise<{ id: number; slug: string }> {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return getDb().section.create({ data: { name, slug }, select: { id: true, slug: true } });
}

export async function createImage(alt = 'A described picture'): Promise<{ id: number }> {
  return getDb().image.create({
    data: { storageKey: `images/test/${randomBytes(6).toString('hex')}`, width: 1600, height: 900, mimeType: 'image/jpeg', bytes: 1000, variantWidths: [640], alt },
    select: { id: true },
  });
}

export function paragraphs(...texts: string[]): StoryDocument {
  return { type: 'doc', content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) };
}

export function fields(overrides: Partial<StoryFieldsInput> & { sectionId: number }): StoryFields {
  return storyFields.parse({
    headline: 'Rain returns to Bakı',
    standfirst: 'Forecasters expect the wettest week of the year.',
    body: paragraphs('The first paragraph.', 'The second paragraph.'),
    slugAuto: true,
    ...overrides,
  });
}
