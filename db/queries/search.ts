import { desc, eq, lte, sql } from 'drizzle-orm';
import { db } from '../index';
import { articles, authors, categories } from '../schema';
import { cardColumns } from './card-json';
import { isPublic } from './public';

// ts_headline does not escape the document, so matches are marked with control characters that the
// page turns into <mark> elements while rendering everything else as text.
export const MATCH_START = '\u0001';
export const MATCH_END = '\u0002';

// Ranking reads the whole text of every story it ranks, and in a large archive a common word matches most of it
// ("bitcoin": 72,000 of the benchmark's 100,000 stories, 2.2 s to rank them all). So a search ranks the newest
// matches only: more than a reader pages through, and on a news site the stories one is after are recent anyway.
export const SEARCH_CANDIDATES = 500;

/**
 * Full-text search over public articles with web-search syntax ("quoted phrases", -exclusions, or): the newest
 * SEARCH_CANDIDATES matches, ranked by relevance, newest first on ties; each hit carries a snippet with the
 * matched words marked. `total` counts matches up to SEARCH_CANDIDATES; `more` says whether older ones were left out.
 */
export async function searchArticles(text: string, { limit, offset }: { limit: number; offset: number }) {
  const query = sql`websearch_to_tsquery('english', ${text})`;
  // One past the bound, to know whether there are more, numbered newest first; the planner walks the date index or
  // the text index, whichever finds them sooner.
  const candidates = db.$with('candidates').as(
    db
      .select({ id: articles.id, newest: sql<number>`row_number() over (order by ${articles.publishedAt} desc, ${articles.id} desc)`.as('newest') })
      .from(articles)
      .where(sql`${isPublic()} and ${articles.search} @@ ${query}`)
      .orderBy(desc(articles.publishedAt), desc(articles.id))
      .limit(SEARCH_CANDIDATES + 1),
  );
  const rank = sql<number>`ts_rank_cd(${articles.search}, ${query})`;
  // Postgres evaluates the costly ts_headline after ORDER BY/LIMIT, so only for the rows on this page.
  const rows = await db
    .with(candidates)
    .select({
      ...cardColumns,
      snippet: sql<string>`ts_headline('english', ${articles.body}, ${query},
        ${`StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=22, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "`})`,
      matches: sql<number>`(select count(*) from ${candidates})::int`,
    })
    .from(candidates)
    .innerJoin(articles, eq(articles.id, candidates.id))
    .innerJoin(authors, eq(authors.id, articles.authorId))
    .leftJoin(categories, eq(categories.id, articles.categoryId))
    .where(lte(candidates.newest, SEARCH_CANDIDATES))
    .orderBy(desc(rank), desc(articles.publishedAt), desc(articles.id))
    .limit(limit)
    .offset(offset);
  const matched = rows[0]?.matches ?? 0;
  return {
    total: Math.min(matched, SEARCH_CANDIDATES),
    more: matched > SEARCH_CANDIDATES,
    hits: rows.map(({ matches, ...hit }) => ({ ...hit, publishedAt: hit.publishedAt! })),
  };
}
