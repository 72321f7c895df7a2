// The Redis tier of the page cache against the machine's real Redis (REDIS_URL, default 127.0.0.1:6379).
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, expect, test } from 'vitest';
import { SharedTier } from '@/lib/page-cache/shared-tier';
import type { CachedPage } from '@/lib/page-cache/store';

const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const namespace = `test-${randomBytes(4).toString('hex')}`;
const secret = 'a signing secret of at least thirty-two characters';
const redis = new Redis(url);
const tiers: SharedTier[] = [];
const settle = () => new Promise((resolve) => setTimeout(resolve, 200));
// A tier without a connection yet refuses commands (it never queues them), as a slow Redis would.
const tier = async (ns = namespace, key = secret) => {
  const made = new SharedTier(url, ns, key, () => {});
  tiers.push(made);
  await settle();
  return made;
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
  await settle();
  const read = await (await tier()).fetch('/news/a');
  expect(read?.parts.map(String)).toEqual(kept.parts.map(String));
  expect(read).toMatchObject({ status: 200, headers: kept.headers, tags: kept.tags, renderedAt: kept.renderedAt - 1_000 });
});

test('another build or another secret sees nothing of it', async () => {
  (await tier()).keep('/news/b', page());
  await settle();
  expect(await (await tier()).fetch('/news/b')).not.toBeNull();
  expect(await (await tier(`${namespace}-next-build`)).fetch('/news/b')).toBeNull();
  expect(await (await tier(namespace, 'another secret, thirty-two characters or more')).fetch('/news/b')).toBeNull();
});

test('a value planted or damaged in Redis is ignored, not served and not an error', async () => {
  // A namespace of this test's own, so the one key in it is /news/c's.
  const ns = `${namespace}-tamper`;
  (await tier(ns)).keep('/news/c', page());
  await settle();
  const [key] = await redis.keys(`tickerwire:${ns}:page:*`);
  const stored = (await redis.getBuffer(key!))!;
  expect(await (await tier(ns)).fetch('/news/c')).not.toBeNull();
  const flipped = Buffer.from(stored);
  flipped[flipped.length - 3]! ^= 1;
  for (const value of [flipped, stored.subarray(0, 40), Buffer.from('not a page'), Buffer.alloc(0)]) {
    await redis.set(key!, value);
    await expect((await tier(ns)).fetch('/news/c')).resolves.toBeNull();
  }
});
