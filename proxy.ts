import { NextResponse, type NextRequest } from 'next/server';
import { checkPublicPath } from './lib/content/routing';

export async function proxy(request: NextRequest) {
  const check = await checkPublicPath(request.nextUrl.pathname);
  if (check.kind === 'moved') return NextResponse.redirect(new URL(check.location, request.url), 301);
  if (check.kind === 'missing') return NextResponse.rewrite(new URL('/_missing/x/y/z', request.url));
  return NextResponse.next();
}

export const config = {
  matcher: ['/((?!_next/|api/|admin|media/|favicon.ico).*)'],
};
