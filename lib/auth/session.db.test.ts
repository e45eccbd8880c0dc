import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db/client';
import { createStaff, type TestStaff } from '../testing/actors';
import { findSessionHolder, recordSignOut, SESSION_HOURS, type SessionClaims } from './session';

let editor: TestStaff;
const now = () => Math.floor(Date.now() / 1000);

beforeAll(async () => {
  editor = await createStaff(db, { role: 'EDITOR' });
});

const claims = (overrides: Partial<SessionClaims> = {}): SessionClaims => ({
  accountId: editor.id,
  sessionVersion: 1,
  signedInAt: now() - 60,
  sessionId: randomUUID(),
  ...overrides,
});

describe('findSessionHolder', () => {
  it('accepts a live session and ends it SESSION_HOURS after sign-in, however recently it was used', async () => {
    expect(await findSessionHolder(claims())).toMatchObject({ id: editor.id, role: 'EDITOR' });
    expect(await findSessionHolder(claims({ signedInAt: now() - SESSION_HOURS * 3600 + 60 }))).not.toBeNull();
    expect(await findSessionHolder(claims({ signedInAt: now() - SESSION_HOURS * 3600 - 1 }))).toBeNull();
  });

  it('refuses a cookie from before sessions carried their sign-in time and id', async () => {
    expect(await findSessionHolder(claims({ signedInAt: undefined }))).toBeNull();
    expect(await findSessionHolder(claims({ sessionId: undefined }))).toBeNull();
  });

  it('refuses a signed-out session for good, and leaves the holder’s other sessions alone', async () => {
    const signedOut = claims();
    const other = claims();
    await recordSignOut(signedOut);
    await recordSignOut(signedOut); // twice is once
    expect(await findSessionHolder(signedOut)).toBeNull();
    expect(await findSessionHolder(other)).not.toBeNull();
  });

  it('forgets signed-out sessions once they would have ended anyway', async () => {
    const stale = randomUUID();
    await db.signedOutSession.create({ data: { id: stale, expiresAt: new Date(Date.now() - 1000) } });
    await recordSignOut(claims());
    expect(await db.signedOutSession.findUnique({ where: { id: stale } })).toBeNull();
  });
});
