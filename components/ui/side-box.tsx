import Link from 'next/link';

type Props = { id: string; title: string; moreHref: string; children: React.ReactNode };

/** A boxed sidebar section with a heading and a "More" link to the full page. */
export function SideBox({ id, title, moreHref, children }: Props) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
      <div className="flex items-baseline justify-between">
        <h2 id={id} className="text-lg font-bold">
          {title}
        </h2>
        <Link href={moreHref} className="flex min-h-11 items-center px-1 text-sm font-semibold text-brand-700 hover:underline dark:text-brand-300">
          More<span className="sr-only"> {title.toLowerCase()}</span>
        </Link>
      </div>
      {children}
    </section>
  );
}
