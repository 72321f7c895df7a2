import { connection } from 'next/server';
import { listRecentForNews } from '@/db/queries/sitemap';
import { SITE_NAME } from '@/lib/content/seo';
import { renderNewsSitemap } from '@/lib/content/sitemap';
import { cacheListPage } from '@/lib/server/page-cache/declare';

export async function GET() {
  cacheListPage();
  await connection();
  return renderNewsSitemap(await listRecentForNews(), SITE_NAME);
}
