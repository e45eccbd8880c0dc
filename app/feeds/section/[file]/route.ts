import { feedXml } from '@/lib/seo/feeds';
import { feedResponse, slugFromXmlFile } from '@/lib/seo/responses';

export async function GET(_request: Request, { params }: RouteContext<'/feeds/section/[file]'>) {
  const slug = slugFromXmlFile((await params).file);
  return feedResponse(slug ? await feedXml({ kind: 'section', slug }) : null);
}
