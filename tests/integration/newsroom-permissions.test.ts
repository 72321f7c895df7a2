import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { getReviewState } from '@/db/queries/review';
import { getActiveUser, type StaffUser } from '@/db/queries/users';
import { users } from '@/db/schema';
import type { Command } from '@/lib/auth/actions';
import { approveMarketMoving, markMarketMoving } from '@/lib/newsroom/approval';
import { archivePiece, publishPiece, savePieceCommand, schedulePiece, sendBackToWriter, submitForReview, unpublishPiece } from '@/lib/newsroom/pieces';
import { hashPassword } from '@/lib/auth/password';
import { planPiece, updatePlan } from '@/lib/newsroom/planning';
import { createArticle, createAuthor, createCategory } from '../support/fixtures';

type Actor = 'anonymous' | 'writer' | 'otherWriter' | 'editor' | 'admin';
const actors: Record<Actor, StaffUser | null> = { anonymous: null, writer: null, otherWriter: null, editor: null, admin: null };
let categoryId: number;

async function makeUser(role: StaffUser['role'], withAuthor: boolean) {
  const [user] = await db
    .insert(users)
    .values({ email: `${role}-${Math.random().toString(36).slice(2)}@example.test`, name: role, role, passwordHash: await hashPassword('irrelevant-here') })
    .returning();
  if (withAuthor) await createAuthor({ userId: user!.id });
  return (await getActiveUser(user!.id))!;
}

/** Everything a command could change, to prove a refused one changed nothing. */
async function snapshot() {
  const rows = await db.execute(sql`
    select (select json_agg(a order by id) from articles a) as articles,
           (select count(*) from article_revisions) as revisions,
           (select count(*) from article_tags) as tags,
           (select count(*) from audit_log) as audit`);
  return JSON.stringify(rows[0]);
}

// A complete draft by the writer: ready for the publish gate.
const writersDraft = async (status: Status = 'draft') =>
  createArticle({ authorId: actors.writer!.authorId!, categoryId, createdById: actors.writer!.id, ...(status === 'marked' ? { status: 'in_review', marketMoving: true } : { status }) });

// 'marked': in review and marked market-moving by nobody on this list, so any editor may approve it.
type Status = 'draft' | 'in_review' | 'published' | 'marked';

const plan = () => ({ slugLine: 'etf-flows', assigneeId: String(actors.writer!.id), dueAt: new Date(Date.now() + 3_600_000).toISOString() });

const matrix: { name: string; run: Command; input: (id: number, version: number) => Record<string, unknown> | Promise<Record<string, unknown>>; allowed: Actor[]; status?: Status }[] = [
  {
    name: 'edit the writer’s draft',
    run: savePieceCommand,
    input: (id, version) => ({ id, version, title: 'A sharper headline', keyPoints: '["One."]', tags: '[]', body: 'Body text here.' }),
    allowed: ['writer', 'editor', 'admin'],
  },
  {
    name: 'edit a published piece',
    run: savePieceCommand,
    status: 'published',
    input: (id, version) => ({ id, version, title: 'A sharper headline', keyPoints: '["One."]', tags: '[]', body: 'Body.' }),
    allowed: ['editor', 'admin'],
  },
  { name: 'submit for review', run: submitForReview, input: (id, version) => ({ id, version }), allowed: ['writer', 'editor', 'admin'] },
  { name: 'publish', run: publishPiece, input: (id, version) => ({ id, version }), allowed: ['editor', 'admin'] },
  { name: 'schedule', run: schedulePiece, input: (id, version) => ({ id, version, at: new Date(Date.now() + 3_600_000).toISOString() }), allowed: ['editor', 'admin'] },
  { name: 'unpublish', run: unpublishPiece, status: 'published', input: (id, version) => ({ id, version }), allowed: ['editor', 'admin'] },
  { name: 'send back to the writer', run: sendBackToWriter, status: 'in_review', input: (id, version) => ({ id, version, note: 'Needs a source.' }), allowed: ['editor', 'admin'] },
  { name: 'mark as market-moving', run: markMarketMoving, input: (id) => ({ id, marketMoving: 'true' }), allowed: ['editor', 'admin'] },
  { name: 'approve market-moving news', run: approveMarketMoving, status: 'marked', input: async (id) => ({ id, fingerprint: (await getReviewState(id))!.fingerprint }), allowed: ['editor', 'admin'] },
  { name: 'archive', run: archivePiece, status: 'published', input: (id, version) => ({ id, version }), allowed: ['editor', 'admin'] },
  { name: 'plan a story', run: planPiece, input: () => plan(), allowed: ['editor', 'admin'] },
  { name: 'change a piece’s plan', run: updatePlan, input: (id) => ({ id, ...plan() }), allowed: ['editor', 'admin'] },
];

describe('who may do what in the newsroom', () => {
  beforeAll(async () => {
    categoryId = (await createCategory()).id;
    actors.writer = await makeUser('writer', true);
    actors.otherWriter = await makeUser('writer', true);
    actors.editor = await makeUser('editor', true);
    actors.admin = await makeUser('admin', false);
  });

  for (const entry of matrix) {
    for (const actor of Object.keys(actors) as Actor[]) {
      const allowed = entry.allowed.includes(actor);
      it(`${actor} ${allowed ? 'may' : 'may not'} ${entry.name}`, async () => {
        const piece = await writersDraft(entry.status);
        const before = await snapshot();
        const result = await entry.run(actors[actor], await entry.input(piece.id, piece.version));
        if (allowed) {
          expect(result.error).toBeUndefined();
          expect(await snapshot()).not.toBe(before);
        } else {
          expect(result.status).toBe(actor === 'anonymous' ? 401 : 403);
          expect(await snapshot()).toBe(before);
        }
      });
    }
  }
});
