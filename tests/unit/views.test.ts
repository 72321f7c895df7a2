import { describe, expect, it } from 'vitest';
import type { OfferedView } from '@/db/queries/trending';
import { isReader, readerId, REPEAT_WINDOW_MINUTES, ViewCounter } from '@/lib/server/views';

const SECRET = 'a-test-secret-of-at-least-32-characters';
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
const SAFARI = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1';

describe('readers', () => {
  it('are told apart from bots by user agent', () => {
    expect(isReader('Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)')).toBe(false);
    expect(isReader('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0 Safari/537.36')).toBe(false);
    expect(isReader('curl/8.5.0')).toBe(false);
    expect(isReader(null)).toBe(false);
    expect(isReader(SAFARI)).toBe(true);
  });

  it('are known by a keyed hash of address and browser that changes every day and holds no address', () => {
    const day = new Date('2026-12-07T10:00:00Z');
    const id = readerId(SECRET, '203.0.113.9', FIREFOX, day);
    expect(id).toHaveLength(16);
    expect(readerId(SECRET, '203.0.113.9', FIREFOX, new Date('2026-12-07T23:59:00Z'))).toEqual(id);
    expect(readerId(SECRET, '203.0.113.9', SAFARI, day)).not.toEqual(id);
    expect(readerId(SECRET, '203.0.113.10', FIREFOX, day)).not.toEqual(id);
    expect(readerId(SECRET, '203.0.113.9', FIREFOX, new Date('2026-12-08T00:00:00Z'))).not.toEqual(id);
    expect(readerId('another-secret-of-at-least-32-characters', '203.0.113.9', FIREFOX, day)).not.toEqual(id);
    expect(id.toString('latin1')).not.toContain('203.0.113.9');
  });
});

describe('the view counter', () => {
  const setup = () => {
    const recorded: OfferedView[][] = [];
    let now = Date.parse('2026-12-07T10:00:00Z');
    let failing = false;
    const counter = new ViewCounter(
      async (views) => {
        if (failing) throw new Error('database away');
        recorded.push(views);
      },
      () => now,
    );
    return { counter, recorded, advance: (ms: number) => (now += ms), fail: (on: boolean) => (failing = on) };
  };
  const alice = readerId(SECRET, '198.51.100.1', FIREFOX);
  const bob = readerId(SECRET, '198.51.100.2', FIREFOX);

  it('takes a flood from one reader as one read, and still takes another reader', async () => {
    const { counter, recorded } = setup();
    const taken = Array.from({ length: 1_000 }, () => counter.offer({ reader: alice, articleId: 2 }));
    expect(taken.filter(Boolean)).toHaveLength(1);
    expect(counter.offer({ reader: bob, articleId: 2 })).toBe(true);
    expect(counter.offer({ reader: alice, articleId: 3 })).toBe(true);
    await counter.flush();
    expect(recorded).toEqual([[{ reader: alice, articleId: 2 }, { reader: bob, articleId: 2 }, { reader: alice, articleId: 3 }]]);
    await counter.flush();
    expect(recorded).toHaveLength(1);
  });

  it(`takes the same reader again after ${REPEAT_WINDOW_MINUTES} minutes`, async () => {
    const { counter, recorded, advance } = setup();
    counter.offer({ reader: alice, articleId: 2 });
    advance(REPEAT_WINDOW_MINUTES * 60_000 - 1);
    expect(counter.offer({ reader: alice, articleId: 2 })).toBe(false);
    advance(1);
    expect(counter.offer({ reader: alice, articleId: 2 })).toBe(true);
    await counter.flush();
    expect(recorded.flat()).toHaveLength(2);
  });

  it('keeps the reads for the next flush while the database is away', async () => {
    const { counter, recorded, fail } = setup();
    counter.offer({ reader: alice, articleId: 2 });
    fail(true);
    await expect(counter.flush()).rejects.toThrow('database away');
    counter.offer({ reader: bob, articleId: 2 });
    fail(false);
    await counter.flush();
    expect(recorded).toEqual([[{ reader: alice, articleId: 2 }, { reader: bob, articleId: 2 }]]);
  });
});
