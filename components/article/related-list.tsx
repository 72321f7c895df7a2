import Link from 'next/link';
import type { ArticleCard } from '@/db/queries/articles';

export function RelatedList({ articles }: { articles: ArticleCard[] }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="related" className="mt-12 border-t border-zinc-200 pt-6 dark:border-zinc-800">
      <h2 id="related" className="text-xl font-bold">
        You may also like
      </h2>
      <ul className="mt-4 grid gap-6 sm:grid-cols-2">
        {articles.map((article) => (
          <li key={article.id}>
            <Link href={`/news/${article.slug}`} className="font-semibold leading-snug hover:underline">
              {article.title}
            </Link>
            <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{article.dek}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
