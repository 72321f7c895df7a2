// Search results kept per normalised query: what a reader finds after a story is published, edited or taken down,
// and how many statements identical searches cost. The real announcements: the trigger, LISTEN, the web server's
// followInvalidations.
import { eq, sql as where } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db, sql } from '@/db';
import { articles } from '@/db/schema';
import { SearchResults, searchResults } from '@/lib/content/search-results';
import { followInvalidations } from '@/lib/server/page-cache/invalidations';
import { newRequestContext, runInRequestContext } from '@/lib/server/request-context';
import { createArticle } from '../support/fixtures';

let heard = 0;
/** Waits until the web server's side has heard the announcement of the change just committed. */
async function announced(change: () => Promise<unknown>) {
  const before = heard;
  await change();
  await vi.waitFor(() => expect(heard).toBeGreaterThan(before));
}

/** What a search sends to PostgreSQL, and what it finds. */
async function search(text: string, page = 1) {
  const context = newRequestContext('test');
  const results = await runInRequestContext(context, () => searchResults.find(text, page));
  return { statements: context.dbQueries, slugs: results.hits.map((hit) => hit.slug), titles: results.hits.map((hit) => hit.title) };
}

let listening: { unlisten: () => Promise<void> };
beforeAll(async () => {
  await db.delete(articles).where(where`true`);
  listening = (await followInvalidations(sql, [searchResults], { watchDatabase: () => {}, log: () => (heard += 1) })) as typeof listening;
});
afterAll(() => listening.unlisten());

describe('search results', () => {
  it('are kept per normalised query, so a repeated search sends nothing to PostgreSQL', async () => {
    await announced(() => createArticle({ slug: 'kept-one', title: 'Plimsoquark reserves grow' }));
    expect(await search('plimsoquark')).toMatchObject({ statements: 1, slugs: ['kept-one'] });
    expect(await search('  PLIMSOQUARK ')).toMatchObject({ statements: 0, slugs: ['kept-one'] });
    // Full-width letters (NFKC) are the same word.
    expect(await search('ＰＬＩＭＳＯＱＵＡＲＫ')).toMatchObject({ statements: 0, slugs: ['kept-one'] });
  });

  it('show a story taken down, edited or published as soon as the change is announced', async () => {
    let story = { id: 0 };
    await announced(async () => (story = await createArticle({ slug: 'taken-down', title: 'Vondrafex miners merge' })));
    expect((await search('vondrafex')).slugs).toEqual(['taken-down']);

    await announced(() => db.update(articles).set({ status: 'draft' }).where(eq(articles.id, story.id)));
    expect(await search('vondrafex')).toMatchObject({ statements: 1, slugs: [] });

    await announced(() => db.update(articles).set({ status: 'published' }).where(eq(articles.id, story.id)));
    expect((await search('vondrafex')).slugs).toEqual(['taken-down']);

    await announced(() => db.update(articles).set({ title: 'Vondrafex miners call off their merger' }).where(eq(articles.id, story.id)));
    expect((await search('vondrafex')).titles).toEqual(['Vondrafex miners call off their merger']);

    await announced(() => createArticle({ slug: 'newly-published', title: 'Vondrafex rivals react' }));
    expect((await search('vondrafex')).slugs.sort()).toEqual(['newly-published', 'taken-down']);
  });

  it('cost one statement for 50 identical searches at once, however they are spelt', async () => {
    await announced(() => createArticle({ slug: 'shared-one', title: 'Quendralite hashrate record' }));
    const spellings = ['quendralite', 'Quendralite', ' QUENDRALITE ', 'ｑｕｅｎｄｒａｌｉｔｅ', 'quendralite\u00a0'];
    const context = newRequestContext('test');
    const all = await runInRequestContext(context, () => Promise.all(Array.from({ length: 50 }, (_, i) => searchResults.find(spellings[i % spellings.length]!, 1))));
    expect(context.dbQueries).toBe(1);
    expect(new Set(all.map((results) => results.hits.map((hit) => hit.slug).join()))).toEqual(new Set(['shared-one']));
  });

  it('begun before an announcement are neither kept nor joined after it', async () => {
    const answers: ((value: Awaited<ReturnType<SearchResults['find']>>) => void)[] = [];
    const queries: string[] = [];
    const cache = new SearchResults((text) => {
      queries.push(text);
      return new Promise((resolve) => answers.push(resolve));
    });
    cache.listen();
    const before = cache.find('ledger', 1);
    cache.invalidate();
    const after = cache.find('ledger', 1);
    expect(queries).toEqual(['ledger', 'ledger']);
    // The query from before the announcement ends last, as a slow one would.
    answers[1]!({ total: 0, more: false, hits: [] });
    expect(await after).toMatchObject({ total: 0 });
    answers[0]!({ total: 1, more: false, hits: [] });
    expect(await before).toMatchObject({ total: 1 });
    // The answer from before the announcement was not kept; the one after it was.
    expect(await cache.find('ledger', 1)).toMatchObject({ total: 0 });
    expect(queries).toHaveLength(2);
  });

  it('keep a key no longer than a query may be, whatever the text folds into', async () => {
    const queries: string[] = [];
    const cache = new SearchResults(async (text) => (queries.push(text), { total: 0, more: false, hits: [] }));
    // U+FDFA folds (NFKC) into 18 characters.
    await cache.find('\ufdfa'.repeat(200), 1);
    expect(queries[0]!.length).toBe(200);
  });
});
