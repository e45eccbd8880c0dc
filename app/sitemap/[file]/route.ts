import { sitemapResponse } from '@/lib/seo/responses';
import { childSitemapXml } from '@/lib/seo/sitemaps';

export async function GET(_request: Request, { params }: RouteContext<'/sitemap/[file]'>) {
  const { file } = await params;
  return sitemapResponse(await childSitemapXml(file));
}
