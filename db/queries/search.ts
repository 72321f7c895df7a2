import { desc, eq, sql } from 'drizzle-orm';
import { db } from '../index';
import { articles, authors, categories } from '../schema';
import { cardColumns, isPublic } from './articles';

import { MATCH_END, MATCH_START } from '@/lib/search';

/**
 * Full-text search over public articles with web-search syntax ("quoted phrases", -exclusions, or).
 * Ranked by relevance, newest first on ties; each hit carries a snippet with the matched words marked.
 */
export async function searchArticles(text: string, { limit, offset }: { limit: number; offset: number }) {
  const query = sql`websearch_to_tsquery('english', ${text})`;
  const rank = sql<number>`ts_rank_cd(${articles.search}, ${query})`;
  // Postgres evaluates the costly ts_headline after ORDER BY/LIMIT, so only for the rows on this page.
  const rows = await db
    .select({
      ...cardColumns,
      snippet: sql<string>`ts_headline('english', ${articles.body}, ${query},
        ${`StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=22, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "`})`,
      total: sql<number>`(count(*) over ())::int`,
    })
    .from(articles)
    .innerJoin(authors, eq(authors.id, articles.authorId))
    .leftJoin(categories, eq(categories.id, articles.categoryId))
    .where(sql`${isPublic} and ${articles.search} @@ ${query}`)
    .orderBy(desc(rank), desc(articles.publishedAt))
    .limit(limit)
    .offset(offset);
  return { total: rows[0]?.total ?? 0, hits: rows.map((row) => ({ ...row, publishedAt: row.publishedAt! })) };
}
