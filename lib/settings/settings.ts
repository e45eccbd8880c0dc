import 'server-only';
import { recordAudit } from '../audit/record';
import { assertCan, Conflict, parseInput } from '../auth/authorize';
import type { Actor } from '../auth/permissions';
import { DEFAULT_SETTINGS } from '../content/settings';
import { cacheTag } from '../content/tags';
import { db, Prisma } from '../db/client';
import { settingsInput, type SettingsInput, type SettingsValues } from './input';

/**
 * Site settings (Admins only): the publication's name, tagline, time zone, language, social
 * links and whether feeds carry whole stories. One row (id 1), created on the first save. The
 * audit entry lists each changed field with its value before and after. Readers' pages read the
 * settings through lib/content/settings.ts (cached under the `settings` tag, expired here).
 */

export interface EditableSettings extends SettingsValues {
  /** ISO time of the last save, null before the first: sent back to detect a change meanwhile. */
  updatedAt: string | null;
}

const FIELDS = ['publicationName', 'tagline', 'timeZone', 'language', 'xHandle', 'facebookUrl', 'telegramUrl', 'youtubeUrl', 'feedFullContent'] as const;

const ONLY_ADMINS = 'Only Admins change the site settings.';

export async function getSettingsForEditing(actor: Actor): Promise<EditableSettings> {
  assertCan(actor, 'siteSettings', ONLY_ADMINS);
  const row = await db.siteSettings.findUnique({ where: { id: 1 } });
  if (!row) return { ...DEFAULT_SETTINGS, updatedAt: null };
  const { id: _id, updatedAt, ...values } = row;
  return { ...values, updatedAt: updatedAt.toISOString() };
}

export async function updateSettings(actor: Actor, raw: SettingsInput): Promise<{ value: EditableSettings; expire: string[] }> {
  assertCan(actor, 'siteSettings', ONLY_ADMINS);
  const { expectedUpdatedAt, ...values } = parseInput(settingsInput, raw);
  try {
    const saved = await db.$transaction(async (tx) => {
      const [current] = await tx.$queryRaw<{ updatedAt: Date }[]>`SELECT "updatedAt" FROM "SiteSettings" WHERE id = 1 FOR UPDATE`;
      const before = await tx.siteSettings.findUnique({ where: { id: 1 } });
      if (expectedUpdatedAt !== undefined && (current?.updatedAt.toISOString() ?? '') !== expectedUpdatedAt) {
        throw new Conflict('Another Admin saved the settings while you were editing. Reload to see their change, then make yours again.');
      }
      const row = await tx.siteSettings.upsert({ where: { id: 1 }, create: { id: 1, ...values }, update: values });
      const previous: SettingsValues = before ?? DEFAULT_SETTINGS;
      const changes = Object.fromEntries(
        FIELDS.filter((field) => previous[field] !== row[field]).map((field) => [field, { from: previous[field], to: row[field] }]),
      );
      if (Object.keys(changes).length) {
        await recordAudit(tx, { actorId: actor.id, action: 'settings.update', subjectType: 'settings', subjectId: 1, details: { changes } });
      }
      return row;
    });
    const { id: _id, updatedAt, ...settings } = saved;
    return { value: { ...settings, updatedAt: updatedAt.toISOString() }, expire: [cacheTag.settings] };
  } catch (error) {
    // Two first saves at once: the second finds the row the first created.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new Conflict('Another Admin saved the settings at the same moment. Reload and try again.');
    }
    throw error;
  }
}
