import { listPublishedArticles } from '@/db/queries/articles';
import { getCategory } from '@/db/queries/taxonomy';
import { FEED_SIZE, feedTitle, renderRss } from '@/lib/content/feed';
import { cacheListPage } from '@/lib/server/page-cache/declare';

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  cacheListPage();
  const { slug } = await params;
  const category = await getCategory(slug);
  if (!category) return new Response('No such category', { status: 404 });
  const articles = await listPublishedArticles({ category: slug, limit: FEED_SIZE });
  const path = `/category/${slug}`;
  return renderRss({ title: feedTitle(category.name), description: category.description, path, feedPath: `${path}/feed.xml` }, articles);
}
