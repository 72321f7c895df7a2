import { listArticleEntries, listSectionEntries } from '@/db/queries/sitemap';
import { renderUrlset, URLS_PER_SITEMAP } from '@/lib/content/sitemap';
import { cacheListPage } from '@/lib/server/page-cache/declare';

export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  cacheListPage();
  const { name } = await params;
  if (name === 'sections.xml') {
    const sections = await listSectionEntries();
    const newest = sections.reduce((a, b) => (a > b.lastModified ? a : b.lastModified), new Date(0));
    return renderUrlset([{ path: '/', lastModified: newest }, ...sections]);
  }
  const chunk = /^articles-([1-9]\d{0,3})\.xml$/.exec(name);
  if (!chunk) return new Response('No such sitemap', { status: 404 });
  const entries = await listArticleEntries((Number(chunk[1]) - 1) * URLS_PER_SITEMAP, URLS_PER_SITEMAP);
  if (entries.length === 0 && chunk[1] !== '1') return new Response('No such sitemap', { status: 404 });
  return renderUrlset(entries);
}
