import { randomBytes } from 'node:crypto';
import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, servedOverHttps, STRICT_TRANSPORT_SECURITY } from '@/lib/security-headers';

// A fresh nonce per response. Next.js reads it from the policy on the request and puts it on the scripts it
// renders, so the same policy goes on the request (for Next.js) and on the response (for the browser).
export function proxy(request: NextRequest) {
  const https = servedOverHttps(request.headers);
  const policy = contentSecurityPolicy(randomBytes(16).toString('base64'), { https });
  const response = isDecodable(request.nextUrl.pathname) ? NextResponse.next({ request: { headers: withPolicy(request.headers, policy) } }) : badAddress();
  response.headers.set('Content-Security-Policy', policy);
  if (https) response.headers.set('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
  return response;
}

const withPolicy = (incoming: Headers, policy: string) => {
  const headers = new Headers(incoming);
  headers.set('content-security-policy', policy);
  return headers;
};

// An address that cannot be percent-decoded names nothing here, but Next answers one that falls on a dynamic
// route with a bare 500 (vercel/next.js#92527); it is refused before routing instead.
function isDecodable(pathname: string) {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

const badAddress = () =>
  new NextResponse('Bad request: the address is not valid percent-encoded UTF-8.', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

// Everything but build assets, which are scripts and styles themselves; they get next.config.ts's headers.
// Server actions are POSTs to pages, so they pass through here too.
export const config = { matcher: ['/((?!_next/static|_next/image).*)'] };
