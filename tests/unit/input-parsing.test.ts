import { describe, expect, it } from 'vitest';
import { isBot } from '@/lib/bots';
import { parsePage } from '@/lib/pagination';
import { parseQuery } from '@/lib/search';
import { escapeXml } from '@/lib/xml';

describe('page numbers from the query string', () => {
  it.each([
    [undefined, 1],
    ['1', 1],
    ['27', 27],
    ['0', null],
    ['-3', null],
    ['2.5', null],
    ['1e3', null],
    ['abc', null],
    ['99999999999999999999', null],
    ['501', null],
    [['1', '2'], null],
  ])('%j → %j', (value, expected) => expect(parsePage(value as string | string[] | undefined)).toBe(expected));
});

describe('search text', () => {
  it('is trimmed, bounded and stripped of control characters', () => {
    expect(parseQuery('  bitcoin etf ')).toBe('bitcoin etf');
    expect(parseQuery('a\u0000b')).toBe('a b');
    expect(parseQuery('x'.repeat(1000))).toHaveLength(200);
    expect(parseQuery('   ')).toBeNull();
    expect(parseQuery(['a', 'b'])).toBeNull();
    expect(parseQuery(undefined)).toBeNull();
  });
});

describe('bots', () => {
  it('are told apart from browsers by user agent', () => {
    expect(isBot('Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)')).toBe(true);
    expect(isBot('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0 Safari/537.36')).toBe(true);
    expect(isBot(null)).toBe(true);
    expect(isBot('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1')).toBe(false);
  });
});

describe('XML escaping', () => {
  it('escapes markup and drops characters XML cannot carry', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>\u0000\u0007`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
  });
});
