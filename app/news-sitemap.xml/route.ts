import { connection } from 'next/server';
import { listRecentForNews } from '@/db/queries/sitemap';
import { SITE_NAME } from '@/lib/seo';
import { renderNewsSitemap } from '@/lib/sitemap';
import { cacheListPage } from '@/lib/page-cache/declare';

export async function GET() {
  cacheListPage();
  await connection();
  return renderNewsSitemap(await listRecentForNews(), SITE_NAME);
}
