
import { notFound, permanentRedirect } from 'next/navigation';
import { findArticle, getLatestArticles } from '@/lib/content/articles';
import { getSiteSettings } from '@/lib/content/settings';
import { renderDocument } from '@/lib/document/render';
import { formatDateline } from '@/lib/time/format';

export async function generateStaticParams() {
  const latest = await getLatestArticles(1);
  return latest.map((a) => { const [, section, slug] = a.path.split('/'); return { section, slug }; });
}

export default async function ArticlePage({ params }: PageProps<'/[section]/[slug]'>) {
  const { section, slug } = await params;
  const [lookup, settings] = await Promise.all([findArticle(section, slug), getSiteSettings()]);
  if (lookup.kind === 'moved') permanentRedirect(lookup.path);
  if (lookup.kind === 'missing') notFound();
  const { article } = lookup;
  const dateline = formatDateline(article.publishedAt, settings.timeZone);
  return (
    <main className="mx-auto max-w-3xl p-4">
      <article>
        <h1 className="font-serif text-3xl font-bold">{article.headline}</h1>
        <p className="mt-2 text-lg">{article.standfirst}</p>
        <p className="mt-2 text-sm">
          {article.byline.length ? `By ${article.byline.map((author) => author.name).join(', ')}` : article.creditLine}
        </p>
        <time dateTime={dateline.dateTime} className="text-sm text-neutral-500">
          {dateline.text}
        </time>
        <div className="prose mt-6 font-serif">
          {renderDocument(article.body, { figure: () => null, gallery: () => null })}
        </div>
      </article>
    </main>
  );
}
