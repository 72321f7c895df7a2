import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleView } from '@/components/article/article-view';
import { RelatedList } from '@/components/article/related-list';
import { ViewBeacon } from '@/components/article/view-beacon';
import { NewsSidebar } from '@/components/layout/news-sidebar';
import { JsonLd } from '@/components/seo/json-ld';
import { listArticleExtras } from '@/db/queries/article-extras';
import { findRedirectedSlug, getPublishedArticle } from '@/db/queries/articles';
import { cacheArticlePage } from '@/lib/server/page-cache/declare';
import { articleJsonLd, dateModified, DEFAULT_SOCIAL_IMAGE } from '@/lib/content/seo';
import { loadSidebar } from '@/lib/content/sidebar';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getPublishedArticle((await params).slug);
  if (!article) return {};
  const title = article.seoTitle ?? article.title;
  const description = article.seoDescription ?? article.dek;
  const images = [article.coverImageUrl ? { url: article.coverImageUrl, width: 1600, height: 900, alt: article.coverImageAlt } : DEFAULT_SOCIAL_IMAGE];
  return {
    title,
    description,
    alternates: { canonical: `/news/${article.slug}` },
    openGraph: {
      type: 'article',
      title,
      description,
      url: `/news/${article.slug}`,
      siteName: 'Tickerwire',
      images,
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: dateModified(article).toISOString(),
      section: article.category?.name,
      authors: [article.author.name],
      tags: article.tags.map((t) => t.name),
    },
    twitter: { card: 'summary_large_image', title, description, images: images.map((i) => i.url) },
  };
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const article = await getPublishedArticle(slug);
  if (!article) {
    const current = await findRedirectedSlug(slug);
    if (current) permanentRedirect(`/news/${current}`);
    notFound();
  }
  const [{ related, prices }, sidebar] = await Promise.all([listArticleExtras(article.id, 6), loadSidebar()]);
  cacheArticlePage([article.id, ...related.map((r) => r.id), ...sidebar.trending.map((t) => t.id)]);
  return (
    <div className="grid gap-10 lg:grid-cols-3">
      <div className="lg:col-span-2">
        <ArticleView article={article} prices={prices} />
        <RelatedList articles={related} />
      </div>
      <NewsSidebar {...sidebar} />
      <JsonLd data={articleJsonLd(article)} />
      <ViewBeacon articleId={article.id} />
    </div>
  );
}
