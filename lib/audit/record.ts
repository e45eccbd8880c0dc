import type { Prisma, PrismaClient } from '../db/client';
import { toJsonValue } from '../db/json';

/**
 * The audit trail: who did what to which thing, and when. Written in the same transaction as the
 * change it describes, so an entry exists exactly when the change does.
 */
export type AuditAction =
  | 'auth.sign_in'
  | 'auth.sign_in_failed'
  | 'story.create'
  /** A change to a story readers can see (published or scheduled). */
  | 'story.update'
  /** Its public address changed (slug or section); the old one now redirects. */
  | 'story.move'
  | 'story.submit'
  /** Out of review and back to its writer: withdrawn, or sent back by an editor. */
  | 'story.return_to_draft'
  | 'story.revision_restore'
  | 'story.publish'
  | 'story.schedule'
  | 'story.unschedule'
  | 'story.unpublish'
  | 'story.delete'
  | 'story.restore'
  | 'story.scheduled_publish'
  /** Pinned to lead the home page (Front page); home_lead_end: unpinned there. */
  | 'story.home_lead'
  | 'story.home_lead_end'
  | 'user.create'
  | 'user.invite'
  | 'user.role_change'
  | 'user.deactivate'
  | 'user.reactivate'
  | 'user.password_reset'
  | 'user.sign_out_everywhere'
  /** The invited person chose a password through their link. */
  | 'user.accept_invitation'
  /**
   * A new password: chosen through a reset link (user.password_reset is the link being issued),
   * or, with details.via 'profile', by the person signed in, with their current one.
   */
  | 'user.password_change'
  /** A wrong current password given to change one's own (counted: see lib/users/profile.ts). */
  | 'user.password_change_failed'
  /** Display name, bio or photo (details.changes: each field's before and after). */
  | 'user.profile_update'
  | 'settings.update'
  | 'section.create'
  | 'section.update'
  | 'section.reorder'
  | 'section.delete'
  | 'tag.rename'
  | 'tag.merge'
  | 'tag.delete'
  | 'gallery.publish'
  | 'gallery.unpublish'
  | 'gallery.delete'
  | 'image.delete';

/** 'sign_in' entries are keyed by a hash of email and address (lib/auth/throttle.ts). */
export type AuditSubject = 'sign_in' | 'story' | 'user' | 'settings' | 'section' | 'tag' | 'gallery' | 'image';

export interface AuditEntry {
  /** Null for the system itself (the scheduler publishing a story at its minute, the command line). */
  actorId: number | null;
  action: AuditAction;
  subjectType: AuditSubject;
  subjectId: string | number;
  details?: Record<string, unknown>;
}

export async function recordAudit(db: PrismaClient | Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: String(entry.subjectId),
      details: toJsonValue(entry.details ?? {}),
    },
  });
}
