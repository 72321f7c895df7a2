import { randomBytes } from 'node:crypto';
import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, servedOverHttps, STRICT_TRANSPORT_SECURITY } from '@/lib/security-headers';

// A fresh nonce per response. Next.js reads it from the policy on the request and puts it on the scripts it
// renders, so the same policy goes on the request (for Next.js) and on the response (for the browser).
export function proxy(request: NextRequest) {
  const https = servedOverHttps(request.headers);
  const policy = contentSecurityPolicy(randomBytes(16).toString('base64'), { https });
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  if (https) response.headers.set('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
  return response;
}

// Everything but build assets, which are scripts and styles themselves; they get next.config.ts's headers.
// Server actions are POSTs to pages, so they pass through here too.
export const config = { matcher: ['/((?!_next/static|_next/image).*)'] };
