import Link from 'next/link';
import { SideBox } from '@/components/ui/side-box';
import type { TrendingArticle } from '@/db/queries/trending';

export function TrendingBox({ articles }: { articles: TrendingArticle[] }) {
  return (
    <SideBox id="trending-box" title="Trending news" moreHref="/trending">
      {articles.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No reads counted in the last day yet.</p>
      ) : (
        <ol className="space-y-1">
          {articles.map((article, i) => (
            <li key={article.id} className="flex gap-3">
              <span aria-hidden="true" className="pt-2.5 text-lg font-black text-zinc-500 tabular-nums dark:text-zinc-400">
                {i + 1}
              </span>
              <Link href={`/news/${article.slug}`} className="flex min-h-11 items-center py-1 font-semibold leading-snug hover:underline">
                {article.title}
              </Link>
            </li>
          ))}
        </ol>
      )}
    </SideBox>
  );
}
