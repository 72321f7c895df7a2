import Link from 'next/link';

type Props = { page: number; hasNext: boolean; href: (page: number) => string };

export function Pagination({ page, hasNext, href }: Props) {
  if (page === 1 && !hasNext) return null;
  const linkClass = 'inline-flex min-h-11 items-center rounded border border-zinc-300 px-4 font-semibold hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-900';
  return (
    <nav aria-label="Pagination" className="mt-8 flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={linkClass}>
          ← Newer
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-zinc-600 dark:text-zinc-400">Page {page}</span>
      {hasNext ? (
        <Link href={href(page + 1)} rel="next" className={linkClass}>
          Older →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
