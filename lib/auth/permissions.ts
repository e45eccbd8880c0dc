/**
 * The one permissions table (docs: ../shared/docs/roles.md). Every server action and route
 * handler asks this module; nothing else decides who may do what.
 *
 * A cell is one of:
 *   'all'        anyone's (or: yes)
 *   'own'        only the user's own: stories they created or are bylined on (review queue: only
 *                theirs), images they uploaded, galleries they created, their own profile
 *   'ownDrafts'  only own stories that have never been published and are not scheduled
 *   'none'       no
 * Invitations are the one row with a different shape: which roles each role may invite.
 */

export const ROLES = ['CONTRIBUTOR', 'AUTHOR', 'EDITOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];
export type Scope = 'all' | 'own' | 'ownDrafts' | 'none';

export const PERMISSIONS = {
  signIn: { CONTRIBUTOR: 'all', AUTHOR: 'all', EDITOR: 'all', ADMIN: 'all' },
  createDraft: { CONTRIBUTOR: 'all', AUTHOR: 'all', EDITOR: 'all', ADMIN: 'all' },
  /** Edit a story that is not live (draft, in review, unpublished) and submit it for review. */
  editDraft: { CONTRIBUTOR: 'own', AUTHOR: 'own', EDITOR: 'all', ADMIN: 'all' },
  /** Edit a story that is published or scheduled. */
  editPublished: { CONTRIBUTOR: 'none', AUTHOR: 'own', EDITOR: 'all', ADMIN: 'all' },
  /** Publish, schedule or unpublish. */
  publish: { CONTRIBUTOR: 'none', AUTHOR: 'own', EDITOR: 'all', ADMIN: 'all' },
  /** Soft delete (and restore). */
  deleteStory: { CONTRIBUTOR: 'ownDrafts', AUTHOR: 'own', EDITOR: 'all', ADMIN: 'all' },
  uploadImages: { CONTRIBUTOR: 'none', AUTHOR: 'all', EDITOR: 'all', ADMIN: 'all' },
  useLibraryImages: { CONTRIBUTOR: 'all', AUTHOR: 'all', EDITOR: 'all', ADMIN: 'all' },
  /** Change a library image's alt text, caption and credit. */
  editImageDetails: { CONTRIBUTOR: 'none', AUTHOR: 'own', EDITOR: 'all', ADMIN: 'all' },
  /** Delete a library image (only ever one that nothing uses). */
  deleteImages: { CONTRIBUTOR: 'none', AUTHOR: 'own', EDITOR: 'all', ADMIN: 'all' },
  createGalleries: { CONTRIBUTOR: 'none', AUTHOR: 'all', EDITOR: 'all', ADMIN: 'all' },
  /**
   * Change, publish, unpublish or delete an existing gallery: Authors only those they created,
   * Editors and Admins any (the same line as a story an Author did not write).
   */
  editGalleries: { CONTRIBUTOR: 'none', AUTHOR: 'own', EDITOR: 'all', ADMIN: 'all' },
  createTagsWhileWriting: { CONTRIBUTOR: 'none', AUTHOR: 'all', EDITOR: 'all', ADMIN: 'all' },
  /** Rename, merge or delete tags; create, rename and reorder sections. */
  manageTaxonomy: { CONTRIBUTOR: 'none', AUTHOR: 'none', EDITOR: 'all', ADMIN: 'all' },
  /** See the review queue and comment on drafts in it. */
  review: { CONTRIBUTOR: 'own', AUTHOR: 'own', EDITOR: 'all', ADMIN: 'all' },
  /**
   * Choose the story that leads the home page, or hand the choice back to the home page's own
   * rule (lib/content/home.ts). Not a row of roles.md: the front page is the editors' call.
   */
  curateHome: { CONTRIBUTOR: 'none', AUTHOR: 'none', EDITOR: 'all', ADMIN: 'all' },
  /** Change roles, deactivate, reactivate, reset passwords, sign users out everywhere. */
  manageUsers: { CONTRIBUTOR: 'none', AUTHOR: 'none', EDITOR: 'none', ADMIN: 'all' },
  /**
   * Change a person's display name, bio and photo (their author page and bylines): everyone their
   * own, so nobody needs an Admin to fix a typo in their bio; someone else's is "change users",
   * Admins only. Passwords are never in here: one's own is changed with the current one, anyone
   * else's only through a reset link (manageUsers).
   */
  editProfile: { CONTRIBUTOR: 'own', AUTHOR: 'own', EDITOR: 'own', ADMIN: 'all' },
  siteSettings: { CONTRIBUTOR: 'none', AUTHOR: 'none', EDITOR: 'none', ADMIN: 'all' },
  readAuditLog: { CONTRIBUTOR: 'none', AUTHOR: 'none', EDITOR: 'none', ADMIN: 'all' },
} as const satisfies Record<string, Record<Role, Scope>>;

export type Permission = keyof typeof PERMISSIONS;

export const INVITABLE_ROLES: Record<Role, readonly Role[]> = {
  CONTRIBUTOR: [],
  AUTHOR: [],
  EDITOR: ['CONTRIBUTOR', 'AUTHOR'],
  ADMIN: ROLES,
};

/** The signed-in person as every check sees them: re-read from the database on each request. */
export interface Actor {
  id: number;
  role: Role;
}

/** What a story-level check needs to know about the story. */
export interface StoryAccess {
  createdById: number;
  authorIds: readonly number[];
  /** Published or scheduled: readers see it now or soon. */
  live: boolean;
  /** Was ever published (deleting such a story is not deleting a draft). */
  everPublished: boolean;
}

export function scopeOf(actor: Actor, permission: Permission): Scope {
  return PERMISSIONS[permission][actor.role];
}

/** Permissions that do not depend on a particular story: 'own' counts as yes. */
export function can(actor: Actor, permission: Permission): boolean {
  return scopeOf(actor, permission) !== 'none';
}

export function ownsStory(actor: Actor, story: StoryAccess): boolean {
  return story.createdById === actor.id || story.authorIds.includes(actor.id);
}

export function canOnStory(actor: Actor, permission: Permission, story: StoryAccess): boolean {
  switch (scopeOf(actor, permission)) {
    case 'all':
      return true;
    case 'own':
      return ownsStory(actor, story);
    case 'ownDrafts':
      // A draft: never published and not scheduled (deleting a scheduled story would unschedule it).
      return ownsStory(actor, story) && !story.everPublished && !story.live;
    case 'none':
      return false;
  }
}

/** For things with a single owner (an uploaded image, a gallery): 'own' means the actor is it. */
export function canOnOwned(actor: Actor, permission: Permission, ownerId: number | null): boolean {
  switch (scopeOf(actor, permission)) {
    case 'all':
      return true;
    case 'own':
    case 'ownDrafts':
      return ownerId === actor.id;
    case 'none':
      return false;
  }
}

/** Saving changes to a story: the draft or the published row applies depending on its state. */
export function canEditStory(actor: Actor, story: StoryAccess): boolean {
  return canOnStory(actor, story.live ? 'editPublished' : 'editDraft', story);
}

/** Opening a story in the editor: whoever may change it now, or may as a draft (read-only while it is live). */
export function canOpenStory(actor: Actor, story: StoryAccess): boolean {
  return canEditStory(actor, story) || canOnStory(actor, 'editDraft', story);
}

export function canInvite(actor: Actor, role: Role): boolean {
  return INVITABLE_ROLES[actor.role].includes(role);
}

/** May invite someone of at least one role (the Users page is theirs to open). */
export function canInviteAnyone(actor: Actor): boolean {
  return INVITABLE_ROLES[actor.role].length > 0;
}

/** How the newsroom names each role. */
export const ROLE_LABELS: Record<Role, string> = {
  CONTRIBUTOR: 'Contributor',
  AUTHOR: 'Author',
  EDITOR: 'Editor',
  ADMIN: 'Admin',
};
