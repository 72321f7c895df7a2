import type { Metadata } from 'next';
import { ArticleListing } from '@/components/article/article-listing';
import { loadListing, pageHref } from '@/lib/content/listing';
import { cacheListPage } from '@/lib/server/page-cache/declare';

export const metadata: Metadata = { title: 'Latest news', alternates: { canonical: '/latest' } };

export default async function LatestPage({ searchParams }: { searchParams: Promise<{ page?: string | string[] }> }) {
  cacheListPage();
  const listing = await loadListing({}, (await searchParams).page);
  return <ArticleListing eyebrow="All stories" title="Latest news" href={pageHref('/latest')} {...listing} />;
}
