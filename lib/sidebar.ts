import { listLatestQuotes } from '@/db/queries/prices';
import { listTrendingArticles } from '@/db/queries/trending';

// What the sidebar shows: reads of the last 48 hours, halving in weight every 12 hours.
export async function loadSidebar() {
  const [trending, quotes] = await Promise.all([listTrendingArticles({ hours: 48, halfLifeHours: 12, limit: 5 }), listLatestQuotes(6)]);
  return { trending, quotes };
}
