import Link from 'next/link';

/** What a reader sees for an address that names nothing, inside the site's chrome. */
export function NotFoundMessage() {
  return (
    <div className="py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-300">404</p>
      <h1 className="mt-2 text-3xl font-black tracking-tight">We could not find that page</h1>
      <p className="mt-4 text-zinc-700 dark:text-zinc-300">The story may have moved, or the address may be mistyped.</p>
      <Link href="/" className="mt-6 inline-flex min-h-11 items-center rounded bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700">
        Back to the latest news
      </Link>
    </div>
  );
}
