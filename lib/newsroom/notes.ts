// The newsroom's commands on notes: whoever may see a piece may read, write, resolve and reopen its notes.
import { z } from 'zod';
import { addNote, findThreadPiece, listNoteThreads, setThreadResolved, type NoteAnchor } from '@/db/queries/notes';
import { getPiece, type Piece } from '@/db/queries/pieces';
import { listActiveUsers, type StaffUser } from '@/db/queries/users';
import { ALL_STAFF, command, formInteger, type ActionState } from '@/lib/auth/actions';
import { mentionedIds, noteSegments } from './mentions';
import { mayView } from './pieces';
import { denied, notFound } from './refusals';

export const NOTE_MAX = 4000;
export const QUOTE_MAX = 500;

const noteBody = z.string().trim().min(1, 'Write the note first: it is empty.').max(NOTE_MAX, `A note can hold at most ${NOTE_MAX.toLocaleString('en')} characters.`);
// Base64 of an encoded Yjs relative position: a few dozen bytes.
const position = z.string().max(200).regex(/^[A-Za-z0-9+/]+={0,2}$/, 'The passage could not be read.');

const newThread = z
  .object({
    articleId: formInteger,
    body: noteBody,
    anchorFrom: position.optional(),
    anchorTo: position.optional(),
    quote: z.string().max(QUOTE_MAX, `The quoted passage can hold at most ${QUOTE_MAX} characters.`).default(''),
  })
  .refine((form) => !form.anchorFrom === !form.anchorTo, { path: ['anchorTo'], message: 'The passage could not be read.' });

const unknownThread: ActionState = { error: 'That thread no longer exists.', status: 404 };
const named = (error: string): ActionState => ({ error, status: 422, fieldErrors: { body: [error] } });

/** The piece, when `user` may see it; otherwise the refusal. */
async function visiblePiece(user: StaffUser, articleId: number | null): Promise<Piece | ActionState> {
  const piece = articleId === null ? null : await getPiece(articleId);
  if (!piece) return articleId === null ? unknownThread : notFound;
  return mayView(user, piece) ? piece : denied;
}

const isPiece = (found: Piece | ActionState): found is Piece => 'slug' in found;

/** Staff who may see the piece, to mention in its notes. */
export async function listMentionable(piece: Piece, exceptId: number) {
  return (await listActiveUsers()).filter((user) => user.id !== exceptId && mayView(user, piece)).map(({ id, name }) => ({ id, name }));
}

/**
 * Everyone a note mentions, or a refusal naming whoever cannot be told: a mention of someone who may not see the
 * piece (or whose account is gone) is refused rather than dropped, so the writer of the note knows who will not read it.
 */
async function mentionsOf(body: string, piece: Piece): Promise<number[] | ActionState> {
  const ids = mentionedIds(body);
  if (!ids.length) return ids;
  const staff = new Map((await listActiveUsers(ids)).map((user) => [user.id, user]));
  const written = new Map(noteSegments(body).flatMap((segment) => ('mention' in segment ? [[segment.userId, segment.mention] as const] : [])));
  const blind = ids.filter((id) => !staff.has(id) || !mayView(staff.get(id)!, piece)).map((id) => staff.get(id)?.name ?? written.get(id)!);
  if (!blind.length) return ids;
  return named(`${blind.join(', ')} cannot see this piece and would not read the note: remove the mention, or ask an editor.`);
}

// A piece deleted between the check and the insert fails the note's foreign key.
const pieceGone = (error: unknown) => ((error as { cause?: { code?: string } }).cause ?? (error as { code?: string })).code === '23503';

async function storeNote(user: StaffUser, piece: Piece, note: { body: string; threadId?: number; anchor?: NoteAnchor | null; quote?: string }, ok: string): Promise<ActionState> {
  const mentions = await mentionsOf(note.body, piece);
  if (!Array.isArray(mentions)) return mentions;
  try {
    const id = await addNote({ articleId: piece.id, authorId: user.id, ...note }, mentions);
    return { ok, data: { id } };
  } catch (error) {
    if (pieceGone(error)) return note.threadId ? unknownThread : notFound;
    throw error;
  }
}

export const addNoteCommand = command(ALL_STAFF, newThread, async ({ articleId, body, anchorFrom, anchorTo, quote }, user) => {
  const piece = await visiblePiece(user, articleId);
  if (!isPiece(piece)) return piece;
  const anchor = anchorFrom && anchorTo ? { from: anchorFrom, to: anchorTo } : null;
  return storeNote(user, piece, { body, anchor, quote: anchor ? quote : '' }, 'Note added.');
});

export const replyToNoteCommand = command(ALL_STAFF, z.object({ threadId: formInteger, body: noteBody }), async ({ threadId, body }, user) => {
  const piece = await visiblePiece(user, await findThreadPiece(threadId));
  return isPiece(piece) ? storeNote(user, piece, { body, threadId }, 'Reply added.') : piece;
});

const thread = z.object({ threadId: formInteger });

export const resolveNoteCommand = command(ALL_STAFF, thread, async ({ threadId }, user) => {
  const piece = await visiblePiece(user, await findThreadPiece(threadId));
  if (!isPiece(piece)) return piece;
  return (await setThreadResolved(threadId, user.id)) ? { ok: 'Resolved.' } : { error: 'This thread is already resolved.', status: 409 };
});

export const reopenNoteCommand = command(ALL_STAFF, thread, async ({ threadId }, user) => {
  const piece = await visiblePiece(user, await findThreadPiece(threadId));
  if (!isPiece(piece)) return piece;
  return (await setThreadResolved(threadId, null)) ? { ok: 'Reopened.' } : { error: 'This thread is already open.', status: 409 };
});

/** A piece's threads, for the notes panel to follow what others write. */
export const listNotesCommand = command(ALL_STAFF, z.object({ articleId: formInteger }), async ({ articleId }, user) => {
  const piece = await visiblePiece(user, articleId);
  return isPiece(piece) ? { ok: 'Listed.', data: { threads: await listNoteThreads(piece.id) } } : piece;
});
