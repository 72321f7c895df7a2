import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import { SkipLink } from '@/components/layout/skip-link';
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

// The document only: the public site's chrome is app/(site)/layout.tsx, the newsroom's frame app/admin/layout.tsx
// and app/sign-in/layout.tsx. Every page renders per request (connection()), since each carries a fresh CSP nonce.
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <SkipLink />
        {children}
      </body>
    </html>
  );
}
