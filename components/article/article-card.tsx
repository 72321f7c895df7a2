import { CoverImage } from '@/components/article/cover-image';
import Link from 'next/link';
import { DateTime } from '@/components/ui/date-time';
import type { ArticleCard as ArticleCardData } from '@/db/queries/articles';

type Props = { article: ArticleCardData; headingLevel?: 'h2' | 'h3'; withImage?: boolean };

export function ArticleCard({ article, headingLevel: Heading = 'h2', withImage = false }: Props) {
  return (
    <article className="flex gap-4 border-b border-zinc-200 py-5 dark:border-zinc-800">
      <div className="min-w-0 flex-1">
        {article.category && <p className="text-xs font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-300">{article.category.name}</p>}
        <Heading className="mt-1 text-lg font-bold leading-snug sm:text-xl">
          <Link href={`/news/${article.slug}`} className="hover:underline">
            {article.title}
          </Link>
        </Heading>
        <p className="mt-1 text-zinc-700 dark:text-zinc-300">{article.dek}</p>
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
          {article.author.name} · <DateTime value={article.publishedAt} />
        </p>
      </div>
      {withImage && article.coverImageUrl && (
        <CoverImage src={article.coverImageUrl} alt={article.coverImageAlt} width={192} className="w-24 shrink-0 self-start rounded sm:w-48" />
      )}
    </article>
  );
}
