import { sitemapResponse } from '@/lib/seo/responses';
import { sitemapIndexXml } from '@/lib/seo/sitemaps';

export async function GET() {
  return sitemapResponse(await sitemapIndexXml());
}
