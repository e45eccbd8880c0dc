import { beforeAll, describe, expect, it } from 'vitest';
import { Forbidden, Invalid } from '../auth/authorize';
import { verifyPassword } from '../auth/password';
import type { Role } from '../auth/permissions';
import { db } from '../db/client';
import { createNewsroom, createStaff, type TestStaff } from '../testing/actors';
import { ADMINS, ALL, cells, outcomesByRole } from '../testing/authorization';
import { createImage, createSection, createStory } from '../testing/newsroom';
import { issueAccessToken } from './access-tokens';
import { changeOwnPassword, getProfile, updateProfile } from './profile';

/**
 * Name, bio and photo (lib/users/profile.ts): everyone their own, Admins anyone's ("change users"
 * in roles.md); one's own password with the current one. Anonymous and deactivated requests stop
 * at runAction (lib/auth/route-coverage.test.ts, e2e/admin/authorization.spec.ts).
 */

let staff: Record<Role, TestStaff>;
beforeAll(async () => {
  staff = await createNewsroom(db);
});

const row = (id: number) => db.user.findUniqueOrThrow({ where: { id } });
const auditFor = (id: number) => db.auditLog.findMany({ where: { subjectType: 'user', subjectId: String(id) }, orderBy: { id: 'asc' } });
const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);

describe('who may edit a profile', () => {
  it('everyone edits their own name, bio and photo', async () => {
    const image = await createImage(db);
    expect(
      await outcomesByRole(async (role) => {
        const me = await createStaff(db, { role });
        await getProfile(me, me.id);
        return updateProfile(me, { userId: me.id, name: `${me.name} Jr`, bio: `I am a ${role.toLowerCase()}.`, avatarId: image.id });
      }),
    ).toEqual(cells(ALL));
  });

  it('only Admins edit someone else’s, and reading it for editing is the same', async () => {
    const subject = () => createStaff(db, { role: 'AUTHOR' });
    expect(await outcomesByRole(async (role) => updateProfile(staff[role], { userId: (await subject()).id, name: 'Renamed', bio: 'New bio.', avatarId: null }))).toEqual(cells(ADMINS));
    expect(await outcomesByRole(async (role) => getProfile(staff[role], (await subject()).id))).toEqual(cells(ADMINS));
  });

  it('a refused edit changes nothing and leaves no audit entry', async () => {
    const subject = await createStaff(db, { role: 'AUTHOR' });
    const before = await row(subject.id);
    for (const role of ['CONTRIBUTOR', 'AUTHOR', 'EDITOR'] as const) {
      expect(await refusal(updateProfile(staff[role], { userId: subject.id, name: 'Hijacked', bio: 'Not mine.', avatarId: null }))).toBeInstanceOf(Forbidden);
    }
    expect(await row(subject.id)).toEqual(before);
    expect(await auditFor(subject.id)).toEqual([]);
  });
});

describe('updateProfile', () => {
  it('saves name, bio and photo, keeps the slug, audits the changes and names the pages to expire', async () => {
    const author = await createStaff(db, { role: 'AUTHOR', name: 'Rashad Qasimov' });
    const { slug } = await row(author.id);
    const image = await createImage(db, { alt: 'Rashad at his desk' });

    const saved = await updateProfile(author, { userId: author.id, name: 'Rəşad Qasımov', bio: '  Covers parliament.\n\nReads every draft law.  ', avatarId: String(image.id) });
    expect(saved.expire).toEqual([`author:${author.id}`, 'story-lists']);
    expect(saved.value).toMatchObject({ id: author.id, name: 'Rəşad Qasımov', bio: 'Covers parliament. Reads every draft law.', isSelf: true, authorPath: null });
    expect(saved.value.photo).toMatchObject({ id: image.id, src: `/media/${image.storageKey}`, alt: 'Rashad at his desk' });
    // Author addresses are permanent: a new name keeps the old slug.
    expect(await row(author.id)).toMatchObject({ name: 'Rəşad Qasımov', slug, bio: 'Covers parliament. Reads every draft law.', avatarId: image.id });

    const [entry] = await auditFor(author.id);
    expect(entry).toMatchObject({ action: 'user.profile_update', actorId: author.id });
    expect(entry.details).toEqual({
      name: 'Rəşad Qasımov',
      own: true,
      changes: {
        name: { from: 'Rashad Qasimov', to: 'Rəşad Qasımov' },
        bio: { from: '', to: 'Covers parliament. Reads every draft law.' },
        photo: { from: null, to: image.id },
      },
    });

    // The same values again: nothing written, nothing to expire.
    const again = await updateProfile(author, { userId: author.id, name: 'Rəşad Qasımov', bio: 'Covers parliament. Reads every draft law.', avatarId: image.id });
    expect(again.expire).toEqual([]);
    expect(await auditFor(author.id)).toHaveLength(1);

    // An empty photo field removes the photo.
    const removed = await updateProfile(author, { userId: author.id, name: 'Rəşad Qasımov', bio: 'Covers parliament. Reads every draft law.', avatarId: '' });
    expect(removed.value.photo).toBeNull();
    expect((await auditFor(author.id)).at(-1)?.details).toMatchObject({ changes: { photo: { from: image.id, to: null } } });
  });

  it('an Admin’s edit of someone else is audited as theirs', async () => {
    const author = await createStaff(db, { role: 'AUTHOR' });
    const saved = await updateProfile(staff.ADMIN, { userId: author.id, name: author.name, bio: 'Edited by the desk.', avatarId: null });
    expect(saved.value.isSelf).toBe(false);
    const [entry] = await auditFor(author.id);
    expect(entry).toMatchObject({ action: 'user.profile_update', actorId: staff.ADMIN.id });
    expect(entry.details).toEqual({ name: author.name, changes: { bio: { from: '', to: 'Edited by the desk.' } } });
  });

  it('links the author page once the person has a published byline', async () => {
    const author = await createStaff(db, { role: 'AUTHOR' });
    const section = await createSection(db);
    await createStory(db, { sectionId: section.id, createdById: author.id, authorIds: [author.id] });
    const { slug } = await row(author.id);
    expect((await getProfile(author, author.id)).authorPath).toBe(`/author/${slug}`);
  });

  it('refuses invalid input with field errors and writes nothing', async () => {
    const author = await createStaff(db, { role: 'AUTHOR' });
    const image = await createImage(db);
    await updateProfile(author, { userId: author.id, name: author.name, bio: 'Before.', avatarId: image.id });
    const before = await row(author.id);
    const audits = (await auditFor(author.id)).length;

    const bad = await refusal(updateProfile(author, { userId: author.id, name: '   ', bio: 'x'.repeat(501), avatarId: 'picture' }));
    expect(bad).toBeInstanceOf(Invalid);
    expect((bad as Invalid).fieldErrors).toEqual({
      name: 'Enter a name.',
      bio: 'Bios can be at most 500 characters.',
      avatarId: 'Choose a photo from the media library.',
    });

    // A photo that is not (or no longer) in the library: refused inside the transaction, so the
    // name and bio sent with it are not saved either.
    const missing = await refusal(updateProfile(author, { userId: author.id, name: 'New name', bio: 'New bio.', avatarId: 2_000_000_000 }));
    expect(missing).toBeInstanceOf(Invalid);
    expect((missing as Invalid).fieldErrors).toEqual({ avatarId: expect.stringContaining('no longer in the media library') });

    expect(await row(author.id)).toEqual(before);
    expect(await auditFor(author.id)).toHaveLength(audits);
  });
});

describe('changeOwnPassword', () => {
  const current = 'the current password';

  it('needs the current password and ends every other session; unused reset links stop working', async () => {
    const me = await createStaff(db, { role: 'CONTRIBUTOR', password: current });
    await db.$transaction((tx) => issueAccessToken(tx, me.id, 'PASSWORD_RESET'));
    const before = await row(me.id);

    const { email } = await changeOwnPassword(me, { currentPassword: current, password: 'a brand new password', confirmation: 'a brand new password' });
    expect(email).toBe(me.email);
    const after = await row(me.id);
    expect(await verifyPassword(after.passwordHash ?? '', 'a brand new password')).toBe(true);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await db.accessToken.count({ where: { userId: me.id, usedAt: null } })).toBe(0);
    const [entry] = await auditFor(me.id);
    expect(entry).toMatchObject({ action: 'user.password_change', actorId: me.id, details: { via: 'profile' } });
  });

  it('a wrong current password is a field error, and nothing changes', async () => {
    const me = await createStaff(db, { role: 'AUTHOR', password: current });
    const before = await row(me.id);
    const error = await refusal(changeOwnPassword(me, { currentPassword: 'not my password', password: 'a brand new password', confirmation: 'a brand new password' }));
    expect(error).toBeInstanceOf(Invalid);
    expect((error as Invalid).fieldErrors).toEqual({ currentPassword: 'That is not your current password.' });
    expect(await row(me.id)).toEqual(before);
    expect((await auditFor(me.id)).map((entry) => entry.action)).toEqual(['user.password_change_failed']);

    // The right current password, and a new one made of the account's own address: refused too.
    const own = await refusal(changeOwnPassword(me, { currentPassword: current, password: `${me.email}!`, confirmation: `${me.email}!` }));
    expect((own as Invalid).fieldErrors).toEqual({ password: 'A password cannot be made of the account’s email address.' });
    expect(await verifyPassword((await row(me.id)).passwordHash ?? '', current)).toBe(true);
  });

  it('after five wrong current passwords, waits before trying even the right one', async () => {
    const me = await createStaff(db, { role: 'AUTHOR', password: current });
    const attempt = (currentPassword: string) => refusal(changeOwnPassword(me, { currentPassword, password: 'a brand new password', confirmation: 'a brand new password' }));
    for (let tries = 0; tries < 5; tries++) expect(await attempt(`guess number ${tries}`)).toBeInstanceOf(Invalid);
    const before = await row(me.id);
    const error = await attempt(current);
    expect(error).toBeInstanceOf(Invalid);
    expect((error as Invalid).fieldErrors).toEqual({ currentPassword: 'Too many wrong passwords. Try again in 15 minutes.' });
    expect(await row(me.id)).toEqual(before);
  });

  it('checks the new password by the same rules as everywhere else', async () => {
    const me = await createStaff(db, { role: 'EDITOR', password: current });
    const before = await row(me.id);
    const problems = async (input: { currentPassword: string; password: string; confirmation: string }) => ((await refusal(changeOwnPassword(me, input))) as Invalid).fieldErrors;
    expect(await problems({ currentPassword: current, password: 'short', confirmation: 'short' })).toEqual({ password: 'Passwords need at least 12 characters.' });
    expect(await problems({ currentPassword: current, password: 'a brand new password', confirmation: 'a different one!!' })).toEqual({ confirmation: 'The two passwords are not the same.' });
    expect(await problems({ currentPassword: current, password: current, confirmation: current })).toEqual({ password: 'Choose a password different from your current one.' });
    expect(await problems({ currentPassword: '', password: 'a brand new password', confirmation: 'a brand new password' })).toEqual({ currentPassword: 'Enter your current password.' });
    expect(await row(me.id)).toEqual(before);
  });
});
