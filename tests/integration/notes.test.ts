// Notes on a piece: who may write and read them, refusals that change nothing, and mentions that reach the person
// mentioned (never the author of the note).
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import type { NoteThread } from '@/db/queries/notes';
import { listNotifications } from '@/db/queries/notifications';
import { getActiveUser, type StaffUser } from '@/db/queries/users';
import { articles, pieceNotes, staffNotifications, users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { mentionToken } from '@/lib/newsroom/mentions';
import { addNoteCommand, listNotesCommand, reopenNoteCommand, replyToNoteCommand, resolveNoteCommand } from '@/lib/newsroom/notes';
import { createArticle, createAuthor } from '../support/fixtures';

let writer: StaffUser;
let otherWriter: StaffUser;
let editor: StaffUser;
let admin: StaffUser;
let draftId: number;

async function staff(role: StaffUser['role'], name: string): Promise<StaffUser> {
  const [user] = await db.insert(users).values({ email: `${name.toLowerCase()}@notes.test`, name, role, passwordHash: await hashPassword('x-password-long') }).returning();
  await createAuthor({ userId: user!.id, name });
  return (await getActiveUser(user!.id))!;
}

const everything = async () => ({
  notes: await db.select().from(pieceNotes).orderBy(pieceNotes.id),
  notifications: await db.select().from(staffNotifications).orderBy(staffNotifications.id),
});

const threadsSeenBy = async (user: StaffUser, articleId = draftId) => {
  const listed = await listNotesCommand(user, { articleId });
  return (listed.data as { threads: NoteThread[] } | undefined)?.threads;
};

const newThread = async (user: StaffUser, body: string) => (await addNoteCommand(user, { articleId: draftId, body })).data as { id: number };

describe('notes on a piece', () => {
  beforeAll(async () => {
    [writer, otherWriter, editor, admin] = [await staff('writer', 'Wren'), await staff('writer', 'Otto'), await staff('editor', 'Edie'), await staff('admin', 'Ada')];
    draftId = (await createArticle({ status: 'draft', publishedAt: null, authorId: writer.authorId!, createdById: writer.id })).id;
  });

  it('the writer of a piece, editors and admins write and read its notes; another writer does neither', async () => {
    for (const [user, body] of [[writer, 'Source for the second paragraph?'], [editor, 'Check the figure.'], [admin, 'Legal has seen it.']] as const) {
      expect(await addNoteCommand(user, { articleId: draftId, body })).toMatchObject({ ok: 'Note added.' });
    }
    for (const user of [writer, editor, admin]) {
      expect((await threadsSeenBy(user))!.map((thread) => thread.body)).toEqual(['Source for the second paragraph?', 'Check the figure.', 'Legal has seen it.']);
    }
    const before = await everything();
    expect(await addNoteCommand(otherWriter, { articleId: draftId, body: 'Sneaky' })).toMatchObject({ status: 403 });
    const listed = await listNotesCommand(otherWriter, { articleId: draftId });
    expect(listed).toMatchObject({ status: 403 });
    expect(listed).not.toHaveProperty('data');
    expect(await everything()).toEqual(before);
  });

  it('a writer keeps the notes on their own piece once it is published, and never sees another writer\'s', async () => {
    const published = await createArticle({ status: 'published', authorId: writer.authorId!, createdById: writer.id });
    await addNoteCommand(editor, { articleId: published.id, body: 'Went out clean.' });
    expect((await threadsSeenBy(writer, published.id))!.map((thread) => thread.body)).toEqual(['Went out clean.']);
    expect(await addNoteCommand(writer, { articleId: published.id, body: 'Thanks!' })).toMatchObject({ ok: 'Note added.' });
    expect(await threadsSeenBy(otherWriter, published.id)).toBeUndefined();
  });

  it('anchors a note to a passage, with its quote, and threads replies under it oldest first', async () => {
    const anchored = await addNoteCommand(editor, { articleId: draftId, body: 'Is this right?', anchorFrom: 'AQID', anchorTo: 'BAUG', quote: 'Bitcoin rose 4%' });
    const threadId = (anchored.data as { id: number }).id;
    await replyToNoteCommand(writer, { threadId, body: 'Yes, per CoinDesk.' });
    await replyToNoteCommand(editor, { threadId, body: 'Thanks.' });
    const thread = (await threadsSeenBy(writer))!.find((t) => t.body === 'Is this right?');
    expect(thread).toMatchObject({ anchor: { from: 'AQID', to: 'BAUG' }, quote: 'Bitcoin rose 4%' });
    expect(thread!.replies.map((reply) => [reply.authorName, reply.body])).toEqual([['Wren', 'Yes, per CoinDesk.'], ['Edie', 'Thanks.']]);
  });

  it('resolves and reopens a thread, saying who resolved it', async () => {
    const { id } = await newThread(writer, 'Headline too long?');
    expect(await resolveNoteCommand(editor, { threadId: id })).toMatchObject({ ok: 'Resolved.' });
    const resolved = (await threadsSeenBy(writer))!.find((t) => t.body === 'Headline too long?')!;
    expect(resolved.resolvedAt).toBeInstanceOf(Date);
    expect(resolved.resolvedByName).toBe('Edie');
    expect(await resolveNoteCommand(editor, { threadId: id })).toMatchObject({ error: 'This thread is already resolved.' });
    expect(await reopenNoteCommand(writer, { threadId: id })).toMatchObject({ ok: 'Reopened.' });
    expect((await threadsSeenBy(writer))!.find((t) => t.body === 'Headline too long?')!.resolvedAt).toBeNull();
  });

  it('refuses bad input with a clear message and changes nothing', async () => {
    const { id: threadId } = await newThread(editor, 'A thread');
    const before = await everything();
    const refusals: [Promise<unknown>, object][] = [
      [addNoteCommand(writer, { articleId: draftId, body: '   ' }), { status: 422, fieldErrors: { body: ['Write the note first: it is empty.'] } }],
      [addNoteCommand(writer, { articleId: draftId, body: 'x'.repeat(4001) }), { status: 422, fieldErrors: { body: ['A note can hold at most 4,000 characters.'] } }],
      [addNoteCommand(writer, { articleId: 999_999, body: 'Hello' }), { status: 404, error: 'That piece no longer exists.' }],
      [addNoteCommand(writer, { articleId: draftId, body: 'Half a passage', anchorFrom: 'AQID' }), { status: 422 }],
      [replyToNoteCommand(writer, { threadId: 999_999, body: 'Hello' }), { status: 404, error: 'That thread no longer exists.' }],
      [replyToNoteCommand(otherWriter, { threadId, body: 'Hello' }), { status: 403 }],
      [resolveNoteCommand(otherWriter, { threadId }), { status: 403 }],
      [resolveNoteCommand(null, { threadId }), { status: 401 }],
    ];
    for (const [result, refusal] of refusals) expect(await result).toMatchObject(refusal);
    expect(await everything()).toEqual(before);
  });

  it('tells the staff a note mentions, not its author, and refuses mentioning someone who may not see the piece', async () => {
    const body = `${mentionToken(writer)}and ${mentionToken(admin)}please look; cc ${mentionToken(editor)}`;
    const { id } = await newThread(editor, body);
    for (const user of [writer, admin]) {
      expect(await listNotifications(user)).toEqual([expect.objectContaining({ kind: 'mention', noteId: id, actorName: 'Edie', unread: true })]);
    }
    expect(await listNotifications(editor)).toEqual([]);

    const before = await everything();
    const refused = await addNoteCommand(editor, { articleId: draftId, body: `${mentionToken(otherWriter)}have a look` });
    expect(refused).toMatchObject({ status: 422, error: 'Otto cannot see this piece and would not read the note: remove the mention, or ask an editor.' });
    expect(await everything()).toEqual(before);
    expect(await listNotifications(otherWriter)).toEqual([]);
  });

  it('says the piece is gone once it is deleted, and its notes go with it', async () => {
    const piece = await createArticle({ status: 'draft', publishedAt: null, authorId: writer.authorId! });
    await addNoteCommand(editor, { articleId: piece.id, body: 'Soon gone' });
    await db.delete(articles).where(eq(articles.id, piece.id));
    expect(await addNoteCommand(editor, { articleId: piece.id, body: 'Hello?' })).toMatchObject({ status: 404, error: 'That piece no longer exists.' });
    expect(await db.select().from(pieceNotes).where(eq(pieceNotes.articleId, piece.id))).toEqual([]);
  });
});
