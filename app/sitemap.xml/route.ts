import { connection } from 'next/server';
import { countPublicArticles } from '@/db/queries/sitemap';
import { renderSitemapIndex, URLS_PER_SITEMAP } from '@/lib/content/sitemap';
import { cacheListPage } from '@/lib/server/page-cache/declare';

// Always an index, so the article list can grow past the 50,000 URLs one sitemap may hold.
export async function GET() {
  cacheListPage();
  await connection();
  const chunks = Math.max(1, Math.ceil((await countPublicArticles()) / URLS_PER_SITEMAP));
  return renderSitemapIndex(['sections', ...Array.from({ length: chunks }, (_, i) => `articles-${i + 1}`)]);
}
