// The Redis tier of the page cache against the machine's real Redis (REDIS_URL, default 127.0.0.1:6379).
import { createHash, randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, expect, test } from 'vitest';
import { SharedTier } from '@/lib/server/page-cache/shared-tier';
import type { CachedPage } from '@/lib/server/page-cache/store';

const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const namespace = `test-${randomBytes(4).toString('hex')}`;
const secret = 'a signing secret of at least thirty-two characters';
const redis = new Redis(url);
const tiers: SharedTier[] = [];
// A tier refuses commands until its connection is up (it never queues them), as a slow Redis would, and its
// fetch answers null when Redis is unreachable: "sees nothing" would then pass against no Redis at all. So each
// tier first proves it is connected: a page of its own, kept and read back through it.
const tier = async (ns = namespace, key = secret) => {
  const made = new SharedTier(url, ns, key, () => {});
  tiers.push(made);
  const own = `/control/${randomBytes(4).toString('hex')}`;
  await expect.poll(async () => {
    made.keep(own, page());
    return made.fetch(own);
  }, { timeout: 5_000, interval: 50 }).not.toBeNull();
  return made;
};
/** A page kept by one instance, as another reads it once Redis has it (keeping does not wait for Redis). */
const readOnceKept = async (reader: SharedTier, key: string) => {
  await expect.poll(() => reader.fetch(key), { timeout: 5_000, interval: 50 }).not.toBeNull();
  return reader.fetch(key);
};
afterAll(async () => {
  tiers.forEach((t) => t.close());
  const keys = await redis.keys(`tickerwire:${namespace}*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
});

const page = (): CachedPage => ({
  status: 200,
  headers: [['content-type', 'text/html; charset=utf-8']],
  parts: [Buffer.from('<script nonce="'), Buffer.from('">a()</script><h1>Bitcoin</h1>')],
  tags: ['article:1', 'article-lists'],
  renderedAt: Date.now(),
  expiresAt: Date.now() + 60_000,
});


test('a page one instance keeps, another with the same secret and build reads back, as if rendered a second earlier', async () => {
  const kept = page();
  (await tier()).keep('/news/a', kept);
  const read = await readOnceKept(await tier(), '/news/a');
  expect(read?.parts.map(String)).toEqual(kept.parts.map(String));
  expect(read).toMatchObject({ status: 200, headers: kept.headers, tags: kept.tags, renderedAt: kept.renderedAt - 1_000 });
});

test('another build or another secret sees nothing of it', async () => {
  (await tier()).keep('/news/b', page());
  // Redis holds it, for this build and secret; the tiers below are connected, so their null is an answer.
  await readOnceKept(await tier(), '/news/b');
  expect(await (await tier(`${namespace}-next-build`)).fetch('/news/b')).toBeNull();
  expect(await (await tier(namespace, 'another secret, thirty-two characters or more')).fetch('/news/b')).toBeNull();
});

test('a value planted or damaged in Redis is ignored, not served and not an error', async () => {
  const ns = `${namespace}-tamper`;
  (await tier(ns)).keep('/news/c', page());
  await readOnceKept(await tier(ns), '/news/c');
  // The key the tier stores /news/c under (its connection checks put pages of their own beside it).
  const key = `tickerwire:${ns}:page:${createHash('sha256').update('/news/c').digest('base64url')}`;
  const stored = (await redis.getBuffer(key))!;
  expect(stored).not.toBeNull();
  const flipped = Buffer.from(stored);
  flipped[flipped.length - 3]! ^= 1;
  for (const value of [flipped, stored.subarray(0, 40), Buffer.from('not a page'), Buffer.alloc(0)]) {
    await redis.set(key, value);
    await expect((await tier(ns)).fetch('/news/c')).resolves.toBeNull();
  }
});
