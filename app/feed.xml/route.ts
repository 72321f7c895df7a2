import { connection } from 'next/server';
import { listPublishedArticles } from '@/db/queries/articles';
import { FEED_SIZE, feedTitle, renderRss } from '@/lib/content/feed';
import { cacheListPage } from '@/lib/server/page-cache/declare';

export async function GET() {
  cacheListPage();
  await connection();
  const articles = await listPublishedArticles({ limit: FEED_SIZE });
  return renderRss({ title: feedTitle(), description: 'The latest crypto and markets news from Tickerwire.', path: '/', feedPath: '/feed.xml' }, articles);
}
