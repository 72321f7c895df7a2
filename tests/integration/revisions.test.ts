import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { getPublishedArticle } from '@/db/queries/articles';
import { getPiece } from '@/db/queries/pieces';
import { getRevisionSnapshots, listRevisions } from '@/db/queries/revisions';
import { getActiveUser, type StaffUser } from '@/db/queries/users';
import { auditLog, users } from '@/db/schema';
import { publishPiece, savePieceCommand } from '@/lib/newsroom/pieces';
import { compareRevisions } from '@/lib/newsroom/revision-changes';
import { restoreRevision } from '@/lib/newsroom/revisions';
import { hashPassword } from '@/lib/auth/password';
import { createArticle, createAuthor, createCategory } from '../support/fixtures';

type Actor = 'anonymous' | 'writer' | 'otherWriter' | 'editor' | 'admin';
const staff: Record<Actor, StaffUser | null> = { anonymous: null, writer: null, otherWriter: null, editor: null, admin: null };
let categoryId: number;

async function addStaff(role: StaffUser['role'], withByline: boolean) {
  const email = `${role}-${Math.random().toString(36).slice(2)}@example.test`;
  const [row] = await db.insert(users).values({ email, name: `A ${role}`, role, passwordHash: await hashPassword('irrelevant-here') }).returning({ id: users.id });
  if (withByline) await createAuthor({ userId: row!.id });
  return getActiveUser(row!.id);
}

/** The writer's piece, saved twice by its writer: version 1 says the market was calm, version 2 that it was wild. */
async function pieceWithHistory() {
  const article = await createArticle({ authorId: staff.writer!.authorId!, createdById: staff.writer!.id, categoryId, status: 'draft' });
  const save = async (version: number, body: string) => {
    const form = { id: article.id, version, title: article.title, dek: article.dek, keyPoints: JSON.stringify(article.keyPoints), tags: '[]', body, categoryId };
    const result = await savePieceCommand(staff.writer, form);
    expect(result.ok).toBe('Saved.');
  };
  await save(1, 'The market was calm on Monday.');
  await save(2, 'The market was wild on Monday.');
  return (await getPiece(article.id))!;
}

/** Everything a restore could touch, to prove a refused one touched nothing. */
async function everything() {
  const [row] = await db.execute(sql`
    select (select json_agg(a order by id) from articles a) as pieces,
           (select json_agg(r order by id) from article_revisions r) as history,
           (select json_agg(l order by id) from audit_log l) as log`);
  return JSON.stringify(row);
}

describe('restoring an earlier revision', () => {
  beforeAll(async () => {
    categoryId = (await createCategory()).id;
    staff.writer = await addStaff('writer', true);
    staff.otherWriter = await addStaff('writer', true);
    staff.editor = await addStaff('editor', true);
    staff.admin = await addStaff('admin', false);
  });

  const allowed: Actor[] = ['writer', 'editor', 'admin'];
  for (const actor of Object.keys(staff) as Actor[]) {
    it(`${actor} ${allowed.includes(actor) ? 'may' : 'may not'} restore a revision of the writer’s draft`, async () => {
      const piece = await pieceWithHistory();
      const before = await everything();
      const result = await restoreRevision(staff[actor], { id: piece.id, version: piece.version, revision: 2 });
      if (!allowed.includes(actor)) {
        expect(result.status).toBe(actor === 'anonymous' ? 401 : 403);
        expect(await everything()).toBe(before);
        return;
      }
      expect(result.ok).toBe('Restored version 2 as version 4.');
      const restored = (await getPiece(piece.id))!;
      expect(restored).toMatchObject({ body: 'The market was calm on Monday.', version: 4, status: 'draft', authorId: piece.authorId });
      const history = await listRevisions(piece.id, 10);
      expect(history.map((r) => [r.version, r.restoredFrom, r.savedBy])).toEqual([
        [4, 2, staff[actor]!.name],
        [3, null, staff.writer!.name],
        [2, null, staff.writer!.name],
      ]);
      const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.entityId, String(piece.id)), eq(auditLog.action, 'restore')));
      expect(entry).toMatchObject({ actorId: staff[actor]!.id, entityType: 'article', details: { fromVersion: 2, version: 4 } });
    });
  }

  it('refuses a restore based on a stale version and changes nothing', async () => {
    const piece = await pieceWithHistory();
    const before = await everything();
    const result = await restoreRevision(staff.editor, { id: piece.id, version: piece.version - 1, revision: 2 });
    expect(result).toMatchObject({ status: 409, error: 'The piece changed since you opened it. Reload to see the latest version.' });
    expect(await everything()).toBe(before);
    expect((await getPiece(piece.id))!.body).toBe('The market was wild on Monday.');
  });

  it('answers 404 for a revision the piece never had, and changes nothing', async () => {
    const piece = await pieceWithHistory();
    const before = await everything();
    expect((await restoreRevision(staff.editor, { id: piece.id, version: piece.version, revision: 99 })).status).toBe(404);
    expect(await everything()).toBe(before);
  });

  it('keeps a published piece published, with the restored text on its public page, at the same address', async () => {
    const piece = await pieceWithHistory();
    expect((await publishPiece(staff.editor, { id: piece.id, version: piece.version })).ok).toBe('Published.');
    // Publishing bumped the version; the restore is based on the piece as it is now.
    const result = await restoreRevision(staff.editor, { id: piece.id, version: piece.version + 1, revision: 2 });
    expect(result.ok).toBe('Restored version 2 as version 5.');
    const article = await getPublishedArticle(piece.slug);
    expect(article).toMatchObject({ body: 'The market was calm on Monday.' });
    expect((await getPiece(piece.id))!.status).toBe('published');
  });

  it('does not let a writer restore their own piece once it is published', async () => {
    const piece = await pieceWithHistory();
    await publishPiece(staff.editor, { id: piece.id, version: piece.version });
    const before = await everything();
    expect((await restoreRevision(staff.writer, { id: piece.id, version: piece.version + 1, revision: 2 })).status).toBe(403);
    expect(await everything()).toBe(before);
  });

  it('never rewrites history: restoring twice adds two revisions', async () => {
    const piece = await pieceWithHistory();
    await restoreRevision(staff.editor, { id: piece.id, version: piece.version, revision: 2 });
    await restoreRevision(staff.editor, { id: piece.id, version: piece.version + 1, revision: 3 });
    const history = await listRevisions(piece.id, 10);
    expect(history.map((r) => r.version)).toEqual([5, 4, 3, 2]);
    expect(history[0]!.total).toBe(4);
    expect((await getPiece(piece.id))!.body).toBe('The market was wild on Monday.');
  });

  it('keeps tags and SEO fields in every revision: the comparison shows them and a restore brings them back', async () => {
    const article = await createArticle({ authorId: staff.writer!.authorId!, createdById: staff.writer!.id, categoryId, status: 'draft' });
    const save = async (version: number, tags: string[], seoTitle: string) => {
      const form = { id: article.id, version, title: article.title, dek: article.dek, keyPoints: JSON.stringify(article.keyPoints), tags: JSON.stringify(tags), seoTitle, body: 'Text.', categoryId };
      expect((await savePieceCommand(staff.writer, form)).ok).toBe('Saved.');
    };
    await save(1, ['Bitcoin', 'ETFs'], 'Bitcoin ETF flows turn');
    await save(2, ['Bitcoin', 'Stablecoins'], 'Stablecoin supply grows');
    const snapshots = await getRevisionSnapshots(article.id, [2, 3]);
    const { changed } = compareRevisions(snapshots.get(2)!, snapshots.get(3)!, { categories: [], authors: [] });
    const tags = changed.find((field) => field.label === 'Tags')!;
    expect(tags.changes.filter((c) => c.op !== 'equal').map((c) => [c.op, c.block.text])).toEqual([
      ['delete', 'ETFs'],
      ['insert', 'Stablecoins'],
    ]);
    expect(changed.map((field) => field.label)).toContain('SEO title');

    const piece = (await getPiece(article.id))!;
    expect((await restoreRevision(staff.writer, { id: piece.id, version: piece.version, revision: 2 })).ok).toBe('Restored version 2 as version 4.');
    expect(await getPiece(piece.id)).toMatchObject({ tagNames: ['Bitcoin', 'ETFs'], seoTitle: 'Bitcoin ETF flows turn' });
  });
});
