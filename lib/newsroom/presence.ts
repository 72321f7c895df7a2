import { z } from 'zod';
import { getPiece } from '@/db/queries/pieces';
import { markPresent } from '@/db/queries/presence';
import { ALL_STAFF, command, formInteger } from '@/lib/auth/actions';
import { mayEdit } from './pieces';
import { denied, notFound } from './refusals';

/** The editor's heartbeat: marks the user present on the piece and answers who else has it open. */
export const heartbeatCommand = command(ALL_STAFF, z.object({ id: formInteger }), async ({ id }, user) => {
  const piece = await getPiece(id);
  if (!piece) return notFound;
  if (!mayEdit(user, piece)) return denied;
  return { ok: 'Present.', data: { others: await markPresent(id, user.id) } };
});
