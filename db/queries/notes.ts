// Notes on a piece: threads of staff comments, on the whole piece or on a passage of its body. Never public: no
// reader's query joins this table.
import { and, asc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { db } from '../index';
import { pieceNotes, users } from '../schema';
import { notify } from './notifications';

/** A passage's two ends as base64 Yjs relative positions: they follow the text through edits. */
export type NoteAnchor = { from: string; to: string };

export type NoteReply = { id: number; authorName: string | null; body: string; createdAt: Date };

export type NoteThread = NoteReply & {
  anchor: NoteAnchor | null;
  /** The passage's text when the thread was started ('' for a note on the whole piece). */
  quote: string;
  resolvedAt: Date | null;
  resolvedByName: string | null;
  replies: NoteReply[];
};

const author = alias(users, 'author');
const resolver = alias(users, 'resolver');

/** A piece's threads, oldest first, each with its replies oldest first. */
export async function listNoteThreads(articleId: number): Promise<NoteThread[]> {
  const rows = await db
    .select({
      id: pieceNotes.id,
      threadId: pieceNotes.threadId,
      authorName: author.name,
      body: pieceNotes.body,
      anchor: pieceNotes.anchor,
      quote: pieceNotes.quote,
      resolvedAt: pieceNotes.resolvedAt,
      resolvedByName: resolver.name,
      createdAt: pieceNotes.createdAt,
    })
    .from(pieceNotes)
    .leftJoin(author, eq(author.id, pieceNotes.authorId))
    .leftJoin(resolver, eq(resolver.id, pieceNotes.resolvedById))
    .where(eq(pieceNotes.articleId, articleId))
    .orderBy(asc(pieceNotes.createdAt), asc(pieceNotes.id));
  const threads = new Map<number, NoteThread>();
  for (const { threadId, anchor, quote, resolvedAt, resolvedByName, ...note } of rows) {
    if (threadId === null) threads.set(note.id, { ...note, anchor, quote, resolvedAt, resolvedByName, replies: [] });
    else threads.get(threadId)?.replies.push(note);
  }
  return [...threads.values()];
}

/** The piece a thread belongs to, or null when there is no such thread (a reply's id is not a thread's). */
export async function findThreadPiece(threadId: number): Promise<number | null> {
  const [row] = await db.select({ articleId: pieceNotes.articleId }).from(pieceNotes).where(and(eq(pieceNotes.id, threadId), isNull(pieceNotes.threadId)));
  return row?.articleId ?? null;
}

export type NewNote = { articleId: number; authorId: number; body: string; threadId?: number; anchor?: NoteAnchor | null; quote?: string };

/** Stores a thread or a reply and tells the staff it mentions, in one transaction. */
export async function addNote(note: NewNote, mentionedIds: readonly number[]): Promise<number> {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(pieceNotes).values(note).returning({ id: pieceNotes.id });
    await notify(tx, mentionedIds, { kind: 'mention', articleId: note.articleId, actorId: note.authorId, noteId: row!.id });
    return row!.id;
  });
}

/** Resolves (with who did) or reopens (`resolvedById` null) a thread; false when it already was. */
export async function setThreadResolved(threadId: number, resolvedById: number | null): Promise<boolean> {
  const resolved = resolvedById !== null;
  const rows = await db
    .update(pieceNotes)
    .set(resolved ? { resolvedAt: sql`now()`, resolvedById } : { resolvedAt: null, resolvedById: null })
    .where(and(eq(pieceNotes.id, threadId), isNull(pieceNotes.threadId), resolved ? isNull(pieceNotes.resolvedAt) : isNotNull(pieceNotes.resolvedAt)))
    .returning({ id: pieceNotes.id });
  return rows.length > 0;
}
