// Restoring an earlier revision is an ordinary save of its text: it gets a new version and a revision of its
// own, so the history only ever grows.
import { z } from 'zod';
import { getPiece, savePiece, type PieceFields } from '@/db/queries/pieces';
import { getRevisionSnapshots } from '@/db/queries/revisions';
import { approveLiveChange } from '@/db/queries/review';
import { ALL_STAFF, command, formInteger } from '@/lib/auth/actions';
import { liveChangeRefusal } from './approval';
import { mayEdit } from './pieces';
import { denied, notFound, stale } from './refusals';
import { bodyColumns, readStoredDocument } from '@/lib/content/body';
import { replaceSharedPiece } from '@/lib/collab/live-documents';

const restoreForm = z.object({
  id: formInteger,
  // The piece's version the restorer was looking at: a save since then makes the restore stale.
  version: formInteger,
  revision: formInteger,
});

export const restoreRevision = command(ALL_STAFF, restoreForm, async ({ id, version, revision }, user) => {
  const piece = await getPiece(id);
  if (!piece) return notFound;
  if (!mayEdit(user, piece)) return denied;
  const held = liveChangeRefusal(user, piece);
  if (held) return held;
  const snapshot = (await getRevisionSnapshots(id, [revision])).get(revision);
  if (!snapshot) return { error: 'That revision does not exist.', status: 404 };
  const fields: PieceFields = {
    ...snapshot,
    ...bodyColumns(readStoredDocument(snapshot.bodyDoc, snapshot.body)),
    // The address stays, so links to a published piece never move.
    slug: piece.slug,
    // As on every save, a writer cannot hand the piece to another author.
    authorId: user.role === 'writer' ? piece.authorId : snapshot.authorId,
    // A revision from before tags and SEO fields were kept leaves the current ones.
    tagNames: snapshot.tagNames ?? piece.tagNames,
    seoTitle: snapshot.seoTitle === undefined ? piece.seoTitle : snapshot.seoTitle,
    seoDescription: snapshot.seoDescription === undefined ? piece.seoDescription : snapshot.seoDescription,
    correctionNote: null,
  };
  const saved = await savePiece(id, version, fields, user.id, { action: 'restore', details: { fromVersion: revision } });
  if (!saved.ok && saved.reason === 'missing') return notFound;
  if (!saved.ok) return stale;
  if (piece.status === 'published' && piece.marketMoving) await approveLiveChange(id, user.id);
  await replaceSharedPiece((await getPiece(id))!);
  return { ok: `Restored version ${revision} as version ${saved.version}.`, data: { version: saved.version } };
});
