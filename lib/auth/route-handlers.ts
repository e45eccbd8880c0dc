import 'server-only';
import type { NextRequest } from 'next/server';
import { auth, GET as authGet, POST } from './config';
import { findSessionHolder } from './session';

/**
 * Auth.js' own routes (/api/auth/*). Its session endpoint answers from the signed cookie alone,
 * so it is held to the newsroom's rule first: a cookie that was signed out, revoked or whose
 * account was deactivated gets no session there either (and so no name or email).
 */
export async function GET(request: NextRequest): Promise<Response> {
  if (request.nextUrl.pathname.endsWith('/api/auth/session')) {
    const session = await auth();
    if (session?.accountId && !(await findSessionHolder(session))) return Response.json(null);
  }
  return authGet(request);
}

export { POST };
