import { connection } from 'next/server';
import { listRecentForNews } from '@/db/queries/sitemap';
import { SITE_NAME } from '@/lib/seo';
import { renderNewsSitemap } from '@/lib/sitemap';

export async function GET() {
  await connection();
  return renderNewsSitemap(await listRecentForNews(), SITE_NAME);
}
