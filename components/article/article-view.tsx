import Link from 'next/link';
import { CoverImage } from '@/components/article/cover-image';
import { DateTime } from '@/components/ui/date-time';
import { PricesAtPublication } from '@/components/prices/price-at-publication';
import type { PublishedArticle } from '@/db/queries/articles';
import type { PriceAtPublication } from '@/db/queries/prices';
import { readingMinutes } from '@/lib/content/editorial';
import { readBodyHtml } from '@/lib/content/body';
import { CoinChips } from '@/components/prices/coin-chips';

export function ArticleView({ article, prices }: { article: PublishedArticle; prices: PriceAtPublication[] }) {
  return (
    <article className="max-w-3xl" data-article-id={article.id}>
      <header>
        {article.category && (
          <Link href={`/category/${article.category.slug}`} className="-my-3 inline-block py-3 text-sm font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-300">
            {article.category.name}
          </Link>
        )}
        <h1 className="mt-2 text-3xl font-black leading-tight tracking-tight sm:text-4xl">{article.title}</h1>
        <p className="mt-3 text-xl text-zinc-700 dark:text-zinc-300">{article.dek}</p>
        <p className="mt-4 text-sm text-zinc-600 dark:text-zinc-400">
          By{' '}
          <Link href={`/author/${article.author.slug}`} className="font-semibold text-zinc-900 underline-offset-2 hover:underline dark:text-zinc-100">
            {article.author.name}
          </Link>{' '}
          · Published{' '}
          <DateTime value={article.publishedAt} />
          {article.revisedAt && (
            <>
              {' '}
              · Updated <DateTime value={article.revisedAt} />
            </>
          )}{' '}
          · {readingMinutes(article.body)} min read
        </p>
        <PricesAtPublication prices={prices} />
      </header>

      {article.coverImageUrl && (
        <CoverImage src={article.coverImageUrl} alt={article.coverImageAlt} sizes="(min-width: 800px) 768px, 100vw" preload className="mt-6 w-full rounded-lg" />
      )}

      {article.revisedAt && article.revisionNote && (
        <p role="note" className="mt-6 rounded border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950">
          <strong>Updated <DateTime value={article.revisedAt} />:</strong> {article.revisionNote}
        </p>
      )}

      {article.keyPoints.length > 0 && (
        <section aria-labelledby="key-points" className="mt-8 rounded-lg bg-brand-50 p-5 dark:bg-zinc-900">
          <h2 id="key-points" className="font-bold">
            Key points
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {article.keyPoints.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </section>
      )}

      {article.summary && (
        <section aria-labelledby="summary" className="mt-6 border-l-4 border-zinc-300 pl-4 dark:border-zinc-700">
          <h2 id="summary" className="text-sm font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">
            {article.summarySource === 'generated' ? 'Summary (generated automatically)' : 'Summary'}
          </h2>
          <p className="mt-1">{article.summary}</p>
        </section>
      )}

      <div id="article-body" className="prose-article mt-8" dangerouslySetInnerHTML={{ __html: readBodyHtml(article) }} />
      <CoinChips containerId="article-body" />

      {article.tags.length > 0 && (
        <ul aria-label="Tags" className="mt-10 flex flex-wrap gap-2">
          {article.tags.map((tag) => (
            <li key={tag.slug}>
              <Link href={`/tag/${tag.slug}`} className="inline-flex min-h-11 items-center rounded-full border border-zinc-300 px-4 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-900">
                {tag.name}
              </Link>
            </li>
          ))}
        </ul>
      )}

      {article.disclaimer && <p className="mt-8 border-t border-zinc-200 pt-4 text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">{article.disclaimer}</p>}
    </article>
  );
}
