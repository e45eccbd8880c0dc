import { getToken } from 'next-auth/jwt';
import { NextResponse, type NextRequest } from 'next/server';
import { isPublicAdminPath, MISSING_PATH, NOT_PERMITTED_PATH, signInPath } from './lib/auth/admin-paths';
import { findSessionHolder, type SessionHolder } from './lib/auth/session';
import { checkPublicPath } from './lib/content/routing';
import { answerNewsroomPage } from './lib/editorial/newsroom-pages';

export async function proxy(request: NextRequest) {
  if (isAdminPath(request.nextUrl.pathname)) return adminGate(request);

  const check = await checkPublicPath(request.nextUrl.pathname);
  if (check.kind === 'moved') {
    // A moved story keeps the query of the link that reached it (campaign tags on shared links).
    const location = new URL(check.location, request.url);
    location.search = request.nextUrl.search;
    return NextResponse.redirect(location, 301);
  }
  if (check.kind === 'missing') return NextResponse.rewrite(new URL('/_missing/x/y/z', request.url));
  return NextResponse.next();
}

// ── The newsroom (/admin) ────────────────────────────────────────────────────────────────────
// A page visit without a live session — no cookie, an expired or forged one, or one whose account
// was deactivated or signed out everywhere (lib/auth/session.ts) — is sent to sign-in with a real
// 307 before anything streams; one to a page the person may not open gets a 403. Every page and
// server action still re-reads the user itself (requireStaff, runAction): this is the first
// answer, not the only check. Server actions (POST) pass through so runAction can answer them
// with a result the form understands.

const SESSION_COOKIE = /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?$/;

function isAdminPath(pathname: string): boolean {
  return pathname === '/admin' || pathname.startsWith('/admin/');
}

async function sessionHolder(request: NextRequest): Promise<SessionHolder | null> {
  const cookies = request.cookies.getAll().filter((cookie) => SESSION_COOKIE.test(cookie.name));
  if (!cookies.length) return null;
  const secureCookie = cookies.some((cookie) => cookie.name.startsWith('__Secure-'));
  try {
    const token = await getToken({ req: request, secret: process.env.AUTH_SECRET ?? '', secureCookie });
    return token === null ? null : await findSessionHolder({ accountId: token.uid, sessionVersion: token.sv, signedInAt: token.since, sessionId: token.sid });
  } catch {
    return null; // unreadable or no secret configured: not a session
  }
}

async function adminGate(request: NextRequest): Promise<NextResponse> {
  const { pathname } = request.nextUrl;
  const query = new URLSearchParams(request.nextUrl.searchParams);
  query.delete('_rsc'); // the router's cache-busting parameter is not part of the address
  const search = query.size ? `?${query}` : '';
  const isPageVisit = request.method === 'GET' || request.method === 'HEAD';
  const holder = isPageVisit && !isPublicAdminPath(pathname) ? await sessionHolder(request) : undefined;
  if (holder === null) {
    return withNewsroomHeaders(NextResponse.redirect(new URL(signInPath(`${pathname}${search}`), request.url), 307));
  }
  // Tell the page where the visitor was going, for the sign-in redirect when the session is dead.
  const headers = new Headers(request.headers);
  headers.set('x-dateline-admin-path', `${pathname}${search}`);
  // A page the role may not open or about a story they may not open answers 403, and an address
  // that is no page or names nothing answers 404, each from a route prerendered so: a page that
  // decided itself would already have streamed a 200 (it still checks, by the same rules).
  const answer = holder ? await answerNewsroomPage(holder, pathname, query) : 'open';
  const response =
    answer === 'open'
      ? NextResponse.next({ request: { headers } })
      : NextResponse.rewrite(new URL(answer === 'refused' ? NOT_PERMITTED_PATH : MISSING_PATH, request.url), { request: { headers } });
  return withNewsroomHeaders(response);
}

/** Newsroom pages are for no search engine and no other site's frame (clickjacking). */
function withNewsroomHeaders(response: NextResponse): NextResponse {
  response.headers.set('X-Robots-Tag', 'noindex, nofollow');
  response.headers.set('Content-Security-Policy', "frame-ancestors 'none'");
  response.headers.set('X-Frame-Options', 'DENY');
  return response;
}

// Everything but Next's files, the API, media and the favicon; /admin by its own entries. Only the
// whole segment `admin` is left out of the first: a section such as /administration is public.
export const config = {
  matcher: ['/((?!_next/|api/|admin(?:/|$)|media/|favicon\\.ico$).*)', '/admin', '/admin/:path*'],
};
