import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { getPiece } from '@/db/queries/pieces';
import { getRevisionSnapshots, listRevisions } from '@/db/queries/revisions';
import { getActiveUser, type StaffUser } from '@/db/queries/users';
import { articleRevisions, users } from '@/db/schema';
import { publishPiece, savePieceCommand, storeSharedDraftCommand } from '@/lib/newsroom/pieces';
import { hashPassword } from '@/lib/auth/password';
import { createAuthor, createCategory } from '../support/fixtures';

let editor: StaffUser;
let categoryId: number;

// What the collaboration server sends on each store of a piece's shared document.
const form = (id: number | undefined, body: string) => ({
  id,
  title: 'Miners sign power deals',
  dek: 'Hosting revenue cushions a weaker hashprice.',
  keyPoints: JSON.stringify(['Three deals were signed.']),
  tags: '[]',
  body,
  categoryId: String(categoryId),
});
const store = (id: number, body: string) => storeSharedDraftCommand(editor, form(id, body));
// As if the newest revision had been kept `minutes` ago.
const age = (id: number, minutes: number) =>
  db.execute(sql`update ${articleRevisions} set created_at = now() - make_interval(mins => ${minutes}) where ${articleRevisions.articleId} = ${id}`);

async function draftWithOneRevision() {
  const created = await savePieceCommand(editor, { ...form(undefined, 'First words.'), slug: `power-deals-${Math.random().toString(36).slice(2)}` });
  return (created.data as { id: number }).id;
}

describe('a draft written together is kept as a revision every few minutes of editing', () => {
  beforeAll(async () => {
    categoryId = (await createCategory()).id;
    const [user] = await db.insert(users).values({ email: 'ed-revisions@example.test', name: 'Ed', role: 'editor', passwordHash: await hashPassword('x-password-long') }).returning();
    await createAuthor({ userId: user!.id });
    editor = (await getActiveUser(user!.id))!;
  });

  it('keeps none while the newest revision is younger than five minutes, never one per keystroke', async () => {
    const id = await draftWithOneRevision();
    for (const body of ['First words. More', 'First words. More words', 'First words. More words here.']) expect(await store(id, body)).toMatchObject({ ok: 'Stored.', data: { version: null } });
    expect((await listRevisions(id, 10)).map((r) => r.version)).toEqual([1]);
    expect((await getPiece(id))!.version).toBe(1);
  });

  it('keeps one, as a new version, once five minutes have passed, and none again right after', async () => {
    const id = await draftWithOneRevision();
    await age(id, 6);
    expect(await store(id, 'First words, then a second paragraph.')).toMatchObject({ ok: 'Stored.', data: { version: 2 } });
    expect(await store(id, 'First words, then a second paragraph and more.')).toMatchObject({ ok: 'Stored.', data: { version: null } });
    expect((await listRevisions(id, 10)).map((r) => r.version)).toEqual([2, 1]);
    expect((await getRevisionSnapshots(id, [2])).get(2)!.body).toBe('First words, then a second paragraph.');
    // The editors are told the new version, and their next save is made over it.
    const saved = await savePieceCommand(editor, { ...form(id, 'Saved by hand.'), version: 2 });
    expect(saved.data).toMatchObject({ version: 3 });
  });

  it('keeps none when the text is what the newest revision holds', async () => {
    const id = await draftWithOneRevision();
    await age(id, 10);
    expect(await store(id, 'First words.')).toMatchObject({ ok: 'Stored.', data: { version: null } });
    expect((await listRevisions(id, 10)).map((r) => r.version)).toEqual([1]);
  });

  it('keeps none of a published story, whose shared edits wait for an editor', async () => {
    const id = await draftWithOneRevision();
    expect((await publishPiece(editor, { id, version: 1 })).ok).toBe('Published.');
    await age(id, 10);
    expect(await store(id, 'Edited after publication.')).toEqual({ ok: 'Kept in the shared document.' });
    expect(await db.$count(articleRevisions, eq(articleRevisions.articleId, id))).toBe(1);
  });
});
