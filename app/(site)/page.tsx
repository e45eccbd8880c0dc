import Link from 'next/link';
import { getLatestArticles } from '@/lib/content/articles';
import { getSiteSettings } from '@/lib/content/settings';
import { formatDateline } from '@/lib/time/format';

export default async function HomePage() {
  const [settings, articles] = await Promise.all([getSiteSettings(), getLatestArticles(20)]);
  return (
    <main className="mx-auto max-w-3xl p-4">
      <h1 className="font-serif text-3xl font-bold">{settings.publicationName}</h1>
      <ul className="mt-6 space-y-4">
        {articles.map((article) => {
          const dateline = formatDateline(article.publishedAt, settings.timeZone);
          return (
            <li key={article.id}>
              <Link href={article.path} className="font-serif text-xl font-semibold hover:underline">
                {article.headline}
              </Link>
              <p className="text-neutral-700">{article.standfirst}</p>
              <time dateTime={dateline.dateTime} className="text-sm text-neutral-500">
                {dateline.text}
              </time>
            </li>
          );
        })}
      </ul>
    </main>
  );
}
