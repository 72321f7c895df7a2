import Link from 'next/link';
import { SiteChrome } from '@/components/layout/site-chrome';
import { getSiteChrome } from '@/db/queries/site-chrome';

// The root layout is the bare document, so the site's 404 (every unknown address, and /_not-found, which the web
// server renders for every notFound()) brings the public chrome itself.
export default async function NotFound() {
  const { categories, quotes } = await getSiteChrome();
  return (
    <SiteChrome categories={categories} quotes={quotes}>
      <div className="py-16 text-center">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-300">404</p>
        <h1 className="mt-2 text-3xl font-black tracking-tight">We could not find that page</h1>
        <p className="mt-4 text-zinc-700 dark:text-zinc-300">The story may have moved, or the address may be mistyped.</p>
        <Link href="/" className="mt-6 inline-flex min-h-11 items-center rounded bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700">
          Back to the latest news
        </Link>
      </div>
    </SiteChrome>
  );
}
