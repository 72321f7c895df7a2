'use server';

import { redirect } from 'next/navigation';
import { formAction } from '@/lib/auth/form-action';
import { getCurrentUser } from '@/lib/auth/session';
import { markdownToDocument } from '@/lib/content/document/markdown';
import type { BodyDocument } from '@/lib/content/document/types';
import { heartbeatCommand } from '@/lib/newsroom/presence';
import { approveMarketMoving, markMarketMoving } from '@/lib/newsroom/approval';
import { archivePiece, publishPiece, reopenPiece, savePieceCommand, schedulePiece, sendBackToWriter, startPieceCommand, submitForReview, unpublishPiece } from '@/lib/newsroom/pieces';

export const savePiece = formAction(savePieceCommand);
export const submit = formAction(submitForReview);
export const sendBack = formAction(sendBackToWriter);
export const markAsMarketMoving = formAction(markMarketMoving);
export const approve = formAction(approveMarketMoving);
export const publish = formAction(publishPiece);
export const schedule = formAction(schedulePiece);
export const unpublish = formAction(unpublishPiece);
export const archive = formAction(archivePiece);
export const reopen = formAction(reopenPiece);
export const heartbeat = formAction(heartbeatCommand);

/** "New piece": the draft exists before its first word, and the editor opens on it. */
export async function startPiece(): Promise<void> {
  const started = await startPieceCommand(await getCurrentUser(), {});
  if (started.error) redirect(started.status === 401 ? '/sign-in' : '/admin?error=start');
  redirect(`/admin/pieces/${(started.data as { id: number }).id}`);
}

/** Markdown pasted into the editor, as the document it describes; for signed-in staff only. */
export async function importMarkdown(markdown: string): Promise<BodyDocument | null> {
  if (!(await getCurrentUser())) return null;
  return markdownToDocument(String(markdown).slice(0, 200_000));
}
