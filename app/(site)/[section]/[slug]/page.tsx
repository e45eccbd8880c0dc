import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticlePage } from '@/components/article/ArticlePage';
import { findArticle, getLatestArticles, getRelatedArticles } from '@/lib/content/articles';
import { getPublicationDay } from '@/lib/content/clock';
import { getSiteSettings } from '@/lib/content/settings';
import { absoluteUrl } from '@/lib/content/urls';
import { recentArticleParams } from '@/lib/content/static-params';
import { StoryJsonLd } from '@/components/seo/JsonLd';
import { storyPageMetadata } from '@/lib/seo/page-metadata';

// Rendered whole on the first request and kept (docs/adr/0002): no App Shell to stream into.
export const instant = false;

export async function generateStaticParams() {
  return recentArticleParams();
}

export async function generateMetadata({ params }: PageProps<'/[section]/[slug]'>): Promise<Metadata> {
  const { section, slug } = await params;
  return storyPageMetadata(section, slug);
}

export default async function ArticleRoute({ params }: PageProps<'/[section]/[slug]'>) {
  const { section, slug } = await params;
  const lookup = await findArticle(section, slug);
  // proxy.ts has already answered 301/404 for these; this only guards a race with an edit.
  if (lookup.kind === 'moved') permanentRedirect(lookup.path);
  if (lookup.kind === 'missing') notFound();
  const { article, sectionId, tagIds } = lookup;
  const settings = await getSiteSettings();
  const [latest, related, day] = await Promise.all([
    getLatestArticles(9),
    getRelatedArticles(article.id, sectionId, tagIds),
    getPublicationDay(settings.timeZone),
  ]);
  return (
    <>
      <StoryJsonLd section={section} slug={slug} />
      <ArticlePage
        article={article}
        timeZone={settings.timeZone}
        url={absoluteUrl(article.path)}
        xHandle={settings.xHandle}
        latest={latest}
        related={related}
        today={day.key}
      />
    </>
  );
}
