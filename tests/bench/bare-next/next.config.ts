import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // As the portal: compression is the web server's (or a proxy's) job, not Next's.
  compress: false,
  // Built from a copy in its own directory with its own node_modules (tests/bench/bare-next.ts): with the
  // repository as its root Turbopack would take the portal's proxy.ts for this app's (vercel/next.js#95287).
  turbopack: { root: process.cwd() },
};

export default nextConfig;
