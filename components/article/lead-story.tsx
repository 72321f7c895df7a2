import { CoverImage } from '@/components/article/cover-image';
import Link from 'next/link';
import { DateTime } from '@/components/ui/date-time';
import type { ArticleCard } from '@/db/queries/articles';

export function LeadStory({ article }: { article: ArticleCard }) {
  return (
    <article className="grid gap-5 md:grid-cols-5">
      {article.coverImageUrl && (
        <CoverImage
          src={article.coverImageUrl}
          alt={article.coverImageAlt}
          sizes="(min-width: 1152px) 680px, (min-width: 768px) 60vw, 100vw"
          preload
          className="w-full rounded-lg md:col-span-3"
        />
      )}
      <div className="md:col-span-2">
        {article.category && <p className="text-sm font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-300">{article.category.name}</p>}
        <h2 className="mt-1 text-2xl font-black leading-tight tracking-tight sm:text-3xl">
          <Link href={`/news/${article.slug}`} className="hover:underline">
            {article.title}
          </Link>
        </h2>
        <p className="mt-3 text-lg text-zinc-700 dark:text-zinc-300">{article.dek}</p>
        <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">
          {article.author.name} · <DateTime value={article.publishedAt} />
        </p>
      </div>
    </article>
  );
}
