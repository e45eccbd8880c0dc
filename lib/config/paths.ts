import path from 'node:path';

/** Where Dateline keeps local state: the embedded database, media, generated secrets. */
export function dataDir(): string {
  // turbopackIgnore: a path built from cwd would make the bundler trace the whole project.
  return path.resolve(process.env.DATA_DIR ?? path.join(/*turbopackIgnore: true*/ process.cwd(), '.data'));
}

export function mediaDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.MEDIA_DIR ?? path.join(dataDir(), 'media'));
}
