import 'server-only';
import { z } from 'zod';
import { INT4_MAX } from '../db/row-id';
import { assertCan } from '../auth/authorize';
import type { Actor } from '../auth/permissions';
import { db, Prisma } from '../db/client';
import { zonedParts } from '../time/format';
import { describeAuditEntry, type DescribedEntry } from './describe';

/**
 * Reading the audit trail (Admins: readAuditLog): filtered by who, what, which thing and when,
 * newest first, a page at a time. Pages are keyset cursors on the id (`before` / `after`), so
 * the thousandth page of a long trail costs what the first does and new entries arriving do not
 * shift what "older" means. Days in the date filter are days in the publication's time zone.
 */

export const AUDIT_PAGE_SIZE = 50;

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
  .optional()
  .catch(undefined);
const cursor = z.coerce.number().int().positive().max(INT4_MAX).optional().catch(undefined);

export const auditFilters = z.object({
  /** A person's id, or "system" for entries with no actor (the scheduler, the command line). */
  actor: z
    .union([z.literal('system'), z.string().regex(/^\d{1,9}$/)])
    .optional()
    .catch(undefined),
  action: z.string().trim().max(64).regex(/^[a-z_.]*$/).optional().catch(undefined),
  subjectType: z.string().trim().max(32).regex(/^[a-z_]*$/).optional().catch(undefined),
  subjectId: z.string().trim().max(64).optional().catch(undefined),
  from: day,
  to: day,
  before: cursor,
  after: cursor,
})
  // "From 20 March to 10 March" means the days between them: the form shows them in order.
  .transform((filters) => (filters.from && filters.to && filters.from > filters.to ? { ...filters, from: filters.to, to: filters.from } : filters));
export type AuditFilters = z.infer<typeof auditFilters>;

export interface AuditRow extends DescribedEntry {
  id: number;
  createdAt: Date;
  action: string;
  subjectType: string;
  subjectId: string;
  actor: { id: number; name: string } | null;
  /** Where the subject can be opened in the newsroom, when it still exists there. */
  subjectHref: string | null;
}

export interface AuditPage {
  rows: AuditRow[];
  /** Cursors for the neighbouring pages; null at either end. */
  newer: number | null;
  older: number | null;
}

/** The first instant of a calendar day (YYYY-MM-DD) as a clock in `timeZone` shows it. */
export function startOfZonedDay(value: string, timeZone: string): Date {
  const [year, month, date] = value.split('-').map(Number);
  const asUtc = Date.UTC(year, month - 1, date);
  // The zone's offset at that moment, checked twice so a DST change between guesses is caught.
  let instant = asUtc - zonedParts(new Date(asUtc), timeZone).offsetMinutes * 60_000;
  instant = asUtc - zonedParts(new Date(instant), timeZone).offsetMinutes * 60_000;
  return new Date(instant);
}

function nextDay(value: string): string {
  const [year, month, date] = value.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}

function whereOf(filters: AuditFilters, timeZone: string): Prisma.AuditLogWhereInput {
  const where: Prisma.AuditLogWhereInput = {};
  if (filters.actor === 'system') where.actorId = null;
  else if (filters.actor) where.actorId = Number(filters.actor);
  if (filters.action) where.action = filters.action;
  if (filters.subjectType) where.subjectType = filters.subjectType;
  if (filters.subjectId) where.subjectId = filters.subjectId;
  if (filters.from || filters.to) {
    where.createdAt = {
      ...(filters.from ? { gte: startOfZonedDay(filters.from, timeZone) } : {}),
      ...(filters.to ? { lt: startOfZonedDay(nextDay(filters.to), timeZone) } : {}),
    };
  }
  return where;
}

export async function listAuditEntries(actor: Actor, filters: AuditFilters, timeZone: string): Promise<AuditPage> {
  assertCan(actor, 'readAuditLog', 'Only Admins read the audit log.');
  const where = whereOf(filters, timeZone);
  const select = { id: true, createdAt: true, action: true, subjectType: true, subjectId: true, details: true, actor: { select: { id: true, name: true } } } as const;
  let entries;
  if (filters.after && !filters.before) {
    entries = (await db.auditLog.findMany({ where: { AND: [where, { id: { gt: filters.after } }] }, orderBy: { id: 'asc' }, take: AUDIT_PAGE_SIZE, select })).reverse();
  } else {
    entries = await db.auditLog.findMany({
      where: filters.before ? { AND: [where, { id: { lt: filters.before } }] } : where,
      orderBy: { id: 'desc' },
      take: AUDIT_PAGE_SIZE,
      select,
    });
  }
  const first = entries[0]?.id;
  const last = entries.at(-1)?.id;
  const [hasNewer, hasOlder, names] = await Promise.all([
    first ? db.auditLog.findFirst({ where: { AND: [where, { id: { gt: first } }] }, select: { id: true } }) : null,
    last ? db.auditLog.findFirst({ where: { AND: [where, { id: { lt: last } }] }, select: { id: true } }) : null,
    subjectNames(entries),
  ]);
  return {
    rows: entries.map((entry) => {
      const key = `${entry.subjectType}:${entry.subjectId}`;
      const subjectName = names.get(key) ?? null;
      return {
        id: entry.id,
        createdAt: entry.createdAt,
        action: entry.action,
        subjectType: entry.subjectType,
        subjectId: entry.subjectId,
        actor: entry.actor,
        subjectHref: subjectName !== null ? subjectHref(entry.subjectType, entry.subjectId) : null,
        ...describeAuditEntry({ ...entry, subjectName, timeZone }),
      };
    }),
    newer: hasNewer && first ? first : null,
    older: hasOlder && last ? last : null,
  };
}

function subjectHref(type: string, id: string): string | null {
  switch (type) {
    case 'user':
      return `/admin/users/${id}`;
    case 'story':
      return `/admin/stories/${id}`;
    case 'section':
      return `/admin/sections/${id}`;
    case 'tag':
      return `/admin/tags/${id}`;
    default:
      return null;
  }
}

/** Current names of the people, stories, sections and tags on this page (four queries at most). */
async function subjectNames(entries: readonly { subjectType: string; subjectId: string }[]): Promise<Map<string, string>> {
  const ids = (type: string) => [...new Set(entries.filter((entry) => entry.subjectType === type && /^\d{1,9}$/.test(entry.subjectId)).map((entry) => Number(entry.subjectId)))];
  const [users, stories, sections, tags] = await Promise.all([
    ids('user').length ? db.user.findMany({ where: { id: { in: ids('user') } }, select: { id: true, name: true } }) : [],
    ids('story').length ? db.article.findMany({ where: { id: { in: ids('story') } }, select: { id: true, headline: true } }) : [],
    ids('section').length ? db.section.findMany({ where: { id: { in: ids('section') } }, select: { id: true, name: true } }) : [],
    ids('tag').length ? db.tag.findMany({ where: { id: { in: ids('tag') } }, select: { id: true, name: true } }) : [],
  ]);
  return new Map([
    ...users.map((row) => [`user:${row.id}`, row.name] as const),
    ...stories.map((row) => [`story:${row.id}`, row.headline] as const),
    ...sections.map((row) => [`section:${row.id}`, row.name] as const),
    ...tags.map((row) => [`tag:${row.id}`, row.name] as const),
  ]);
}

export interface AuditFilterOptions {
  actors: { id: number; name: string }[];
  actions: string[];
  subjectTypes: string[];
}

/**
 * What the filters offer: everyone on the staff, and the actions and subject kinds that occur in
 * the trail — each read with a loose index scan (one index probe per distinct value), so a long
 * trail does not make the page slow.
 */
export async function auditFilterOptions(actor: Actor): Promise<AuditFilterOptions> {
  assertCan(actor, 'readAuditLog', 'Only Admins read the audit log.');
  const [actors, actions, subjectTypes] = await Promise.all([
    db.user.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    db.$queryRaw<{ value: string }[]>`
      WITH RECURSIVE found AS (
        (SELECT action AS value FROM "AuditLog" ORDER BY action LIMIT 1)
        UNION ALL
        SELECT (SELECT action FROM "AuditLog" WHERE action > found.value ORDER BY action LIMIT 1) FROM found WHERE found.value IS NOT NULL
      ) SELECT value FROM found WHERE value IS NOT NULL`,
    db.$queryRaw<{ value: string }[]>`
      WITH RECURSIVE found AS (
        (SELECT "subjectType" AS value FROM "AuditLog" ORDER BY "subjectType" LIMIT 1)
        UNION ALL
        SELECT (SELECT "subjectType" FROM "AuditLog" WHERE "subjectType" > found.value ORDER BY "subjectType" LIMIT 1) FROM found WHERE found.value IS NOT NULL
      ) SELECT value FROM found WHERE value IS NOT NULL`,
  ]);
  return { actors, actions: actions.map((row) => row.value), subjectTypes: subjectTypes.map((row) => row.value) };
}
