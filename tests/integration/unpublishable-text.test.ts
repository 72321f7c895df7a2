// Issue 11, item 4: one character XML forbids (U+FFFF, say) in a headline made the feeds unparseable. Commands refuse
// such text and say which field holds it; the feed drops them from text that reached the database another way.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { listPublishedArticles } from '@/db/queries/articles';
import { getActiveUser, type StaffUser } from '@/db/queries/users';
import { users } from '@/db/schema';
import { FEED_SIZE, renderRss } from '@/lib/content/feed';
import { savePieceCommand } from '@/lib/newsroom/pieces';
import { createArticle, createAuthor, createCategory } from '../support/fixtures';
import { outsideXmlChars } from '../support/xml-chars';

let writer: StaffUser;
let categoryId: number;

/** Everything a save could change. */
async function snapshot() {
  const tables = ['articles', 'tags', 'article_tags', 'slug_redirects', 'article_revisions'].map((table) => sql`(select md5(coalesce(string_agg(t::text, ',' order by t::text), '')) from ${sql.identifier(table)} t)`);
  const [row] = await db.execute<{ digest: string }>(sql`select concat_ws('|', ${sql.join(tables, sql`, `)}) as digest`);
  return row!.digest;
}

const form = (overrides: Record<string, unknown>) => ({ title: `Miners sign power deals ${Math.random().toString(36).slice(2)}`, dek: 'A dek.', keyPoints: '["One."]', tags: '["Mining"]', body: 'Body.', categoryId: String(categoryId), ...overrides });

beforeAll(async () => {
  categoryId = (await createCategory()).id;
  const [user] = await db.insert(users).values({ email: 'w@example.test', name: 'W', role: 'writer', passwordHash: 'x' }).returning();
  await createAuthor({ userId: user!.id });
  writer = (await getActiveUser(user!.id))!;
});

describe('text that cannot be published', () => {
  it.each([
    ['title', 'Bitcoin \uffff rallies', /^The headline contains a character that cannot be published/],
    ['title', 'Bitcoin \ufffe rallies', /^The headline contains a character/],
    ['dek', 'A bell \u0007 rings', /^The dek contains a character/],
    ['keyPoints', JSON.stringify(['Fine.', 'Form feed \u000c here']), /^A key point contains a character/],
  ])('a save with it in the %s is refused with the field named, and nothing changes', async (field, value, message) => {
    const saved = await savePieceCommand(writer, form({}));
    const { id, version } = saved.data as { id: number; version: number };
    const before = await snapshot();

    for (const input of [form({ id, version, [field]: value }), form({ [field]: value })]) {
      const refused = await savePieceCommand(writer, input);
      expect(refused).toMatchObject({ status: 422, error: expect.stringMatching(message) });
      expect(refused.fieldErrors?.[field]?.[0]).toMatch(message);
    }
    expect(await snapshot()).toBe(before);
  });

  it('tab, line breaks, emoji and U+FFFD are still accepted', async () => {
    const saved = await savePieceCommand(writer, form({ title: 'Tab\there 🚀 \ufffd', body: 'Line\r\nbreaks' }));
    expect(saved.error).toBeUndefined();
  });

  it('a headline written into the database directly still leaves the feed well-formed', async () => {
    const story = await createArticle({ title: 'Hash\uffffrate \ufffe\u0001record', dek: 'Dek\u001f' });
    // What /feed.xml renders (its route needs a request around it).
    const xml = await renderRss({ title: 'Feed', description: 'All stories.', path: '/', feedPath: '/feed.xml' }, await listPublishedArticles({ limit: FEED_SIZE })).text();
    expect(xml).toContain('<title>Hashrate record</title>');
    expect(xml).toContain(`/news/${story.slug}`);
    expect(outsideXmlChars(xml)).toEqual([]);
  });
});
