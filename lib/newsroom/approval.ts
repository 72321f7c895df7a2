// A second pair of eyes on market-moving news: an editor marks a piece, and a second editor, who neither wrote,
// marked, was assigned, submitted nor saved it since it was marked, approves the text they read before it is
// published or scheduled. The gate holds in the SQL too (approvalHolds in db/queries/pieces.ts), so a race or the
// scheduler cannot slip past it. Changes to a live market-moving story go live only through an editor who is neither
// its author nor its marker, and count as their approval.
import { z } from 'zod';
import { getPiece, type Piece } from '@/db/queries/pieces';
import { approvePiece, getReviewState, setMarketMoving } from '@/db/queries/review';
import type { StaffUser } from '@/db/queries/users';
import { command, formInteger, type ActionState } from '@/lib/auth/actions';
import type { Role } from '@/lib/auth/roles';
import { notFound } from './refusals';

const EDITORS: readonly Role[] = ['editor', 'admin'];

type Marked = Pick<Piece, 'markedById' | 'authorUserId' | 'createdById'>;

const wrote = (user: Pick<StaffUser, 'id'>, piece: Marked) => piece.authorUserId === user.id || piece.createdById === user.id;

/** Why the piece may not go live yet under the market-moving rule, or null when it may. */
export async function approvalGate(id: number): Promise<ActionState | null> {
  const approval = await getReviewState(id);
  if (!approval?.marketMoving || approval.holds) return null;
  const marker = approval.markedBy ? `, nor ${approval.markedBy}, who marked it` : '';
  const error = approval.approvedBy
    ? `The text changed after ${approval.approvedBy} approved it: a second editor must approve it again before it goes live.`
    : `This piece is marked market-moving: a second editor (not its author${marker}) must approve it before it goes live.`;
  return { error, status: 409 };
}

/** Why `user` may not approve a marked piece, or null when they may; `ineligible` from getReviewState. */
export function approvalRefusal(user: Pick<StaffUser, 'id' | 'role'>, piece: Marked, ineligible: readonly number[]): string | null {
  if (user.role === 'writer') return 'Only editors approve market-moving news.';
  if (piece.markedById === user.id) return 'You marked this piece market-moving: another editor must approve it.';
  if (wrote(user, piece)) return 'You wrote this piece: another editor must approve it.';
  if (ineligible.includes(user.id)) return 'You worked on this piece (assigned, submitted, or saved its text since it was marked): another editor must approve it.';
  return null;
}

/** Why `user` may not put changes to this live market-moving story live, or null when they may (or it is not one). */
export function liveChangeRefusal(user: Pick<StaffUser, 'id'>, piece: Marked & Pick<Piece, 'status' | 'marketMoving'>): ActionState | null {
  if (piece.status !== 'published' || !piece.marketMoving) return null;
  if (piece.markedById !== user.id && !wrote(user, piece)) return null;
  return { error: 'This story is market-moving: its changes go live only through a second editor, neither its author nor the one who marked it. Your changes are kept; ask another editor to put them live.', status: 409 };
}

/** Why `user` may not take the mark off: only the editor who marked it, or an admin, may; never its author. */
export function unmarkRefusal(user: Pick<StaffUser, 'id' | 'role'>, piece: Marked): string | null {
  if (wrote(user, piece)) return 'You wrote this piece: another editor decides whether it is market-moving.';
  if (piece.markedById !== user.id && user.role !== 'admin') return 'Only the editor who marked it, or an admin, can say it is not market-moving.';
  return null;
}

export const markMarketMoving = command(EDITORS, z.object({ id: formInteger, marketMoving: z.enum(['true', 'false']).transform((value) => value === 'true') }), async ({ id, marketMoving }, user) => {
  const piece = await getPiece(id);
  if (!piece) return notFound;
  if (piece.status === 'archived') return { error: 'An archived piece cannot be marked.', status: 409 };
  const refused = marketMoving || !piece.marketMoving ? null : unmarkRefusal(user, piece);
  if (refused) return { error: refused, status: 403 };
  const changed = await setMarketMoving(id, marketMoving, user.id, [piece.authorUserId, piece.createdById].filter((userId) => userId !== null));
  if (!changed) return { ok: marketMoving ? 'Already marked market-moving.' : 'Not marked market-moving.' };
  return { ok: marketMoving ? 'Marked market-moving: a second editor must approve it before it goes live.' : 'No longer marked market-moving.' };
});

export const approveMarketMoving = command(EDITORS, z.object({ id: formInteger, fingerprint: z.string().regex(/^[0-9a-f]{32}$/, 'The text you read is not named.') }), async ({ id, fingerprint }, user) => {
  const [piece, review] = await Promise.all([getPiece(id), getReviewState(id)]);
  if (!piece || !review) return notFound;
  if (!piece.marketMoving) return { error: 'This piece is not marked market-moving: it needs no approval.', status: 409 };
  const refused = approvalRefusal(user, piece, review.ineligible);
  if (refused) return { error: refused, status: 403 };
  if (!(await approvePiece(id, user.id, fingerprint))) return { error: 'The text changed since you opened the piece: reload, read it again, and approve then.', status: 409 };
  return { ok: 'Approved: it may go live as it reads now.' };
});
