// The review desk and the second pair of eyes on market-moving news, through the commands the newsroom calls.
import { and, desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { listPieces } from '@/db/queries/newsroom';
import { countUnreadNotifications, listNotifications } from '@/db/queries/notifications';
import { getReviewState, listWaitingForReview } from '@/db/queries/review';
import { getActiveUser, type StaffUser } from '@/db/queries/users';
import { articles, auditLog, staffNotifications, users } from '@/db/schema';
import { approveMarketMoving, markMarketMoving } from '@/lib/newsroom/approval';
import { publishDuePieces, savePiece, getPiece } from '@/db/queries/pieces';
import { publishPiece, savePieceCommand, schedulePiece, sendBackToWriter, submitForReview } from '@/lib/newsroom/pieces';
import { hashPassword } from '@/lib/auth/password';
import { bodyColumns } from '@/lib/content/body';
import { EMPTY_DOCUMENT } from '@/lib/content/document/types';
import { createArticle, createAuthor, createCategory } from '../support/fixtures';

let writer: StaffUser;
let marker: StaffUser;
let approver: StaffUser;
let third: StaffUser;
let categoryId: number;

async function staff(role: StaffUser['role'], name: string) {
  const [user] = await db.insert(users).values({ email: `${name.toLowerCase().replace(' ', '.')}@example.test`, name, role, passwordHash: await hashPassword('x-password-long') }).returning();
  await createAuthor({ userId: user!.id, name });
  return (await getActiveUser(user!.id))!;
}

const stateOf = async (id: number) => (await db.select().from(articles).where(eq(articles.id, id)))[0]!;
const notificationsOf = (userId: number, articleId: number) =>
  db.select({ kind: staffNotifications.kind }).from(staffNotifications).where(and(eq(staffNotifications.userId, userId), eq(staffNotifications.articleId, articleId)));
// An approval names the text its approver read: as it reads now, unless told otherwise.
const approve = async (user: StaffUser, id: number, fingerprint?: string) => approveMarketMoving(user, { id, fingerprint: fingerprint ?? (await getReviewState(id))!.fingerprint });
const writersPiece = (status: 'draft' | 'in_review' | 'scheduled' = 'draft') => createArticle({ status, authorId: writer.authorId!, createdById: writer.id, categoryId });

describe('the review desk', () => {
  beforeAll(async () => {
    categoryId = (await createCategory()).id;
    writer = await staff('writer', 'Wren Writer');
    marker = await staff('editor', 'Mark Editor');
    approver = await staff('admin', 'Abe Approver');
    third = await staff('editor', 'Theo Third');
  });

  it('sends a piece back to its writer with a note, which they are told of, and which a new submission answers', async () => {
    const piece = await writersPiece();
    expect((await submitForReview(writer, { id: piece.id, version: piece.version })).ok).toBe('Sent to the editors for review.');
    const submitted = await stateOf(piece.id);
    expect(submitted).toMatchObject({ status: 'in_review', submittedById: writer.id });
    // "## Section\n\nBody of story-1a2b3c4d.": four words.
    expect((await listWaitingForReview()).find((row) => row.id === piece.id)).toMatchObject({ submitter: 'Wren Writer', words: 4 });

    expect(await sendBackToWriter(marker, { id: piece.id, version: submitted.version, note: '   ' })).toMatchObject({ status: 422, fieldErrors: { note: ['Tell the writer what to change.'] } });
    expect(await stateOf(piece.id)).toEqual(submitted);

    const note = 'Source the hash-rate figure in the second paragraph.';
    expect((await sendBackToWriter(marker, { id: piece.id, version: submitted.version, note })).ok).toBe('Sent back to the writer with your note.');
    expect(await stateOf(piece.id)).toMatchObject({ status: 'draft', returnNote: note, returnedById: marker.id });
    expect(await notificationsOf(writer.id, piece.id)).toEqual([{ kind: 'sent_back' }]);
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.entityId, String(piece.id))).orderBy(desc(auditLog.id)).limit(1);
    expect(audit).toMatchObject({ action: 'send_back', actorId: marker.id, details: { note } });

    // A writer cannot send anything back.
    const again = await stateOf(piece.id);
    await submitForReview(writer, { id: piece.id, version: again.version });
    const resubmitted = await stateOf(piece.id);
    expect(resubmitted).toMatchObject({ status: 'in_review', returnNote: null });
    expect(await sendBackToWriter(writer, { id: piece.id, version: resubmitted.version, note })).toMatchObject({ status: 403 });
  });

  it('tells a writer nothing more of a piece once it is no longer theirs, not even its headline', async () => {
    const piece = await writersPiece('in_review');
    await sendBackToWriter(marker, { id: piece.id, version: piece.version, note: 'Needs a second source.' });
    expect(await listNotifications(writer)).toContainEqual(expect.objectContaining({ articleId: piece.id, kind: 'sent_back' }));
    const unread = await countUnreadNotifications(writer);

    const other = await createAuthor();
    await db.update(articles).set({ authorId: other.id, createdById: marker.id, title: 'A headline the writer must not learn' }).where(eq(articles.id, piece.id));
    expect((await listNotifications(writer)).map((notice) => notice.articleId)).not.toContain(piece.id);
    expect(await countUnreadNotifications(writer)).toBe(unread - 1);
  });

  it('lists what waits for review oldest first', async () => {
    const later = await writersPiece('in_review');
    const earlier = await writersPiece('in_review');
    await db.update(articles).set({ submittedAt: new Date(Date.now() - 3_600_000) }).where(eq(articles.id, earlier.id));
    await db.update(articles).set({ submittedAt: new Date() }).where(eq(articles.id, later.id));
    const ids = (await listWaitingForReview()).map((row) => row.id);
    expect(ids.indexOf(earlier.id)).toBeLessThan(ids.indexOf(later.id));
  });
});

describe('market-moving news', () => {
  async function markedPiece() {
    const piece = await writersPiece('in_review');
    expect((await markMarketMoving(marker, { id: piece.id, marketMoving: 'true' })).ok).toMatch(/^Marked market-moving/);
    return getPiece(piece.id).then((p) => p!);
  }

  it('is held until a second editor approves it: not by its marker, not by its author', async () => {
    const piece = await markedPiece();
    expect(await notificationsOf(approver.id, piece.id)).toEqual([{ kind: 'approval_wanted' }]);
    expect(await notificationsOf(marker.id, piece.id)).toEqual([]);

    const held = await publishPiece(marker, { id: piece.id, version: piece.version });
    expect(held).toMatchObject({ status: 409, error: 'This piece is marked market-moving: a second editor (not its author, nor Mark Editor, who marked it) must approve it before it goes live.' });
    expect(await schedulePiece(approver, { id: piece.id, version: piece.version, at: new Date(Date.now() + 3_600_000).toISOString() })).toMatchObject({ status: 409 });
    expect((await stateOf(piece.id)).status).toBe('in_review');

    expect(await approve(marker, piece.id)).toMatchObject({ status: 403, error: 'You marked this piece market-moving: another editor must approve it.' });
    // The writer who wrote it, were they made an editor, still could not approve their own piece.
    expect(await approve({ ...writer, role: 'editor' }, piece.id)).toMatchObject({ status: 403, error: 'You wrote this piece: another editor must approve it.' });
    expect((await stateOf(piece.id)).approvedById).toBeNull();

    expect((await approve(approver, piece.id)).ok).toBe('Approved: it may go live as it reads now.');
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.entityId, String(piece.id)), eq(auditLog.action, 'approve')));
    expect(audit).toMatchObject({ actorId: approver.id });

    expect((await publishPiece(marker, { id: piece.id, version: piece.version })).ok).toBe('Published.');
  });

  it('needs approving again when its text changes after the approval, also when already scheduled', async () => {
    const piece = await markedPiece();
    await approve(approver, piece.id);
    const at = new Date(Date.now() + 3_600_000).toISOString();
    expect((await schedulePiece(marker, { id: piece.id, version: piece.version, at })).ok).toMatch(/^Scheduled for/);

    const scheduled = (await getPiece(piece.id))!;
    const changed = await savePiece(piece.id, scheduled.version, { ...scheduled, ...bodyColumns(EMPTY_DOCUMENT), title: 'SEC approves the fund (it did not)', correctionNote: null }, marker.id);
    expect(changed.ok).toBe(true);
    await db.update(articles).set({ scheduledFor: new Date(Date.now() - 1000) }).where(eq(articles.id, piece.id));
    expect((await publishDuePieces()).map((due) => due.id)).not.toContain(piece.id);
    expect((await stateOf(piece.id)).status).toBe('scheduled');
    // The dashboard says why it did not go out.
    const { rows } = await listPieces({ title: 'SEC approves the fund' }, { limit: 10, offset: 0 });
    expect(rows.find((row) => row.id === piece.id)).toMatchObject({ held: true });

    const now = (await getPiece(piece.id))!;
    expect(await publishPiece(marker, { id: piece.id, version: now.version })).toMatchObject({ status: 409, error: 'The text changed after Abe Approver approved it: a second editor must approve it again before it goes live.' });
    await approve(approver, piece.id);
    expect((await publishDuePieces()).map((due) => due.id)).toContain(piece.id);
  });

  it('is approved only by someone who did not touch it since it was marked, for the text they read', async () => {
    const piece = await markedPiece();
    const read = (await getReviewState(piece.id))!.fingerprint;
    // Theo rewrites the headline after the marking: he may not approve his own words.
    const saved = await savePiece(piece.id, piece.version, { ...piece, ...bodyColumns(EMPTY_DOCUMENT), title: 'Regulator approves the fund, sources say', correctionNote: null }, third.id);
    expect(saved.ok).toBe(true);
    expect(await approve(third, piece.id)).toMatchObject({ status: 403, error: 'You worked on this piece (assigned, submitted, or saved its text since it was marked): another editor must approve it.' });
    // Abe read the piece before Theo's change: his approval names that text, and is refused.
    expect(await approve(approver, piece.id, read)).toMatchObject({ status: 409, error: 'The text changed since you opened the piece: reload, read it again, and approve then.' });
    expect((await stateOf(piece.id)).approvedById).toBeNull();
    expect((await approve(approver, piece.id)).ok).toBe('Approved: it may go live as it reads now.');
  });

  it('no longer counts an approval whose editor has since been disabled or made a writer', async () => {
    const piece = await markedPiece();
    await approve(third, piece.id);
    await db.update(users).set({ role: 'writer' }).where(eq(users.id, third.id));
    try {
      expect(await publishPiece(marker, { id: piece.id, version: piece.version })).toMatchObject({ status: 409 });
      expect((await stateOf(piece.id)).status).toBe('in_review');
    } finally {
      await db.update(users).set({ role: 'editor' }).where(eq(users.id, third.id));
    }
  });

  it('is unmarked only by its marker or an admin, never by its author', async () => {
    const own = await createArticle({ status: 'in_review', authorId: third.authorId!, createdById: third.id, categoryId });
    await markMarketMoving(marker, { id: own.id, marketMoving: 'true' });
    expect(await markMarketMoving(third, { id: own.id, marketMoving: 'false' })).toMatchObject({ status: 403, error: 'You wrote this piece: another editor decides whether it is market-moving.' });
    const other = await markedPiece();
    expect(await markMarketMoving(third, { id: other.id, marketMoving: 'false' })).toMatchObject({ status: 403, error: 'Only the editor who marked it, or an admin, can say it is not market-moving.' });
    expect((await stateOf(own.id)).marketMoving).toBe(true);
    expect((await markMarketMoving(marker, { id: own.id, marketMoving: 'false' })).ok).toBe('No longer marked market-moving.');
  });

  it('takes changes to a live story only from an editor who neither wrote nor marked it, as their approval', async () => {
    const piece = await markedPiece();
    await approve(approver, piece.id);
    expect((await publishPiece(marker, { id: piece.id, version: piece.version })).ok).toBe('Published.');
    const live = (await getPiece(piece.id))!;
    const form = { id: live.id, version: live.version, title: 'SEC approves the fund (it did not)', dek: live.dek, keyPoints: JSON.stringify(live.keyPoints), tags: '[]', body: 'Changed.', categoryId };
    const before = await stateOf(piece.id);
    expect(await savePieceCommand(marker, form)).toMatchObject({ status: 409, error: expect.stringMatching(/^This story is market-moving: its changes go live only through a second editor/) });
    expect(await stateOf(piece.id)).toEqual(before);

    expect((await savePieceCommand(third, form)).ok).toBe('Saved.');
    expect(await stateOf(piece.id)).toMatchObject({ title: 'SEC approves the fund (it did not)', approvedById: third.id });
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.entityId, String(piece.id)), eq(auditLog.action, 'approve'), eq(auditLog.actorId, third.id)));
    expect(audit!.details).toMatchObject({ live: true });
  });

  it('refuses marking by a writer and approving what is not marked, changing nothing', async () => {
    const piece = await writersPiece('in_review');
    expect(await markMarketMoving(writer, { id: piece.id, marketMoving: 'true' })).toMatchObject({ status: 403 });
    expect(await approve(approver, piece.id)).toMatchObject({ status: 409, error: 'This piece is not marked market-moving: it needs no approval.' });
    expect(await stateOf(piece.id)).toMatchObject({ marketMoving: false, approvedById: null });
  });
});
