import { NextResponse, type NextRequest } from 'next/server';
import { isPublicAdminPath, signInPath } from './lib/auth/admin-paths';
import { checkPublicPath } from './lib/content/routing';

export async function proxy(request: NextRequest) {
  if (isAdminPath(request.nextUrl.pathname)) return adminGate(request);

  const check = await checkPublicPath(request.nextUrl.pathname);
  if (check.kind === 'moved') return NextResponse.redirect(new URL(check.location, request.url), 301);
  if (check.kind === 'missing') return NextResponse.rewrite(new URL('/_missing/x/y/z', request.url));
  return NextResponse.next();
}

// ── The newsroom (/admin) ────────────────────────────────────────────────────────────────────
// A quick first answer only: without a session cookie a page visit is sent to sign-in with a
// real 307. A cookie is not a session — every admin page and server action still re-reads the
// user from the database (lib/auth/current-user.ts) and decides. Server actions (POST) pass
// through so runAction can answer them with a result the form understands.

const SESSION_COOKIE = /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?$/;

function isAdminPath(pathname: string): boolean {
  return pathname === '/admin' || pathname.startsWith('/admin/');
}

function adminGate(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl;
  const query = new URLSearchParams(request.nextUrl.searchParams);
  query.delete('_rsc'); // the router's cache-busting parameter is not part of the address
  const search = query.size ? `?${query}` : '';
  const hasSession = request.cookies.getAll().some((cookie) => SESSION_COOKIE.test(cookie.name));
  const isPageVisit = request.method === 'GET' || request.method === 'HEAD';
  if (isPageVisit && !hasSession && !isPublicAdminPath(pathname)) {
    const response = NextResponse.redirect(new URL(signInPath(`${pathname}${search}`), request.url), 307);
    response.headers.set('X-Robots-Tag', 'noindex, nofollow');
    return response;
  }
  // Tell the page where the visitor was going, for the sign-in redirect when the session is dead.
  const headers = new Headers(request.headers);
  headers.set('x-dateline-admin-path', `${pathname}${search}`);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('X-Robots-Tag', 'noindex, nofollow');
  return response;
}

export const config = {
  matcher: ['/((?!_next/|api/|admin|media/|favicon.ico).*)', '/admin', '/admin/:path*'],
};
