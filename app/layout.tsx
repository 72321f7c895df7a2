import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { PriceStrip } from '@/components/prices/price-strip';
import { getSiteChrome } from '@/db/queries/site-chrome';
import { siteUrl } from '@/lib/env';
import { DEFAULT_SOCIAL_IMAGE } from '@/lib/content/seo';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl),
  title: { default: 'Tickerwire: crypto and markets news', template: '%s | Tickerwire' },
  description: 'Independent news on bitcoin, ethereum, crypto markets, mining, regulation and the infrastructure behind them.',
  openGraph: { siteName: 'Tickerwire', type: 'website', images: [DEFAULT_SOCIAL_IMAGE] },
  twitter: { card: 'summary_large_image' },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#09090b' },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  const { categories, quotes } = await getSiteChrome();
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <link rel="alternate" type="application/rss+xml" title="Tickerwire: latest news" href="/feed.xml" />
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2 dark:focus:bg-zinc-900">
          Skip to content
        </a>
        <PriceStrip quotes={quotes} />
        <SiteHeader categories={categories} />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
          {children}
        </main>
        <SiteFooter categories={categories} />
      </body>
    </html>
  );
}
