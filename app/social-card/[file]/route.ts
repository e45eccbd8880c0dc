import { socialCardRatio } from '@/lib/seo/social-card';
import { socialCardPng } from '@/lib/seo/social-card-render';
import { socialCardResponse } from '@/lib/seo/responses';

export async function GET(_request: Request, { params }: RouteContext<'/social-card/[file]'>) {
  const ratio = socialCardRatio((await params).file);
  return socialCardResponse(ratio ? await socialCardPng(ratio) : null);
}
