import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { SEARCH_CANDIDATES, searchArticles } from '@/db/queries/search';
import { articles } from '@/db/schema';
import { PAGE_SIZE } from '@/lib/content/pagination';
import { MATCH_END, MATCH_START } from '@/db/queries/search';
import { createArticle, createAuthor } from '../support/fixtures';

const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000);
const page = (n: number) => ({ limit: PAGE_SIZE, offset: (n - 1) * PAGE_SIZE });

beforeAll(async () => {
  await db.delete(articles).where(sql`true`);
});

describe('search', () => {
  it('ranks a match in the headline above one in the body, and marks the matched words', async () => {
    await createArticle({ slug: 'body-match', title: 'Miners sign new power contracts', body: 'The deal prices the quoltane hedge at cost.', publishedAt: daysAgo(1) });
    await createArticle({ slug: 'title-match', title: 'Quoltane hedges spread among miners', body: 'Several firms signed.', publishedAt: daysAgo(5) });
    await createArticle({ slug: 'draft-match', title: 'Quoltane draft', status: 'draft' });

    const results = await searchArticles('quoltane', page(1));
    expect(results.hits.map((h) => h.slug)).toEqual(['title-match', 'body-match']);
    expect(results).toMatchObject({ total: 2, more: false });
    expect(results.hits[1]!.snippet).toContain(`${MATCH_START}quoltane${MATCH_END}`);
  });

  it('ranks only the newest matches of a word found everywhere, and says there are more', async () => {
    const { id: authorId } = await createAuthor();
    // The strongest match of all, but older than the bound's worth of newer ones.
    await createArticle({ slug: 'oldest-best-match', title: 'Zorblat zorblat zorblat', dek: 'Zorblat', authorId, publishedAt: daysAgo(400) });
    await db.execute(sql`
      insert into articles (slug, title, body, author_id, status, published_at)
      select 'zorblat-' || g, 'Market note ' || g, 'A zorblat mention in passing.', ${authorId}, 'published', now() - g * interval '1 hour'
      from generate_series(1, ${SEARCH_CANDIDATES + 2}) g`);
    const newestWithTitleMatch = await createArticle({ slug: 'newer-title-match', title: 'Zorblat flows turn', authorId, publishedAt: daysAgo(2) });

    const first = await searchArticles('zorblat', page(1));
    expect(first).toMatchObject({ total: SEARCH_CANDIDATES, more: true });
    expect(first.hits[0]!.slug).toBe(newestWithTitleMatch.slug);
    expect(first.hits).toHaveLength(PAGE_SIZE);

    const pages = Math.ceil(SEARCH_CANDIDATES / PAGE_SIZE);
    const last = await searchArticles('zorblat', page(pages));
    expect(last.hits).toHaveLength(SEARCH_CANDIDATES - (pages - 1) * PAGE_SIZE);
    expect((await searchArticles('zorblat', page(pages + 1))).hits).toEqual([]);
    const seen = new Set<string>();
    for (let n = 1; n <= pages; n++) for (const hit of (await searchArticles('zorblat', page(n))).hits) seen.add(hit.slug);
    expect(seen.size).toBe(SEARCH_CANDIDATES);
    expect(seen.has('oldest-best-match')).toBe(false);
  });

  it('finds nothing for words no story has, or for a query of stop words only', async () => {
    expect(await searchArticles('qqqxxyyzz', page(1))).toEqual({ total: 0, more: false, hits: [] });
    expect(await searchArticles('the and of', page(1))).toEqual({ total: 0, more: false, hits: [] });
  });
});
