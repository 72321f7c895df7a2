'use server';

import { formAction } from '@/lib/auth/actions';
import { getCurrentUser } from '@/lib/auth/session';
import { renderMarkdown } from '@/lib/content/markdown';
import { heartbeatCommand } from '@/lib/newsroom/presence';
import { archivePiece, publishPiece, reopenPiece, savePieceCommand, schedulePiece, submitForReview, unpublishPiece } from '@/lib/newsroom/pieces';

export const savePiece = formAction(savePieceCommand);
export const submit = formAction(submitForReview);
export const publish = formAction(publishPiece);
export const schedule = formAction(schedulePiece);
export const unpublish = formAction(unpublishPiece);
export const archive = formAction(archivePiece);
export const reopen = formAction(reopenPiece);
export const heartbeat = formAction(heartbeatCommand);

/** The editor's preview: the same renderer as the public page, for signed-in staff only. */
export async function previewMarkdown(markdown: string): Promise<string> {
  if (!(await getCurrentUser())) return '';
  return renderMarkdown(String(markdown).slice(0, 200_000));
}
