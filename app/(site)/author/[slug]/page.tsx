import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleListing } from '@/components/article/article-listing';
import { getAuthor } from '@/db/queries/taxonomy';
import { loadListing, pageHref } from '@/lib/content/listing';
import { cacheListPage } from '@/lib/server/page-cache/declare';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const author = await getAuthor(slug);
  if (!author) return {};
  return { title: `${author.name}`, description: author.bio, alternates: { canonical: `/author/${slug}` } };
}

export default async function AuthorPage({ params, searchParams }: Props) {
  cacheListPage();
  const { slug } = await params;
  const author = await getAuthor(slug);
  if (!author) notFound();
  const listing = await loadListing({ author: slug }, (await searchParams).page);
  return <ArticleListing eyebrow="Author" title={author.name} description={author.bio} href={pageHref(`/author/${slug}`)} {...listing} />;
}
