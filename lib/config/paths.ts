import path from 'node:path';

/** Where Dateline keeps local state: the embedded database, media, generated secrets. */
export function dataDir(): string {
  return path.resolve(process.env.DATA_DIR ?? path.join(process.cwd(), '.data'));
}

export function mediaDir(): string {
  return path.resolve(process.env.MEDIA_DIR ?? path.join(dataDir(), 'media'));
}
