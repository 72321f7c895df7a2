import { notFound } from 'next/navigation';
import { listPublishedArticles, type ArticleFilter } from '@/db/queries/articles';
import { PAGE_SIZE, parsePage } from '@/lib/content/pagination';
import { loadSidebar } from '@/lib/content/sidebar';

/**
 * One page of a story listing plus the sidebar. A malformed page number, or a page past the end,
 * is a 404 like any other address that does not exist.
 */
export async function loadListing(filter: ArticleFilter, rawPage: string | string[] | undefined) {
  const page = parsePage(rawPage);
  if (page === null) notFound();
  const [rows, sidebar] = await Promise.all([
    listPublishedArticles({ ...filter, limit: PAGE_SIZE + 1, offset: (page - 1) * PAGE_SIZE }),
    loadSidebar(),
  ]);
  if (page > 1 && rows.length === 0) notFound();
  return { page, articles: rows.slice(0, PAGE_SIZE), hasNext: rows.length > PAGE_SIZE, sidebar };
}

export const pageHref = (path: string) => (page: number) => (page === 1 ? path : `${path}?page=${page}`);
