import type { Metadata } from 'next';
import { connection } from 'next/server';
import { SiteChrome } from '@/components/layout/site-chrome';
import { SkipLink } from '@/components/layout/skip-link';
import { NotFoundMessage } from '@/components/layout/not-found-message';
import { getSiteChrome } from '@/db/queries/site-chrome';
import './globals.css';

export const metadata: Metadata = { title: 'Page not found | Tickerwire', robots: { index: false } };
// Outside the root layout, so its viewport (the theme colours) is named here too.
export { viewport } from './layout';

// An address no route matches, and the web server's re-render of a notFound() whose document Next.js left empty
// (lib/server/pipeline.ts): the whole document with the public chrome. A root not-found.tsx would do the same, but
// Next.js would then carry its element, the chrome twice over, in every page's payload.
export default async function GlobalNotFound() {
  await connection();
  const { categories, quotes } = await getSiteChrome();
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <SkipLink />
        <SiteChrome categories={categories} quotes={quotes}>
          <NotFoundMessage />
        </SiteChrome>
      </body>
    </html>
  );
}
