import { describe, expect, it } from 'vitest';
import { parsePage } from '@/lib/content/pagination';
import { parseQuery } from '@/lib/content/search';
import { escapeXml } from '@/lib/content/xml';

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

describe('XML escaping', () => {
  it('escapes markup and drops characters XML cannot carry', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>\u0000\u0007`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
  });
});
