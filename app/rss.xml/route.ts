import { feedXml } from '@/lib/seo/feeds';
import { feedResponse } from '@/lib/seo/responses';

export async function GET() {
  return feedResponse(await feedXml({ kind: 'site' }));
}
