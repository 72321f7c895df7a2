// The headers that depend on the request: the Content-Security-Policy with this response's nonce, and HSTS.
// Those that are the same on every response (static files included) are in next.config.ts.
import { env, siteUrl } from '@/lib/env';

export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000; includeSubDomains';

/** Whether the reader reached us over HTTPS: directly on a https SITE_URL, or through a proxy that terminates TLS. */
export function servedOverHttps(headers: Headers): boolean {
  const forwarded = headers.get('x-forwarded-proto')?.split(',')[0]?.trim();
  return forwarded === 'https' || siteUrl.startsWith('https:');
}

/**
 * Scripts run only with this response's nonce, which Next.js puts on its own scripts when it finds it in the
 * request's policy; 'strict-dynamic' lets those load the page's chunks. Styles allow inline: next/image writes
 * style attributes and lightweight-charts inserts a <style> for its attribution, neither of which can carry a
 * nonce, and a style cannot run script.
 */
export function contentSecurityPolicy(nonce: string, { https }: { https: boolean }): string {
  return [
    "default-src 'self'",
    // React reconstructs server error stacks with eval in development only.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${env.NODE_ENV === 'development' ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Over plain HTTP (a laptop, the tests) upgrading would break every asset.
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}
