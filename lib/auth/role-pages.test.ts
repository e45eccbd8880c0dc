import { describe, expect, it } from 'vitest';
import type { Role } from './permissions';
import { mayOpenPage } from './role-pages';

const as = (role: Role) => ({ id: 1, role });

describe('mayOpenPage', () => {
  it('refuses a page, and every page under it, to roles the roles table leaves out', () => {
    expect(mayOpenPage(as('CONTRIBUTOR'), '/admin/tags')).toBe(false);
    expect(mayOpenPage(as('CONTRIBUTOR'), '/admin/tags/12')).toBe(false);
    expect(mayOpenPage(as('CONTRIBUTOR'), '/admin/galleries/new')).toBe(false);
    expect(mayOpenPage(as('AUTHOR'), '/admin/users')).toBe(false);
    expect(mayOpenPage(as('EDITOR'), '/admin/settings')).toBe(false);
    expect(mayOpenPage(as('EDITOR'), '/admin/audit')).toBe(false);
    expect(mayOpenPage(as('AUTHOR'), '/admin/front-page')).toBe(false);
  });

  it('lets each role open its pages', () => {
    expect(mayOpenPage(as('AUTHOR'), '/admin/galleries/new')).toBe(true);
    expect(mayOpenPage(as('EDITOR'), '/admin/users/invite')).toBe(true);
    expect(mayOpenPage(as('EDITOR'), '/admin/users/7')).toBe(true);
    expect(mayOpenPage(as('ADMIN'), '/admin/settings')).toBe(true);
    expect(mayOpenPage(as('EDITOR'), '/admin/front-page')).toBe(true);
    // Editors invite; only Admins create an account with a password.
    expect(mayOpenPage(as('EDITOR'), '/admin/users/new')).toBe(false);
    expect(mayOpenPage(as('ADMIN'), '/admin/users/new')).toBe(true);
  });

  it('leaves pages open to every role, and paths that only begin like a rule’s, to the page', () => {
    expect(mayOpenPage(as('CONTRIBUTOR'), '/admin/stories/3')).toBe(true);
    expect(mayOpenPage(as('CONTRIBUTOR'), '/admin')).toBe(true);
    expect(mayOpenPage(as('CONTRIBUTOR'), '/admin/tagsx')).toBe(true);
  });
});
