// Runs in a process of its own (db/index.ts binds to DATABASE_URL once, at import): each public page's queries as
// the page calls them, the statements they send captured, then each statement again under EXPLAIN ANALYZE.
import postgres from 'postgres';
import { listArticleExtras } from '@/db/queries/article-extras';
import { findRedirectedSlug, getPublishedArticle, listHomeStories, listPublishedArticles } from '@/db/queries/articles';
import { searchArticles } from '@/db/queries/search';
import { getSiteChrome } from '@/db/queries/site-chrome';
import { countPublicArticles, listArticleEntries, listSectionEntries } from '@/db/queries/sitemap';
import { getAuthor, getCategory, getTag } from '@/db/queries/taxonomy';
import { listTrending } from '@/db/queries/trending';
import { FEED_SIZE } from '@/lib/content/feed';
import { PAGE_SIZE } from '@/lib/content/pagination';
import { newRequestContext, runInRequestContext, type RequestContext } from '@/lib/server/request-context';
import { URLS_PER_SITEMAP } from '@/lib/content/sitemap';
import { summarisePlan, type PagePlans } from './plan-summary';

const sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
const [sample] = await sql<{ article: string; category: string; tag: string; author: string }[]>`
  select a.slug as article, c.slug as category,
    (select t.slug from tags t join article_tags x on x.tag_id = t.id group by t.slug order by count(*) desc limit 1) as tag,
    (select au.slug from authors au order by au.id limit 1) as author
  from articles a join categories c on c.id = a.category_id
  where a.status = 'published' and exists (select 1 from article_tags x where x.article_id = a.id)
  order by a.published_at desc limit 1`;
const { article, category, tag, author } = sample!;
const listing = { limit: PAGE_SIZE + 1, offset: 0 };

// What each page (and its layout and metadata) asks, deduplicated as React's cache() does within a request.
const pages: Record<string, () => Promise<unknown>> = {
  '/': () => Promise.all([getSiteChrome(), listHomeStories({ latest: 11, perCategory: 3 })]),
  '/news/[slug]': async () => {
    const [found] = await Promise.all([getPublishedArticle(article), getSiteChrome()]);
    await listArticleExtras(found!.id, 6);
  },
  '/news/[slug] (unknown slug)': () => Promise.all([getSiteChrome(), getPublishedArticle('no-such-story').then(() => findRedirectedSlug('no-such-story'))]),
  '/category/[slug]': () => Promise.all([getSiteChrome(), getCategory(category), listPublishedArticles({ category, ...listing })]),
  '/tag/[slug]': () => Promise.all([getSiteChrome(), getTag(tag), listPublishedArticles({ tag, ...listing })]),
  '/author/[slug]': () => Promise.all([getSiteChrome(), getAuthor(author), listPublishedArticles({ author, ...listing })]),
  '/latest': () => Promise.all([getSiteChrome(), listPublishedArticles(listing)]),
  '/latest?page=500': () => Promise.all([getSiteChrome(), listPublishedArticles({ limit: PAGE_SIZE + 1, offset: 499 * PAGE_SIZE })]),
  '/trending': () => Promise.all([getSiteChrome(), listTrending({ day: { hours: 24, limit: 10 }, week: { hours: 24 * 7, limit: 10 } })]),
  '/search?q=hashprice': () => Promise.all([getSiteChrome(), searchArticles('hashprice', { limit: PAGE_SIZE, offset: 0 })]),
  '/search?q=bitcoin': () => Promise.all([getSiteChrome(), searchArticles('bitcoin', { limit: PAGE_SIZE, offset: 0 })]),
  '/feed.xml': () => listPublishedArticles({ limit: FEED_SIZE }),
  '/sitemap.xml': () => countPublicArticles(),
  '/sitemaps/sections.xml': () => listSectionEntries(),
  '/sitemaps/articles-1.xml': () => listArticleEntries(0, URLS_PER_SITEMAP),
};

const results: PagePlans[] = [];
for (const [page, run] of Object.entries(pages)) {
  const context: RequestContext = { ...newRequestContext(`explain-${results.length}`), statements: [] };
  await runInRequestContext(context, run);
  const plans = [];
  for (const statement of context.statements!) {
    type Explained = { 'QUERY PLAN': [Parameters<typeof summarisePlan>[1]] };
    const [row] = await sql.unsafe<Explained[]>(`explain (analyze, format json) ${statement.sql}`, statement.params as postgres.ParameterOrJSON<never>[]);
    plans.push(summarisePlan(statement.sql, row!['QUERY PLAN'][0]));
  }
  results.push({ page, statements: context.dbQueries, plans });
}
process.stdout.write(`${JSON.stringify(results)}\n`);
await sql.end();
process.exit(0);
