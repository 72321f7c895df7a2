import Link from 'next/link';
import type { TrendingArticle } from '@/db/queries/trending';

export function TrendingBox({ articles }: { articles: TrendingArticle[] }) {
  return (
    <section aria-labelledby="trending-box" className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
      <div className="flex items-baseline justify-between">
        <h2 id="trending-box" className="text-lg font-bold">
          Trending news
        </h2>
        <Link href="/trending" className="flex min-h-11 items-center px-1 text-sm font-semibold text-brand-700 hover:underline dark:text-brand-300">
          More<span className="sr-only"> trending news</span>
        </Link>
      </div>
      {articles.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No reads counted in the last day yet.</p>
      ) : (
        <ol className="space-y-1">
          {articles.map((article, i) => (
            <li key={article.id} className="flex gap-3">
              <span aria-hidden="true" className="pt-2.5 text-lg font-black text-zinc-400 tabular-nums">
                {i + 1}
              </span>
              <Link href={`/news/${article.slug}`} className="flex min-h-11 items-center py-1 font-semibold leading-snug hover:underline">
                {article.title}
              </Link>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
