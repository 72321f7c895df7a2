import { describe, expect, it } from 'vitest';
import { firstFreeSlug, followsTitle, isSlug, slugify, tagSlug } from '@/db/slugs';

describe('slugs', () => {
  it('makes a headline’s slug of whole words, at most 80 characters', () => {
    expect(slugify('Café owners accept “bitcoin” — again')).toBe('cafe-owners-accept-bitcoin-again');
    const long = slugify(`Bitcoin ${'extraordinarily '.repeat(10)}`);
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long.split('-').every((word) => word === 'bitcoin' || word === 'extraordinarily')).toBe(true);
    expect(slugify('🚀🚀')).toBe('untitled');
  });

  it('tells a slug that follows the headline, with or without a free suffix, from a typed one', () => {
    expect(followsTitle('etf-flows', 'ETF flows')).toBe(true);
    expect(followsTitle('etf-flows-2', 'ETF flows')).toBe(true);
    expect(followsTitle('etf-flows-02', 'ETF flows')).toBe(false);
    expect(followsTitle('etf-flows-today', 'ETF flows')).toBe(false);
  });

  it('takes the first free suffix, cut so that it fits', () => {
    expect(firstFreeSlug('a', new Set())).toBe('a');
    expect(firstFreeSlug('a', new Set(['a', 'a-2']))).toBe('a-3');
    const long = 'word-'.repeat(19) + 'word';
    const free = firstFreeSlug(long, new Set([long]));
    expect(isSlug(free)).toBe(true);
    expect(free.endsWith('-2')).toBe(true);
  });

  it('gives every tag a valid slug that keeps what it is made of', () => {
    const cases: Record<string, string> = { '🚀': 'u1f680', 'Bitcoin 🚀': 'bitcoin-u1f680', $BTC: 'btc', 'مرحبا': 'u645-u631-u62d-u628-u627', 'Ｂｉｔｃｏｉｎ': 'bitcoin', Untitled: 'untitled' };
    for (const [name, slug] of Object.entries(cases)) expect(tagSlug(name), name).toBe(slug);
    for (const name of ['🚀'.repeat(30), '---', '👩‍👩‍👧‍👦'.repeat(10), 'x'.repeat(60)]) expect(isSlug(tagSlug(name)), name).toBe(true);
    // Two long names that share a beginning stay two tags.
    expect(tagSlug('🚀'.repeat(30))).not.toBe(tagSlug(`${'🚀'.repeat(29)}🌕`));
  });
});
