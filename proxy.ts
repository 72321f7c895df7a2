import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/lib/env';
import { freshNonce, noncePlaceholder, PLACEHOLDER_HEADER } from '@/lib/server/page-cache/nonce';
import { contentSecurityPolicy, servedOverHttps, STRICT_TRANSPORT_SECURITY } from '@/lib/server/security-headers';

// Next.js reads the nonce from the policy on the request and puts it on the scripts it renders, so the same
// policy goes on the request (for Next.js) and on the response (for the browser). Behind the portal's web server
// the nonce is its placeholder, which it turns into a fresh nonce per response (lib/server/page-cache/nonce.ts), so that
// cached pages get one too; without it (`next dev`) the nonce is fresh here.
export function proxy(request: NextRequest) {
  const https = servedOverHttps(request.headers);
  const policy = contentSecurityPolicy(nonceFor(request.headers), { https });
  const response = isDecodable(request.nextUrl.pathname) ? NextResponse.next({ request: { headers: withPolicy(request.headers, policy) } }) : badAddress();
  response.headers.set('Content-Security-Policy', policy);
  if (https) response.headers.set('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
  return response;
}

// Only the real placeholder is taken: a nonce a client could choose would be no protection.
const placeholder = env.AUTH_SECRET ? noncePlaceholder(env.AUTH_SECRET) : undefined;
const nonceFor = (headers: Headers) => (placeholder && headers.get(PLACEHOLDER_HEADER) === placeholder ? placeholder : freshNonce());

const withPolicy = (incoming: Headers, policy: string) => {
  const headers = new Headers(incoming);
  headers.set('content-security-policy', policy);
  headers.delete(PLACEHOLDER_HEADER);
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
