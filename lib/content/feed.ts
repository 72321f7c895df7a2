import type { ArticleCard } from '@/db/queries/articles';
import { absoluteUrl, SITE_NAME } from '@/lib/content/seo';
import { escapeXml } from '@/lib/content/xml';


type Channel = { title: string; description: string; path: string; feedPath: string };

/** An RSS 2.0 document for the stories, newest first. */
export function renderRss(channel: Channel, items: ArticleCard[]): Response {
  const entries = items
    .map((item) => {
      const url = absoluteUrl(`/news/${item.slug}`);
      return `    <item>
      <title>${escapeXml(item.title)}</title>
      <link>${url}</link>
      <guid isPermaLink="true">${url}</guid>
      <description>${escapeXml(item.dek)}</description>
      <pubDate>${item.publishedAt.toUTCString()}</pubDate>
      <dc:creator>${escapeXml(item.author.name)}</dc:creator>${item.category ? `\n      <category>${escapeXml(item.category.name)}</category>` : ''}
    </item>`;
    })
    .join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${escapeXml(channel.title)}</title>
    <link>${absoluteUrl(channel.path)}</link>
    <description>${escapeXml(channel.description)}</description>
    <language>en</language>
    <atom:link href="${absoluteUrl(channel.feedPath)}" rel="self" type="application/rss+xml"/>${items[0] ? `\n    <lastBuildDate>${items[0].publishedAt.toUTCString()}</lastBuildDate>` : ''}
${entries}
  </channel>
</rss>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}

export const FEED_SIZE = 50;
export const feedTitle = (section?: string) => (section ? `${SITE_NAME}: ${section}` : `${SITE_NAME}: latest news`);
