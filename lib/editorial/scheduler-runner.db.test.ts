import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, expect, it } from 'vitest';
import { cacheTag } from '../content/tags';
import { db } from '../db/client';
import { createStaff } from '../testing/actors';
import { createSection } from '../testing/newsroom';
import { isValidInternalToken } from './internal-expiry';
import { createDraft } from './save';
import { startScheduler, stopScheduler } from './scheduler-runner';
import { fields } from './testing';
import { scheduleStory } from './workflow';

const received: { authorization: string | undefined; tags: string[] }[] = [];
// Stands in for the app's own /api/internal/expire-tags: refuses the first call, accepts the rest.
const server = createServer((request: IncomingMessage, response) => {
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    received.push({ authorization: request.headers.authorization, tags: JSON.parse(body).tags });
    response.statusCode = received.length === 1 ? 503 : 200;
    response.end('{}');
  });
});

afterAll(async () => {
  stopScheduler();
  await new Promise((resolve) => server.close(resolve));
});

it('publishes due stories on its own and asks its server to expire their pages, retrying after a failure', async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.env.DATELINE_INTERNAL_ORIGIN = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.AUTH_SECRET = 'scheduler-test-secret';

  const editor = await createStaff(db, { role: 'EDITOR' });
  const section = await createSection(db, { name: 'Sport' });
  const { value: draft } = await createDraft(editor, { fields: fields({ sectionId: section.id, authorIds: [editor.id] }) });
  const at = new Date(Date.now() - 1_000);
  await scheduleStory(editor, { id: draft.id, version: draft.version, at }, { now: new Date(at.getTime() - 120_000) });

  startScheduler(200);
  await expect.poll(() => received.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);

  expect((await db.article.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe('PUBLISHED');
  // The refused call's tags were sent again, with a token only this deployment can make.
  expect(received[0].tags).toContain(cacheTag.story(draft.id));
  expect(received[1].tags).toEqual(received[0].tags);
  expect(isValidInternalToken(received[1].authorization?.replace(/^Bearer /, '') ?? null)).toBe(true);
  // Once accepted, nothing is pending: later ticks send nothing more.
  const count = received.length;
  await new Promise((resolve) => setTimeout(resolve, 600));
  expect(received.length).toBe(count);
});
