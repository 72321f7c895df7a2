import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleListing } from '@/components/article/article-listing';
import { getCategory } from '@/db/queries/taxonomy';
import { loadListing, pageHref } from '@/lib/content/listing';
import { cacheListPage } from '@/lib/server/page-cache/declare';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const category = await getCategory(slug);
  if (!category) return {};
  return {
    title: `${category.name} news`,
    description: category.description,
    alternates: { canonical: `/category/${slug}`, types: { 'application/rss+xml': [{ url: `/category/${slug}/feed.xml`, title: `Tickerwire: ${category.name}` }] } },
  };
}

export default async function CategoryPage({ params, searchParams }: Props) {
  cacheListPage();
  const { slug } = await params;
  const category = await getCategory(slug);
  if (!category) notFound();
  const listing = await loadListing({ category: slug }, (await searchParams).page);
  return <ArticleListing eyebrow="Category" title={category.name} description={category.description} href={pageHref(`/category/${slug}`)} {...listing} />;
}
