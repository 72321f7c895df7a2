// Cross-site request refusal for route handlers that change state (server actions get Next.js's own check).
import { siteUrl } from '@/lib/env';

const siteOrigin = new URL(siteUrl).origin;

function isOurOrigin(origin: string, headers: Headers): boolean {
  if (origin === siteOrigin) return true;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false; // "null" (a sandboxed frame, a privacy redirect) or garbage
  }
  // As Next.js does for server actions: a page of ours names the host the request was sent to. A cross-site
  // page cannot set X-Forwarded-Host, since custom headers need a preflight that we never grant.
  const forwardedHost = headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  return host === headers.get('host') || host === forwardedHost;
}

/**
 * Browsers send Origin with every cross-site POST, and Sec-Fetch-Site where they leave Origin out. A request with
 * neither comes from no browser, so it carries nobody's cookies and is let through like any other client.
 */
export function isCrossSite(headers: Headers): boolean {
  const origin = headers.get('origin');
  if (origin === null) return headers.get('sec-fetch-site') === 'cross-site';
  return !isOurOrigin(origin, headers);
}

/** A 403 for a request sent by another site's page, or null to go on. */
export function refuseCrossSite(request: Request): Response | null {
  return isCrossSite(request.headers) ? Response.json({ error: 'Requests from other sites are refused.' }, { status: 403 }) : null;
}
