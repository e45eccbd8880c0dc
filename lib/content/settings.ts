import { cacheLife, cacheTag as tag } from 'next/cache';
import { db } from '../db/client';
import { cacheTag } from './tags';

export interface SiteSettingsView {
  publicationName: string;
  tagline: string;
  timeZone: string;
  language: string;
  xHandle: string;
  facebookUrl: string;
  telegramUrl: string;
  youtubeUrl: string;
  feedFullContent: boolean;
}

export const DEFAULT_SETTINGS: SiteSettingsView = {
  publicationName: 'Dateline',
  tagline: '',
  timeZone: 'Asia/Baku',
  language: 'en',
  xHandle: '',
  facebookUrl: '',
  telegramUrl: '',
  youtubeUrl: '',
  feedFullContent: false,
};

export async function getSiteSettings(): Promise<SiteSettingsView> {
  'use cache';
  cacheLife('days');
  tag(cacheTag.settings);
  const row = await db.siteSettings.findUnique({ where: { id: 1 } });
  if (!row) return DEFAULT_SETTINGS;
  const { id: _id, updatedAt: _updatedAt, ...settings } = row;
  return settings;
}
