import { connection } from 'next/server';
import { newsSitemapMinute, newsSitemapXml } from '@/lib/seo/news-sitemap';
import { sitemapResponse } from '@/lib/seo/responses';

export async function GET() {
  // The 48-hour window is measured from the time of the request.
  await connection();
  return sitemapResponse(await newsSitemapXml(newsSitemapMinute(new Date())));
}
