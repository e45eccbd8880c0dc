import { randomUUID } from 'node:crypto';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { db } from '../db/client';
import { clientAddress } from './client-address';
import { checkCredentials } from './credentials';
import { recordSignOut, SESSION_HOURS, sessionEndsAt } from './session';

/**
 * next-auth (Auth.js v5) with email and password. The session is a signed JWT cookie holding the
 * user id, the session version it was issued under, when it signed in and its own id;
 * lib/auth/session.ts checks them against the database on every request, so deactivation, role
 * changes, "sign out everywhere" and signing out apply at once. Sessions end SESSION_HOURS after
 * sign-in, however often they are used.
 */

/**
 * Thrown from `authorize` when this email and address failed too often (lib/auth/throttle.ts).
 * The code carries the minutes left (`throttled:7`), so the page can say how long to wait.
 */
export class TooManyAttempts extends CredentialsSignin {
  constructor(retryAfterMinutes: number) {
    super();
    this.code = `throttled:${retryAfterMinutes}`;
  }
}

declare module 'next-auth' {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    // Not `userId`: Auth.js' adapter session already declares that as a string.
    accountId: number;
    sessionVersion: number;
    signedInAt: number;
    sessionId: string;
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    uid?: number;
    sv?: number;
    /** Signed in at, in seconds since the epoch. */
    since?: number;
    /** This session's own id, for signing it out (lib/auth/session.ts). */
    sid?: string;
  }
}

export const {
  handlers: { GET, POST },
  auth,
  signIn,
  signOut,
} = NextAuth({
  session: { strategy: 'jwt', maxAge: SESSION_HOURS * 60 * 60 },
  pages: { signIn: '/admin/sign-in', error: '/admin/sign-in' },
  trustHost: process.env.AUTH_TRUST_HOST === 'true' || undefined,
  logger: {
    // A wrong password is an everyday event (counted in the audit log), not a server error.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(raw, request) {
        const check = await checkCredentials(db, raw, clientAddress(request.headers));
        if (check.kind === 'throttled') throw new TooManyAttempts(check.retryAfterMinutes);
        if (check.kind === 'invalid') return null;
        const { user } = check;
        return { id: String(user.id), name: user.name, email: user.email, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  events: {
    // Whatever signed out (the newsroom's button or Auth.js' own route), a copy of the cookie stops working.
    async signOut(message) {
      if ('token' in message && message.token) await recordSignOut({ signedInAt: message.token.since, sessionId: message.token.sid });
    },
  },
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.sv = user.sessionVersion ?? 0;
        token.since = Math.floor(Date.now() / 1000);
        token.sid = randomUUID();
      }
      // Auth.js pushes the cookie's expiry on with every use; the session itself ends on time.
      const endsAt = sessionEndsAt(token.since);
      if (!endsAt || endsAt.getTime() <= Date.now()) return null;
      return token;
    },
    session({ session, token }) {
      session.accountId = Number(token.uid);
      session.sessionVersion = Number(token.sv);
      session.signedInAt = Number(token.since);
      session.sessionId = String(token.sid);
      return session;
    },
  },
});
