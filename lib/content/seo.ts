import type { PublishedArticle } from '@/db/queries/articles';
import { siteUrl } from '@/lib/env';

export const SITE_NAME = 'Tickerwire';
export const absoluteUrl = (path: string) => `${siteUrl}${path}`;

// Shown by social networks for a story without its own cover image.
export const DEFAULT_SOCIAL_IMAGE = { url: '/og-default.png', width: 1200, height: 630, alt: 'Tickerwire: crypto and markets news' };

/** The public "last modified" date: moves only when an edit was marked as a correction or update. */
export const dateModified = (article: PublishedArticle) => article.revisedAt ?? article.publishedAt;

export function articleJsonLd(article: PublishedArticle) {
  const url = absoluteUrl(`/news/${article.slug}`);
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      mainEntityOfPage: url,
      headline: article.title,
      description: article.dek,
      image: [absoluteUrl(article.coverImageUrl ?? DEFAULT_SOCIAL_IMAGE.url)],
      datePublished: article.publishedAt.toISOString(),
      dateModified: dateModified(article).toISOString(),
      articleSection: article.category?.name,
      keywords: article.tags.map((t) => t.name),
      author: [{ '@type': 'Person', name: article.author.name, url: absoluteUrl(`/author/${article.author.slug}`) }],
      publisher: { '@type': 'Organization', name: SITE_NAME, url: siteUrl, logo: { '@type': 'ImageObject', url: absoluteUrl('/logo.png') } },
    },
    {
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: siteUrl },
        ...(article.category
          ? [{ '@type': 'ListItem', position: 2, name: article.category.name, item: absoluteUrl(`/category/${article.category.slug}`) }]
          : []),
        { '@type': 'ListItem', position: article.category ? 3 : 2, name: article.title, item: url },
      ],
    },
  ];
}
