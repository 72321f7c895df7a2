import { TrendingBox } from '@/components/article/trending-box';
import { PricesBox } from '@/components/prices/prices-box';
import type { CoinQuote } from '@/db/queries/prices';
import type { TrendingArticle } from '@/db/queries/trending';

/** "Trending news" and "Crypto prices": a sidebar on wide screens, a section below the content on phones. */
export function NewsSidebar({ trending, quotes }: { trending: TrendingArticle[]; quotes: CoinQuote[] }) {
  return (
    <aside aria-label="Trending and prices" className="space-y-6 lg:sticky lg:top-4 lg:self-start">
      <TrendingBox articles={trending} />
      <PricesBox quotes={quotes} />
    </aside>
  );
}
