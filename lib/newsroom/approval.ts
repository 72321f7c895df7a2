// A second pair of eyes on market-moving news: an editor marks a piece, and a second editor, neither its author nor
// the one who marked it, approves its text before it is published or scheduled. The gate holds in the SQL too
// (approvalHolds in db/queries/pieces.ts), so a race or the scheduler cannot slip past it.
import { z } from 'zod';
import { getPiece, type Piece } from '@/db/queries/pieces';
import type { StaffUser } from '@/db/queries/users';
import { approvePiece, getReviewState, setMarketMoving } from '@/db/queries/review';
import { command, formInteger, type ActionState } from '@/lib/auth/actions';
import type { Role } from '@/lib/auth/roles';
import { notFound } from './refusals';

const EDITORS: readonly Role[] = ['editor', 'admin'];

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

/** Why `user` may not approve a marked piece, or null when they may. */
export function approvalRefusal(user: Pick<StaffUser, 'id' | 'role'>, piece: Pick<Piece, 'markedById' | 'authorUserId' | 'createdById'>): string | null {
  if (user.role === 'writer') return 'Only editors approve market-moving news.';
  if (piece.markedById === user.id) return 'You marked this piece market-moving: another editor must approve it.';
  if (piece.authorUserId === user.id || piece.createdById === user.id) return 'You wrote this piece: another editor must approve it.';
  return null;
}

export const markMarketMoving = command(EDITORS, z.object({ id: formInteger, marketMoving: z.enum(['true', 'false']).transform((value) => value === 'true') }), async ({ id, marketMoving }, user) => {
  const piece = await getPiece(id);
  if (!piece) return notFound;
  if (piece.status === 'archived') return { error: 'An archived piece cannot be marked.', status: 409 };
  const changed = await setMarketMoving(id, marketMoving, user.id, [piece.authorUserId, piece.createdById].filter((userId) => userId !== null));
  if (!changed) return { ok: marketMoving ? 'Already marked market-moving.' : 'Not marked market-moving.' };
  return { ok: marketMoving ? 'Marked market-moving: a second editor must approve it before it goes live.' : 'No longer marked market-moving.' };
});

export const approveMarketMoving = command(EDITORS, z.object({ id: formInteger }), async ({ id }, user) => {
  const piece = await getPiece(id);
  if (!piece) return notFound;
  if (!piece.marketMoving) return { error: 'This piece is not marked market-moving: it needs no approval.', status: 409 };
  const refused = approvalRefusal(user, piece);
  if (refused) return { error: refused, status: 403 };
  if (!(await approvePiece(id, user.id))) return { error: 'The piece changed meanwhile (unmarked, archived or marked again by you). Reload and look again.', status: 409 };
  return { ok: 'Approved: it may go live as it reads now.' };
});
