import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { APIRequestContext, APIResponse } from '@playwright/test';

/**
 * Server actions called over HTTP exactly as React calls them from a page: the action's id (from
 * the build's server-reference manifest) in the Next-Action header, the arguments encoded by
 * React's own encodeReply, the answer read back with React's Flight client. No browser needed,
 * so the authorization matrix can walk every action as every kind of caller quickly.
 */

interface FlightClient {
  encodeReply(args: unknown[]): Promise<string | FormData>;
  createFromReadableStream(stream: ReadableStream<Uint8Array>, options: { serverConsumerManifest: object }): Promise<{ a?: unknown }>;
}

const flight = createRequire(import.meta.url)('next/dist/compiled/react-server-dom-webpack/client.node') as FlightClient;

interface ManifestEntry {
  filename: string;
  exportedName: string;
}

let actionIds: Map<string, string> | undefined;

/** Every server action of the build under app/, by exported name (names are unique in this app). */
export function serverActions(): Map<string, string> {
  if (actionIds) return actionIds;
  const file = path.join(process.env.NEXT_DIST_DIR ?? '.next', 'server', 'server-reference-manifest.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as { node: Record<string, ManifestEntry> };
  actionIds = new Map(
    Object.entries(manifest.node)
      .filter(([, entry]) => entry.filename.startsWith('app/'))
      .map(([id, entry]) => [entry.exportedName, id]),
  );
  return actionIds;
}

/** What an action answered: its ActionResult, or where it redirected to (a form's success). */
export type ActionAnswer = { ok: true; value?: unknown; redirectedTo?: string } | { ok: false; code: string; message: string };

export async function callAction(request: APIRequestContext, name: string, ...args: unknown[]): Promise<ActionAnswer> {
  const id = serverActions().get(name);
  if (!id) throw new Error(`No server action named ${name} in the build`);
  const body = await flight.encodeReply(args);
  const headers = { 'next-action': id, accept: 'text/x-component' };
  // Any admin page can receive an action; the dashboard is always there.
  const response =
    typeof body === 'string'
      ? await request.post('/admin', { data: body, headers: { ...headers, 'content-type': 'text/plain;charset=UTF-8' }, maxRedirects: 0 })
      : await request.post('/admin', { multipart: body, headers, maxRedirects: 0 });
  return readAnswer(name, response);
}

async function readAnswer(name: string, response: APIResponse): Promise<ActionAnswer> {
  const redirectedTo = response.headers()['x-action-redirect'];
  if (redirectedTo) return { ok: true, redirectedTo: redirectedTo.split(';')[0] };
  if (response.status() !== 200) throw new Error(`${name} answered HTTP ${response.status()}: ${(await response.text()).slice(0, 300)}`);
  const stream = new Response(new Uint8Array(await response.body())).body!;
  const root = await flight.createFromReadableStream(stream, { serverConsumerManifest: { moduleMap: {}, serverModuleMap: null, moduleLoading: null } });
  return (await root.a) as ActionAnswer;
}

/** A form's fields as the browser would post them. */
export function form(fields: Record<string, string | number>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, String(value));
  return data;
}

/** A signed-in session for API calls: the sign-in form's own action, as the browser posts it. */
export async function signInSession(request: APIRequestContext, who: { email: string; password?: string }): Promise<void> {
  const answer = await callAction(request, 'signInAction', { email: '' }, form({ email: who.email, password: who.password ?? '' }));
  if (!answer.ok || !answer.redirectedTo) throw new Error(`Signing in as ${who.email} failed: ${JSON.stringify(answer)}`);
}
