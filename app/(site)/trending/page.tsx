import type { Metadata } from 'next';
import Link from 'next/link';
import { listTrending, type TrendingArticle } from '@/db/queries/trending';
import { cacheListPage } from '@/lib/server/page-cache/declare';

export const metadata: Metadata = {
  title: 'Trending news',
  description: 'The most read Tickerwire stories of the last 24 hours and the last 7 days.',
  alternates: { canonical: '/trending' },
};

function MostRead({ id, title, articles }: { id: string; title: string; articles: TrendingArticle[] }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="border-b-2 border-zinc-900 pb-1 text-2xl font-black tracking-tight dark:border-zinc-100">
        {title}
      </h2>
      {articles.length === 0 ? (
        <p className="py-4 text-zinc-700 dark:text-zinc-300">No reads counted in this period yet.</p>
      ) : (
        <ol className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {articles.map((article, i) => (
            <li key={article.id} className="flex gap-4 py-4">
              <span aria-hidden="true" className="w-8 text-2xl font-black text-zinc-500 tabular-nums dark:text-zinc-400">
                {i + 1}
              </span>
              <div>
                <Link href={`/news/${article.slug}`} className="font-bold leading-snug hover:underline">
                  {article.title}
                </Link>
                <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{article.dek}</p>
                <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{article.views.toLocaleString('en-US')} reads</p>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export default async function TrendingPage() {
  cacheListPage();
  const { day, week } = await listTrending({ day: { hours: 24, limit: 10 }, week: { hours: 24 * 7, limit: 10 } });
  return (
    <>
      <h1 className="text-3xl font-black tracking-tight">Trending news</h1>
      <p className="mt-2 text-zinc-700 dark:text-zinc-300">What readers are reading most, by reads counted on Tickerwire.</p>
      <div className="mt-8 grid gap-10 lg:grid-cols-2">
        <MostRead id="last-day" title="Last 24 hours" articles={day} />
        <MostRead id="last-week" title="Last 7 days" articles={week} />
      </div>
    </>
  );
}
