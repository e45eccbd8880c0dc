import { randomBytes } from 'node:crypto';
import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { db } from '../db/client';
import { hashPassword, verifyPassword } from './password';

/**
 * next-auth (Auth.js v5) with email and password. The session is a signed JWT cookie holding the
 * user id and the session version it was issued under; lib/auth/current-user.ts re-reads role,
 * active flag and session version from the database on every request, so deactivation, role
 * changes and "sign out everywhere" apply at once.
 */

const SESSION_HOURS = 12;

const credentialsInput = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(1024),
});

declare module 'next-auth' {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    // Not `userId`: Auth.js' adapter session already declares that as a string.
    accountId: number;
    sessionVersion: number;
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    uid?: number;
    sv?: number;
  }
}

export const {
  handlers: { GET, POST },
  auth,
  signIn,
  signOut,
} = NextAuth({
  session: { strategy: 'jwt', maxAge: SESSION_HOURS * 60 * 60 },
  pages: { signIn: '/admin/sign-in' },
  trustHost: process.env.AUTH_TRUST_HOST === 'true' || undefined,
  providers: [
    Credentials({
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(raw) {
        const parsed = credentialsInput.safeParse(raw);
        if (!parsed.success) return null;
        const user = await db.user.findUnique({
          where: { email: parsed.data.email },
          select: { id: true, name: true, email: true, active: true, passwordHash: true, sessionVersion: true },
        });
        // Verify even when the user does not exist, so timing does not reveal which emails do.
        const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash()), parsed.data.password);
        if (!user || !user.passwordHash || !valid || !user.active) return null;
        await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
        return { id: String(user.id), name: user.name, email: user.email, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.sv = user.sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      session.accountId = Number(token.uid);
      session.sessionVersion = Number(token.sv);
      return session;
    },
  },
});

// A hash of a random password nobody knows, checked when the email is unknown so sign-in takes
// as long for missing accounts as for wrong passwords.
let dummy: Promise<string> | undefined;
function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(16).toString('hex'));
  return dummy;
}
