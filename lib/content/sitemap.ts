import type { SitemapEntry } from '@/db/queries/sitemap';
import { absoluteUrl } from '@/lib/content/seo';
import { escapeXml } from '@/lib/content/xml';

// The sitemap protocol's limit per file.
export const URLS_PER_SITEMAP = 50_000;

const xmlResponse = (xml: string) => new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });

export function renderSitemapIndex(names: string[]): Response {
  const items = names.map((name) => `  <sitemap><loc>${absoluteUrl(`/sitemaps/${name}.xml`)}</loc></sitemap>`).join('\n');
  return xmlResponse(`<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${items}
</sitemapindex>
`);
}

export function renderUrlset(entries: SitemapEntry[]): Response {
  const items = entries
    .map((e) => `  <url><loc>${absoluteUrl(e.path)}</loc><lastmod>${e.lastModified.toISOString()}</lastmod></url>`)
    .join('\n');
  return xmlResponse(`<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${items}
</urlset>
`);
}

export function renderNewsSitemap(items: { slug: string; title: string; publishedAt: Date | null }[], publication: string): Response {
  const urls = items
    .map(
      (item) => `  <url>
    <loc>${absoluteUrl(`/news/${item.slug}`)}</loc>
    <news:news>
      <news:publication><news:name>${publication}</news:name><news:language>en</news:language></news:publication>
      <news:publication_date>${item.publishedAt!.toISOString()}</news:publication_date>
      <news:title>${escapeXml(item.title)}</news:title>
    </news:news>
  </url>`,
    )
    .join('\n');
  return xmlResponse(`<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${urls}
</urlset>
`);
}
