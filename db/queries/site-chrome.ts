import { sql } from 'drizzle-orm';
import { cache } from 'react';
import { db } from '../index';
import { categories } from '../schema';
import { parseQuotes, quotesJson } from './prices';
import { parseTrending, trendingJson } from './trending';

// The price strip shows this many coins; the sidebar's price box the first few of them.
const STRIP_QUOTES = 8;
// The sidebar: reads of the last 48 hours, halving in weight every 12 hours.
const SIDEBAR_TRENDING = { hours: 48, halfLifeHours: 12, limit: 5 };

/**
 * What the layout and the sidebar show around every public page (sections, prices, trending stories), in one
 * statement, once per request however many components ask.
 */
export const getSiteChrome = cache(async () => {
  const [row] = await db.execute<{
    categories: { slug: string; name: string; description: string }[];
    quotes: Parameters<typeof parseQuotes>[0];
    trending: Parameters<typeof parseTrending>[0];
  }>(sql`
    select
      (select coalesce(json_agg(json_build_object('slug', slug, 'name', name, 'description', description) order by position, name), '[]'::json)
         from ${categories}) as categories,
      ${quotesJson(STRIP_QUOTES)} as quotes,
      ${trendingJson(SIDEBAR_TRENDING)} as trending`);
  return { categories: row!.categories, quotes: parseQuotes(row!.quotes), trending: parseTrending(row!.trending) };
});
