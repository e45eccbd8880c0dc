import 'server-only';
import { z } from 'zod';
import { recordAudit } from '../audit/record';
import { assertCan, Conflict, Invalid, parseInput } from '../auth/authorize';
import type { Actor } from '../auth/permissions';
import { NEWEST_FIRST, PUBLIC_ARTICLE } from '../content/articles';
import { cacheTag } from '../content/tags';
import { articlePath } from '../content/urls';
import { db, type Prisma } from '../db/client';
import { INT4_MAX } from '../db/row-id';
import { filterText, likeLiteral } from '../db/text';
import type { EditorialResult } from './save';
import { isPublic } from './snapshot';

/**
 * The home page's lead (Editors and Admins: curateHome). By default the home page chooses one
 * (lib/content/home.ts AUTOMATIC_LEAD); an editor may pin one published story there instead, until
 * they pin another, unpin it, or the story leaves the site (unpublished or deleted: see
 * workflow.ts, which ends the pin so a later republication does not lead by surprise).
 *
 * Every change names the pin it replaces (`replacing`, 0 for none), so two editors choosing at
 * once never silently undo each other: the later one is told what leads now.
 */

const CANDIDATES = 20;
const ONLY_EDITORS = 'Only Editors and Admins choose the home page lead.';

const storyId = z.coerce.number().int().positive().max(INT4_MAX);
/** The pinned story's id as the page showed it, 0 when nothing was pinned. */
const replacing = z.coerce.number().int().min(0).max(INT4_MAX);

export const pinHomeLeadInput = z.object({ articleId: storyId, replacing });
export const unpinHomeLeadInput = z.object({ replacing });

export interface LeadCandidate {
  id: number;
  headline: string;
  path: string;
  sectionName: string;
  publishedAt: Date;
  hasPicture: boolean;
}

export interface HomeLeadChoice {
  /** The pinned story, while readers can see it. */
  pinned: (LeadCandidate & { pinnedAt: Date; pinnedBy: string | null }) | null;
  /** Published stories to choose from: the newest, or those whose headline has `query`. */
  candidates: LeadCandidate[];
}

const candidateSelect = {
  id: true,
  slug: true,
  headline: true,
  firstPublishedAt: true,
  updatedAt: true,
  heroImageId: true,
  section: { select: { name: true, slug: true } },
} satisfies Prisma.ArticleSelect;

function toCandidate(row: Prisma.ArticleGetPayload<{ select: typeof candidateSelect }>): LeadCandidate {
  return {
    id: row.id,
    headline: row.headline,
    path: articlePath(row.section.slug, row.slug),
    sectionName: row.section.name,
    publishedAt: row.firstPublishedAt ?? row.updatedAt,
    hasPicture: row.heroImageId !== null,
  };
}

export async function getHomeLeadChoice(actor: Actor, options: { query?: string } = {}): Promise<HomeLeadChoice> {
  assertCan(actor, 'curateHome', ONLY_EDITORS);
  const query = filterText().parse(options.query ?? '');
  const [pin, candidates] = await Promise.all([
    db.homeLead.findUnique({
      where: { id: 1 },
      select: { pinnedAt: true, pinnedBy: { select: { name: true } }, article: { select: { ...candidateSelect, status: true, deletedAt: true } } },
    }),
    db.article.findMany({
      where: { ...PUBLIC_ARTICLE, ...(query ? { headline: { contains: likeLiteral(query), mode: 'insensitive' } } : {}) },
      orderBy: NEWEST_FIRST,
      take: CANDIDATES,
      select: candidateSelect,
    }),
  ]);
  return {
    pinned: pin && isPublic(pin.article) ? { ...toCandidate(pin.article), pinnedAt: pin.pinnedAt, pinnedBy: pin.pinnedBy?.name ?? null } : null,
    candidates: candidates.map(toCandidate),
  };
}

type Tx = Prisma.TransactionClient;

/**
 * Refuses a change made from a page that showed another pin than the one there now. A pin whose
 * story left the site is no pin (the page showed none): it goes, so it cannot lead again later.
 */
async function assertReplacing(tx: Tx, expected: number): Promise<{ articleId: number; headline: string } | null> {
  // Two choices at once are taken one after the other, the first pin (no row to lock yet) too.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('dateline:home-lead'))`;
  const pin = await tx.homeLead.findUnique({ where: { id: 1 }, select: { articleId: true, article: { select: { headline: true, status: true, deletedAt: true } } } });
  const current = pin && isPublic(pin.article) ? { articleId: pin.articleId, headline: pin.article.headline } : null;
  // (deleteMany: the story's own unpublish may be ending the same pin at this moment.)
  if (pin && !current) await tx.homeLead.deleteMany({ where: { id: 1, articleId: pin.articleId } });
  if ((current?.articleId ?? 0) !== expected) {
    throw new Conflict(
      current
        ? `Someone else changed the lead meanwhile: “${current.headline}” is pinned now. Reload to see it, then choose again.`
        : 'Someone else unpinned the lead meanwhile. Reload to see what leads now, then choose again.',
    );
  }
  return current;
}

export async function pinHomeLead(actor: Actor, raw: z.input<typeof pinHomeLeadInput>): Promise<EditorialResult<{ articleId: number }>> {
  assertCan(actor, 'curateHome', ONLY_EDITORS);
  const input = parseInput(pinHomeLeadInput, raw);
  return db.$transaction(async (tx) => {
    const replaced = await assertReplacing(tx, input.replacing);
    // Locked until the pin is written: an unpublish or delete of the story at the same moment
    // either comes first (and the story is refused here) or waits, and then ends this pin.
    const [story] = await tx.$queryRaw<{ id: number; headline: string }[]>`
      SELECT id, headline FROM "Article" WHERE id = ${input.articleId} AND status = 'PUBLISHED' AND "deletedAt" IS NULL FOR SHARE`;
    if (!story) throw new Invalid('That story is not on the site now, so it cannot lead the home page. Publish it first.');
    const data = { articleId: story.id, pinnedById: actor.id, pinnedAt: new Date() };
    await tx.homeLead.upsert({ where: { id: 1 }, create: { id: 1, ...data }, update: data });
    if (replaced && replaced.articleId !== story.id) {
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'story.home_lead_end',
        subjectType: 'story',
        subjectId: replaced.articleId,
        details: { headline: replaced.headline, reason: 'replaced' },
      });
    }
    await recordAudit(tx, { actorId: actor.id, action: 'story.home_lead', subjectType: 'story', subjectId: story.id, details: { headline: story.headline } });
    return { value: { articleId: story.id }, expire: [cacheTag.storyLists] };
  });
}

export async function unpinHomeLead(actor: Actor, raw: z.input<typeof unpinHomeLeadInput>): Promise<EditorialResult<{ articleId: number | null }>> {
  assertCan(actor, 'curateHome', ONLY_EDITORS);
  const input = parseInput(unpinHomeLeadInput, raw);
  return db.$transaction(async (tx) => {
    const current = await assertReplacing(tx, input.replacing);
    if (!current) return { value: { articleId: null }, expire: [] };
    // The story's unpublish or delete may have ended this pin a moment ago (endHomeLeadOf).
    const { count } = await tx.homeLead.deleteMany({ where: { id: 1, articleId: current.articleId } });
    if (!count) throw new Conflict('The story stopped leading a moment ago: it left the site. Reload to see what leads now.');
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'story.home_lead_end',
      subjectType: 'story',
      subjectId: current.articleId,
      details: { headline: current.headline },
    });
    return { value: { articleId: current.articleId }, expire: [cacheTag.storyLists] };
  });
}

/**
 * Inside a story's unpublish or delete (after its row was updated, so a pin being written at the
 * same moment has committed): it no longer leads, now or after a later republication.
 */
export async function endHomeLeadOf(tx: Tx, actorId: number, story: { id: number; headline: string }, reason: 'unpublished' | 'deleted'): Promise<void> {
  const { count } = await tx.homeLead.deleteMany({ where: { articleId: story.id } });
  if (count) {
    await recordAudit(tx, { actorId, action: 'story.home_lead_end', subjectType: 'story', subjectId: story.id, details: { headline: story.headline, reason } });
  }
}
