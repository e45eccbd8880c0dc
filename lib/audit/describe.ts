import { formatCardTime } from '../time/format';

/**
 * Audit entries in the newsroom's words: "changed Aynur's role from Author to Editor" rather than
 * `user.role_change {"from":"AUTHOR","to":"EDITOR"}`. Actions nobody taught this module yet still
 * read sensibly (from their dotted name and their details), so other areas can add actions first
 * and words later. Pure: the audit page passes the subject's current name when it has one.
 */

export interface DescribedEntry {
  /** What happened, after the actor's name: "published “Budget passes”". */
  summary: string;
  /** Anything else worth reading, as label and value. */
  details: [string, string][];
}

export interface EntryToDescribe {
  action: string;
  subjectType: string;
  subjectId: string;
  details: unknown;
  /** The subject's current name (a person's name, a headline), when it still exists. */
  subjectName?: string | null;
  /** The newsroom's time zone, for times inside the details (a schedule's minute). */
  timeZone?: string;
}

const ROLE_WORDS: Record<string, string> = { CONTRIBUTOR: 'Contributor', AUTHOR: 'Author', EDITOR: 'Editor', ADMIN: 'Admin' };

const SETTING_LABELS: Record<string, string> = {
  publicationName: 'Name',
  tagline: 'Tagline',
  timeZone: 'Time zone',
  language: 'Language',
  xHandle: 'X handle',
  facebookUrl: 'Facebook',
  telegramUrl: 'Telegram',
  youtubeUrl: 'YouTube',
  feedFullContent: 'Whole stories in feeds',
};

const END_OF_LEAD: Record<string, string> = { unpublished: 'it was unpublished', deleted: 'it was deleted', replaced: 'another story was pinned' };

type Details = Record<string, unknown>;

const asRecord = (value: unknown): Details => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Details) : {});
const text = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
};
const role = (value: unknown) => ROLE_WORDS[String(value)] ?? text(value);
const quoted = (value: string) => `“${value}”`;
const plural = (count: unknown, one: string, many: string) => (Number(count) === 1 ? `1 ${one}` : `${text(count)} ${many}`);

function change(value: unknown): string | null {
  const record = asRecord(value);
  if (!('from' in record) && !('to' in record)) return null;
  return `${text(record.from)} → ${text(record.to)}`;
}

/** "story.revision_restore" → "story revision restore" */
function fallbackVerb(action: string): string {
  return action.replace(/[._]/g, ' ');
}

export function describeAuditEntry(entry: EntryToDescribe): DescribedEntry {
  const d = asRecord(entry.details);
  const name = entry.subjectName ?? (typeof d.name === 'string' ? d.name : null) ?? (typeof d.headline === 'string' ? d.headline : null);
  const subject = name ? quoted(name) : `${entry.subjectType} #${entry.subjectId}`;
  const person = name ?? `person #${entry.subjectId}`;
  const described = (summary: string, details: [string, string][] = []): DescribedEntry => ({ summary, details });
  // Stored as UTC instants; shown on the newsroom's clock like every other time in the newsroom.
  const when = (value: unknown) => {
    const date = typeof value === 'string' ? new Date(value) : null;
    return date && !Number.isNaN(date.getTime()) && entry.timeZone ? `${formatCardTime(date, entry.timeZone)} (${entry.timeZone} time)` : text(value);
  };

  switch (entry.action) {
    case 'auth.sign_in':
      return described('signed in', d.address ? [['From', text(d.address)]] : []);
    case 'auth.sign_in_failed':
      return described(`failed to sign in as ${text(d.email)}`, d.address ? [['From', text(d.address)]] : []);
    case 'user.invite':
      return described(d.reissued ? `sent a new invitation link to ${person}` : `invited ${person} as ${role(d.role)}`, d.email ? [['Email', text(d.email)]] : []);
    case 'user.create':
      return described(`added ${person} as ${role(d.role)}${d.via === 'command line' ? ' from the command line' : ''}`, d.email ? [['Email', text(d.email)]] : []);
    case 'user.role_change':
      return described(`changed ${person}’s role from ${role(d.from)} to ${role(d.to)}`);
    case 'user.deactivate':
      return described(`deactivated ${person}`);
    case 'user.reactivate':
      return described(`reactivated ${person}`);
    case 'user.password_reset':
      return described(`created a password reset link for ${person}`);
    case 'user.sign_out_everywhere':
      return described(`signed ${person} out everywhere`);
    case 'user.accept_invitation':
      return described('accepted their invitation and chose a password');
    case 'user.password_change':
      return described(d.via === 'profile' ? 'changed their password' : 'chose a new password with a reset link');
    case 'user.password_change_failed':
      return described('gave a wrong current password when changing their password');
    case 'user.profile_update': {
      const changes = asRecord(d.changes);
      const details: [string, string][] = [];
      const name = change(changes.name);
      if (name) details.push(['Name', name]);
      // A bio is a paragraph: the new one reads better on its own than an arrow between two.
      if ('bio' in changes) details.push(['Bio', text(asRecord(changes.bio).to)]);
      if ('photo' in changes) details.push(['Photo', asRecord(changes.photo).to === null ? 'removed' : `library image #${text(asRecord(changes.photo).to)}`]);
      return described(d.own ? 'changed their profile' : `changed ${person}’s profile`, details);
    }
    case 'settings.update': {
      const changes = asRecord(d.changes);
      return described(
        'changed the site settings',
        Object.entries(changes).map(([field, value]) => [SETTING_LABELS[field] ?? field, change(value) ?? text(value)]),
      );
    }
    case 'section.create':
      return described(`created the section ${subject}`, d.slug ? [['Address', `/${text(d.slug)}`]] : []);
    case 'section.update': {
      const details: [string, string][] = [];
      for (const [field, label] of [['name', 'Name'], ['slug', 'Address'], ['description', 'Description']] as const) {
        const value = change(d[field]);
        if (value) details.push([label, value]);
      }
      if (Number(d.redirectsAdded) > 0) details.push(['Old addresses redirecting', plural(d.redirectsAdded, 'story', 'stories')]);
      return described(`changed the section ${subject}`, details);
    }
    case 'section.reorder':
      // Entries from before the names were kept say only that it happened.
      return described('reordered the sections', Array.isArray(d.order) ? [['New order', d.order.map(text).join(', ')]] : []);
    case 'section.delete':
      return described(`deleted the section ${subject}`);
    case 'tag.rename': {
      const from = asRecord(d.from);
      const to = asRecord(d.to);
      const [fromSlug, toSlug] = [text(from.slug), text(to.slug)];
      return described(
        text(from.name) === text(to.name) ? `changed the address of the tag ${quoted(text(to.name))}` : `renamed the tag ${quoted(text(from.name))} to ${quoted(text(to.name))}`,
        [['Address', fromSlug === toSlug ? `/tag/${toSlug}` : `/tag/${fromSlug} → /tag/${toSlug}`]],
      );
    }
    case 'tag.merge': {
      const merged = asRecord(d.merged);
      const into = asRecord(d.into);
      return described(`merged the tag ${quoted(text(merged.name))} into ${quoted(text(into.name ?? name))}`, [
        ['Stories moved', text(d.moved)],
        ['Already had both', text(d.alreadyTagged)],
      ]);
    }
    case 'tag.delete':
      return described(`deleted the tag ${subject}`, [['Stories that had it', text(d.stories)]]);
    case 'story.publish':
      return described(`published ${subject}`);
    case 'story.schedule':
      return described(`scheduled ${subject}`, d.at || d.scheduledAt ? [['For', when(d.at ?? d.scheduledAt)]] : []);
    case 'story.unschedule':
      return described(`took ${subject} off the schedule`);
    case 'story.unpublish':
      return described(`unpublished ${subject}`);
    case 'story.home_lead':
      return described(`made ${subject} the home page lead`);
    case 'story.home_lead_end':
      return described(`stopped ${subject} leading the home page`, d.reason ? [['Because', END_OF_LEAD[String(d.reason)] ?? text(d.reason)]] : []);
    case 'story.delete':
      return described(`deleted ${subject}`);
    case 'story.restore':
      return described(`restored ${subject}`);
    case 'story.scheduled_publish':
      return described(`published ${subject} at its scheduled time`);
    case 'story.create':
      return described(`started ${subject}`);
    case 'story.submit':
      return described(`submitted ${subject} for review`);
    case 'story.return_to_draft':
      return described(`returned ${subject} from review to draft`);
    case 'story.update':
      return described(`saved changes to ${subject}`);
    case 'story.revision_restore':
      return described(`brought back an earlier version of ${subject}`, d.restoredFrom ? [['Brought back', `revision ${text(d.restoredFrom)}`]] : []);
    case 'story.move':
      return described(`moved ${subject} to a new address`, change(d) ? [['Address', change(d)!]] : []);
    default:
      return described(`${fallbackVerb(entry.action)} ${subject}`, Object.entries(d).map(([key, value]) => [key, change(value) ?? text(value)]));
  }
}

/** Words for an action in the filter list: "user.role_change" → "User: role change". */
export function actionLabel(action: string): string {
  const [area, ...rest] = action.split('.');
  const verb = rest.join(' ').replace(/_/g, ' ');
  return `${area.charAt(0).toUpperCase()}${area.slice(1)}: ${verb}`;
}
