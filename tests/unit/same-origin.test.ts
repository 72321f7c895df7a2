import { describe, expect, it } from 'vitest';
import { siteUrl } from '@/lib/env';
import { isCrossSite } from '@/lib/server/same-origin';

const from = (headers: Record<string, string>) => isCrossSite(new Headers(headers));

describe('cross-site requests to route handlers', () => {
  it('lets our own pages through, however the host reached us', () => {
    expect(from({ origin: 'http://localhost:3000', host: 'localhost:3000' })).toBe(false);
    expect(from({ origin: 'http://127.0.0.1:3000', host: '127.0.0.1:3000' })).toBe(false);
    // Behind a reverse proxy: the public host arrives as X-Forwarded-Host.
    expect(from({ origin: 'https://news.example', host: '10.0.0.5:3000', 'x-forwarded-host': 'news.example, 10.0.0.1' })).toBe(false);
    // SITE_URL's origin, even when the Host header names something else.
    expect(from({ origin: new URL(siteUrl).origin, host: 'internal:8080' })).toBe(false);
  });

  it('refuses another site, an opaque origin and a malformed one', () => {
    expect(from({ origin: 'https://attacker.example', host: 'localhost:3000' })).toBe(true);
    expect(from({ origin: 'http://localhost:3000.attacker.example', host: 'localhost:3000' })).toBe(true);
    expect(from({ origin: 'null', host: 'localhost:3000' })).toBe(true);
    expect(from({ origin: 'not a url', host: 'localhost:3000' })).toBe(true);
    expect(from({ origin: 'https://attacker.example' })).toBe(true);
  });

  it('without an Origin, refuses only what the browser marks cross-site', () => {
    expect(from({ host: 'localhost:3000', 'sec-fetch-site': 'cross-site' })).toBe(true);
    expect(from({ host: 'localhost:3000', 'sec-fetch-site': 'same-origin' })).toBe(false);
    // curl and other clients send neither; they carry nobody's cookies.
    expect(from({ host: 'localhost:3000' })).toBe(false);
  });
});
