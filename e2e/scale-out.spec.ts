import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { openStory, saveState, staffPage } from './admin/stories-support';
import { db } from './admin/support';
import { createStory, paragraphs } from '../lib/testing/newsroom';

/**
 * Two app instances on one database, as behind a load balancer: an editor's change made through
 * one expires what the other had cached (lib/cache/shared-tags-handler.mjs).
 */

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

test('a story updated through one instance is shown updated by another that had cached it', async ({ browser }) => {
  const port = await freePort();
  const other = `http://127.0.0.1:${port}`;
  // The same build, database, secret and media as the instance the other tests use.
  const instance = spawn(path.join(process.cwd(), 'node_modules', '.bin', 'next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, PORT: String(port) },
    stdio: 'ignore',
  });
  try {
    await expect.poll(() => fetch(`${other}/api/health`).then((response) => response.status, () => 0), { timeout: 30_000 }).toBe(200);

    const editor = await staffPage(browser, 'EDITOR');
    const section = await db.section.findFirstOrThrow({ orderBy: { position: 'asc' }, select: { id: true, slug: true } });
    const story = await createStory(db, {
      sectionId: section.id,
      createdById: editor.person.id,
      authorIds: [editor.person.id],
      headline: `Ferry to Türkmənbaşı resumes ${Date.now()}`,
      standfirst: 'The Caspian crossing reopens after the winter storms.',
      body: paragraphs('The crossing takes twelve hours.'),
    });
    const storyUrl = `${other}/${section.slug}/${story.slug}`;
    // Cached by the other instance: asked twice, rendered once.
    for (let visit = 0; visit < 2; visit++) expect(await (await fetch(storyUrl)).text()).toContain('The crossing takes twelve hours.');

    const { page } = editor;
    await openStory(page, story.id);
    const body = page.getByRole('textbox', { name: 'Story body' });
    await body.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Tickets go on sale on Monday.');
    await expect(saveState(page)).toHaveText(/Saved, not live/);
    await page.getByRole('button', { name: 'Update' }).click();
    await expect(saveState(page)).toHaveText('Saved');

    await expect.poll(async () => (await fetch(storyUrl)).text(), { timeout: 10_000 }).toContain('Tickets go on sale on Monday.');
    await editor.close();
  } finally {
    instance.kill('SIGTERM');
  }
});
