import { ArticleCard } from '@/components/article/article-card';
import { NewsSidebar } from '@/components/layout/news-sidebar';
import { Pagination } from '@/components/ui/pagination';
import type { ArticleCard as ArticleCardData } from '@/db/queries/articles';
import type { CoinQuote } from '@/db/queries/prices';
import type { TrendingArticle } from '@/db/queries/trending';

type Props = {
  eyebrow: string;
  title: string;
  description?: string;
  articles: ArticleCardData[];
  page: number;
  hasNext: boolean;
  href: (page: number) => string;
  sidebar: { trending: TrendingArticle[]; quotes: CoinQuote[] };
};

/** A paginated list of stories under a heading: category, tag, author and latest pages. */
export function ArticleListing({ eyebrow, title, description, articles, page, hasNext, href, sidebar }: Props) {
  return (
    <div className="grid gap-10 lg:grid-cols-3">
      <div className="lg:col-span-2">
        <header className="border-b-2 border-zinc-900 pb-4 dark:border-zinc-100">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-300">{eyebrow}</p>
          <h1 className="mt-1 text-3xl font-black tracking-tight">{title}</h1>
          {description && <p className="mt-2 text-zinc-700 dark:text-zinc-300">{description}</p>}
        </header>
        {articles.length === 0 ? (
          <p className="py-8 text-zinc-700 dark:text-zinc-300">No stories here yet.</p>
        ) : (
          articles.map((article) => <ArticleCard key={article.id} article={article} withImage />)
        )}
        <Pagination page={page} hasNext={hasNext} href={href} />
      </div>
      <NewsSidebar {...sidebar} />
    </div>
  );
}
