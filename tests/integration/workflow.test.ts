// The workflow table holds in the commands: an illegal move is refused with a clear message and changes nothing,
// and publishing again keeps a story's first publication time unless the editor publishes it as new.
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { getActiveUser, type StaffUser } from '@/db/queries/users';
import { articles, users } from '@/db/schema';
import type { Command } from '@/lib/auth/actions';
import { archivePiece, publishPiece, reopenPiece, schedulePiece, sendBackToWriter, submitForReview, unpublishPiece } from '@/lib/newsroom/pieces';
import { WORKFLOW, type Move, type Status } from '@/lib/newsroom/workflow';
import { hashPassword } from '@/lib/auth/password';
import { createArticle, createAuthor, createCategory } from '../support/fixtures';

let editor: StaffUser;
let categoryId: number;
let authorId: number;

const commands: Record<Move, Command> = {
  submit: submitForReview,
  send_back: sendBackToWriter,
  publish: publishPiece,
  schedule: schedulePiece,
  unpublish: unpublishPiece,
  archive: archivePiece,
  reopen: reopenPiece,
};
const STATUSES: Status[] = ['draft', 'in_review', 'scheduled', 'published', 'archived'];
const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();
const LAST_YEAR = new Date('2025-06-01T12:00:00Z');

async function pieceIn(status: Status, publishedAt: Date | null = status === 'published' ? LAST_YEAR : null) {
  return createArticle({ status, publishedAt, categoryId, authorId, scheduledFor: status === 'scheduled' ? new Date(Date.now() + 7_200_000) : null });
}

const stateOf = async (id: number) =>
  (await db.select({ status: articles.status, publishedAt: articles.publishedAt, scheduledFor: articles.scheduledFor, version: articles.version }).from(articles).where(eq(articles.id, id)))[0]!;

describe('the workflow', () => {
  beforeAll(async () => {
    categoryId = (await createCategory()).id;
    const [user] = await db.insert(users).values({ email: 'flow@example.test', name: 'Flo', role: 'editor', passwordHash: await hashPassword('x-password-long') }).returning();
    authorId = (await createAuthor({ userId: user!.id })).id;
    editor = (await getActiveUser(user!.id))!;
  });

  it('refuses publishing a published story again, and its date and place in the lists stay', async () => {
    const story = await pieceIn('published');
    const before = await stateOf(story.id);
    const result = await publishPiece(editor, { id: story.id, version: before.version });
    expect(result).toMatchObject({ error: 'This piece is already published.', status: 409 });
    expect(await stateOf(story.id)).toEqual(before);
    expect(before.publishedAt).toEqual(LAST_YEAR);
  });

  it('refuses publishing an archived story; reopened and published again, it keeps its first publication time', async () => {
    const story = await pieceIn('archived', LAST_YEAR);
    const archived = await stateOf(story.id);
    expect(await publishPiece(editor, { id: story.id, version: archived.version })).toMatchObject({ error: 'A piece that is archived cannot be published.', status: 409 });
    expect(await stateOf(story.id)).toEqual(archived);

    expect((await reopenPiece(editor, { id: story.id, version: archived.version })).ok).toBe('Reopened as a draft.');
    const reopened = await stateOf(story.id);
    expect(reopened).toMatchObject({ status: 'draft', publishedAt: LAST_YEAR });
    expect((await publishPiece(editor, { id: story.id, version: reopened.version })).ok).toBe('Published again, with its first publication time.');
    expect(await stateOf(story.id)).toMatchObject({ status: 'published', publishedAt: LAST_YEAR });
  });

  it('keeps the first publication time through unpublish and publish, unless published as new', async () => {
    const story = await pieceIn('published');
    const unpublished = await unpublishPiece(editor, { id: story.id, version: (await stateOf(story.id)).version });
    expect(unpublished.ok).toBe('Unpublished; the piece is a draft again.');
    const draft = await stateOf(story.id);
    expect(draft).toMatchObject({ status: 'draft', publishedAt: LAST_YEAR });
    // Not public while a draft, whatever its date says.
    const [visible] = await db.execute<{ n: number }>(sql`select count(*)::int as n from articles where id = ${story.id} and status = 'published'`);
    expect(visible!.n).toBe(0);

    expect((await publishPiece(editor, { id: story.id, version: draft.version, asNew: 'true' })).ok).toBe('Published.');
    const republished = await stateOf(story.id);
    expect(republished.status).toBe('published');
    expect(republished.publishedAt!.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('refuses every move the table does not allow from a status, with a message, changing nothing', async () => {
    const refused: string[] = [];
    for (const status of STATUSES) {
      for (const move of Object.keys(WORKFLOW) as Move[]) {
        if (WORKFLOW[move].from.includes(status)) continue;
        const piece = await pieceIn(status);
        const before = await stateOf(piece.id);
        const result = await commands[move](editor, { id: piece.id, version: before.version, at: inAnHour(), note: 'Needs a source.' });
        expect(result.status, `${move} from ${status}`).toBe(409);
        expect(result.error, `${move} from ${status}`).toMatch(/^(This piece is already|A piece that is) /);
        expect(await stateOf(piece.id), `${move} from ${status}`).toEqual(before);
        refused.push(`${move} from ${status}`);
      }
    }
    // The moves a status does not offer, as the review listed them among others.
    expect(refused).toEqual(expect.arrayContaining(['publish from published', 'publish from archived', 'unpublish from draft', 'archive from archived', 'submit from in_review']));
  });

  it('makes every move the table allows, to the status it names', async () => {
    for (const [move, rule] of Object.entries(WORKFLOW) as [Move, (typeof WORKFLOW)[Move]][]) {
      for (const status of rule.from) {
        const piece = await pieceIn(status);
        const result = await commands[move](editor, { id: piece.id, version: (await stateOf(piece.id)).version, at: inAnHour(), note: 'Needs a source.' });
        expect(result.error, `${move} from ${status}`).toBeUndefined();
        expect((await stateOf(piece.id)).status, `${move} from ${status}`).toBe(rule.to);
      }
    }
  });
});
