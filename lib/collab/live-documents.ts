// A piece's text changed by a command rather than typed (restoring a revision) must change in its shared document
// too: the editors would otherwise keep writing on the old text, and their next keystroke would store it back.
// The web server registers the documents it serves here (db/process-wide.ts: the app's commands run in its process).
import { processWide } from '@/db/process-wide';
import type { Piece } from '@/db/queries/pieces';
import { findPieceDocument, storePieceDocument } from '@/db/queries/piece-documents';
import * as Y from 'yjs';
import { readStoredDocument } from '@/lib/content/body';
import { pieceSharedFields, replaceSharedDocument } from './shared-fields';

export type SharedDocuments = { replace: (piece: Piece) => Promise<void> };

const registry = () => processWide('sharedDocuments', () => ({ current: null as SharedDocuments | null }));

export const registerSharedDocuments = (documents: SharedDocuments) => {
  registry().current = documents;
};

/** Makes the piece's shared document read as the piece now does, as an edit its editors see arrive. */
export async function replaceSharedPiece(piece: Piece) {
  const live = registry().current;
  if (live) return live.replace(piece);
  // No web server in this process (a script, `next dev`): the stored document, if there is one yet, is changed in
  // place (one nobody opened yet is made from the piece as it is now when it is).
  const stored = await findPieceDocument(piece.id);
  if (!stored) return;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, stored);
  replaceSharedDocument(doc, pieceSharedFields(piece), readStoredDocument(piece.bodyDoc, piece.body));
  await storePieceDocument(piece.id, Y.encodeStateAsUpdate(doc), (_stored, update) => update);
}
