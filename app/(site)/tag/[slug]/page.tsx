import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleListing } from '@/components/article/article-listing';
import { getTag } from '@/db/queries/taxonomy';
import { loadListing, pageHref } from '@/lib/content/listing';
import { cacheListPage } from '@/lib/server/page-cache/declare';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const tag = await getTag(slug);
  if (!tag) return {};
  return { title: `${tag.name}: latest news`, description: `Stories tagged ${tag.name} on Tickerwire.`, alternates: { canonical: `/tag/${slug}` } };
}

export default async function TagPage({ params, searchParams }: Props) {
  cacheListPage();
  const { slug } = await params;
  const tag = await getTag(slug);
  if (!tag) notFound();
  const listing = await loadListing({ tag: slug }, (await searchParams).page);
  return <ArticleListing eyebrow="Tag" title={tag.name} href={pageHref(`/tag/${slug}`)} {...listing} />;
}
