import { describe, expect, it } from 'vitest';
import { actionLabel, describeAuditEntry } from './describe';

const entry = (action: string, details: unknown, extra: { subjectType?: string; subjectId?: string; subjectName?: string | null; timeZone?: string } = {}) =>
  describeAuditEntry({ action, details, subjectType: extra.subjectType ?? 'user', subjectId: extra.subjectId ?? '7', subjectName: extra.subjectName, timeZone: extra.timeZone });

describe('describeAuditEntry', () => {
  it('says what happened to people in words', () => {
    expect(entry('user.role_change', { from: 'AUTHOR', to: 'EDITOR' }, { subjectName: 'Aynur' }).summary).toBe('changed Aynur’s role from Author to Editor');
    expect(entry('user.invite', { email: 'n@example.test', role: 'CONTRIBUTOR' }, { subjectName: 'Nigar' })).toEqual({
      summary: 'invited Nigar as Contributor',
      details: [['Email', 'n@example.test']],
    });
    expect(entry('user.invite', { reissued: true }, { subjectName: 'Nigar' }).summary).toBe('sent a new invitation link to Nigar');
    expect(entry('user.create', { role: 'ADMIN', via: 'command line' }, { subjectName: 'Ops' }).summary).toBe('added Ops as Admin from the command line');
    // Someone who no longer exists is still named by id.
    expect(entry('user.deactivate', {}, { subjectName: null }).summary).toBe('deactivated person #7');
  });

  it('describes profile and password changes, one’s own and someone else’s', () => {
    expect(entry('user.profile_update', { own: true, changes: { bio: { from: '', to: 'Covers the courts.' }, photo: { from: null, to: 12 } } }, { subjectName: 'Aynur' })).toEqual({
      summary: 'changed their profile',
      details: [
        ['Bio', 'Covers the courts.'],
        ['Photo', 'library image #12'],
      ],
    });
    expect(entry('user.profile_update', { changes: { name: { from: 'Rashad', to: 'Rəşad' }, photo: { from: 12, to: null } } }, { subjectName: 'Rəşad' })).toEqual({
      summary: 'changed Rəşad’s profile',
      details: [
        ['Name', 'Rashad → Rəşad'],
        ['Photo', 'removed'],
      ],
    });
    expect(entry('user.password_change', { via: 'profile' }).summary).toBe('changed their password');
    expect(entry('user.password_change', {}).summary).toBe('chose a new password with a reset link');
    expect(entry('user.password_change_failed', {}).summary).toBe('gave a wrong current password when changing their password');
  });

  it('lists each changed setting with its value before and after', () => {
    expect(entry('settings.update', { changes: { timeZone: { from: 'Asia/Baku', to: 'Europe/London' }, feedFullContent: { from: false, to: true } } }, { subjectType: 'settings', subjectId: '1' })).toEqual({
      summary: 'changed the site settings',
      details: [
        ['Time zone', 'Asia/Baku → Europe/London'],
        ['Whole stories in feeds', 'off → on'],
      ],
    });
  });

  it('describes structure changes, using names kept in the details when the thing is gone', () => {
    expect(entry('section.update', { slug: { from: 'sport', to: 'sports' }, redirectsAdded: 2 }, { subjectType: 'section', subjectName: 'Sport' })).toEqual({
      summary: 'changed the section “Sport”',
      details: [
        ['Address', 'sport → sports'],
        ['Old addresses redirecting', '2 stories'],
      ],
    });
    expect(entry('section.reorder', { from: [2, 1], to: [1, 2], order: ['Nation', 'World'] }, { subjectType: 'section' })).toEqual({
      summary: 'reordered the sections',
      details: [['New order', 'Nation, World']],
    });
    expect(entry('section.delete', { name: 'Opinion', slug: 'opinion' }, { subjectType: 'section', subjectName: null }).summary).toBe('deleted the section “Opinion”');
    expect(entry('tag.merge', { merged: { name: 'Football' }, into: { name: 'Soccer' }, moved: 3, alreadyTagged: 1 }, { subjectType: 'tag' }).summary).toBe(
      'merged the tag “Football” into “Soccer”',
    );
    // A rename says only what changed.
    expect(entry('tag.rename', { from: { name: 'Oil', slug: 'oil' }, to: { name: 'Oil and gas', slug: 'oil' } }, { subjectType: 'tag' })).toEqual({
      summary: 'renamed the tag “Oil” to “Oil and gas”',
      details: [['Address', '/tag/oil']],
    });
    expect(entry('tag.rename', { from: { name: 'Oil', slug: 'oil' }, to: { name: 'Oil', slug: 'petroleum' } }, { subjectType: 'tag' })).toEqual({
      summary: 'changed the address of the tag “Oil”',
      details: [['Address', '/tag/oil → /tag/petroleum']],
    });
  });

  it('tells a story’s steps in words, with a schedule’s minute on the newsroom’s clock', () => {
    const story = { subjectType: 'story', subjectName: 'Budget passes' };
    expect(entry('story.schedule', { at: '2026-11-30T05:00:00.000Z' }, { ...story, timeZone: 'Asia/Baku' })).toEqual({
      summary: 'scheduled “Budget passes”',
      details: [['For', '30 Nov 2026 09:00 (Asia/Baku time)']],
    });
    expect(entry('story.submit', {}, story).summary).toBe('submitted “Budget passes” for review');
    expect(entry('story.update', { version: 6 }, story)).toEqual({ summary: 'saved changes to “Budget passes”', details: [] });
    expect(entry('story.revision_restore', { restoredFrom: 4, version: 7 }, story)).toEqual({
      summary: 'brought back an earlier version of “Budget passes”',
      details: [['Brought back', 'revision 4']],
    });
    expect(entry('story.move', { from: '/nation/budget', to: '/politics/budget' }, story).details).toEqual([['Address', '/nation/budget → /politics/budget']]);
  });

  it('reads actions it was not taught from their name and details', () => {
    expect(entry('story.retitle', { revision: 4 }, { subjectType: 'story', subjectName: 'Budget passes' })).toEqual({
      summary: 'story retitle “Budget passes”',
      details: [['revision', '4']],
    });
    expect(actionLabel('user.sign_out_everywhere')).toBe('User: sign out everywhere');
  });
});
