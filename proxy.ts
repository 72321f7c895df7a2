import { NextResponse, type NextRequest } from 'next/server';

// An address that cannot be percent-decoded names nothing here, but Next answers one that falls on a dynamic
// route with a bare 500 (vercel/next.js#92527); it is refused before routing instead.
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse('Bad request: the address is not valid percent-encoded UTF-8.', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  return NextResponse.next();
}

// Only addresses with a percent sign: a proxy buffers request bodies, which uploads and the rest need not pay for.
export const config = { matcher: '/:path(.*%.*)' };
