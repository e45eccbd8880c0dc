import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { openStory, saveState, staffPage } from './admin/stories-support';
import { db } from './admin/support';
import { createStory, paragraphs } from '../lib/testing/newsroom';
import { findFreePort } from '../lib/db/free-port';
import { localBin, nextStartArgs } from '../scripts/support/processes';

/**
 * App instances on one database, as behind a load balancer: an editor's change made through one
 * expires what another had cached (lib/cache/shared-tags-handler.mjs), and with
 * MEDIA_STORAGE=database a picture uploaded through one is served by another, no disk shared.
 */

/** Another `next start` of the e2e build, with extra environment; ready when its health check is. */
async function startInstance(env: Record<string, string>): Promise<{ url: string; stop: () => void }> {
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  const instance = spawn(localBin('next'), nextStartArgs(port), {
    env: { ...process.env, PORT: String(port), ...env },
    stdio: 'ignore',
  });
  const stop = () => void instance.kill('SIGTERM');
  try {
    await expect.poll(() => fetch(`${url}/api/health`).then((response) => response.status, () => 0), { timeout: 30_000 }).toBe(200);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, stop };
}

test('a story updated through one instance is shown updated by another that had cached it', async ({ browser }) => {
  // The same build, database, secret and media as the instance the other tests use.
  const { url: other, stop } = await startInstance({});
  try {
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
    stop();
  }
});

test('with MEDIA_STORAGE=database, a picture uploaded through one instance is served by another that shares no disk', async ({ browser }) => {
  const disks = await Promise.all(['a', 'b'].map((name) => fs.mkdtemp(path.join(os.tmpdir(), `dateline-media-${name}-`))));
  const instances = await Promise.all(disks.map((disk) => startInstance({ MEDIA_STORAGE: 'database', MEDIA_DIR: disk })));
  const editor = await staffPage(browser, 'EDITOR');
  let uploaded: { id: number; storageKey: string } | undefined;
  try {
    const [uploading, serving] = instances;
    // Session cookies belong to the host, not the port: the editor is signed in on every instance.
    const buffer = await sharp({ create: { width: 1400, height: 900, channels: 3, background: '#0b6e4f' } }).jpeg().toBuffer();
    const response = await editor.page.request.post(`${uploading.url}/api/media/images`, {
      // No alt text: specs that pick a described library image pass it by while it exists.
      multipart: { file: { name: 'quay.jpg', mimeType: 'image/jpeg', buffer } },
    });
    expect(response.status()).toBe(201);
    const { image } = (await response.json()) as { image: { id: number; storageKey: string } };
    uploaded = image;

    const variant = await fetch(`${serving.url}/media/${image.storageKey}/w640.webp`);
    expect(variant.status).toBe(200);
    expect(variant.headers.get('content-type')).toBe('image/webp');
    expect((await sharp(Buffer.from(await variant.arrayBuffer())).metadata()).width).toBe(640);
    expect(await db.mediaObject.count({ where: { key: { startsWith: `${image.storageKey}/` } } })).toBeGreaterThan(1);
    for (const disk of disks) expect(await fs.readdir(disk)).toEqual([]);
  } finally {
    // Its files are in the database only: the disk-based instance the other specs use cannot serve it.
    if (uploaded) {
      await db.image.delete({ where: { id: uploaded.id } });
      await db.mediaObject.deleteMany({ where: { key: { startsWith: `${uploaded.storageKey}/` } } });
    }
    await editor.close();
    for (const instance of instances) instance.stop();
    await Promise.all(disks.map((disk) => fs.rm(disk, { recursive: true, force: true })));
  }
});
