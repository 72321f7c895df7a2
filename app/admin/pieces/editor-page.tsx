import { PieceEditor, type EditorFields } from '@/components/admin/piece-editor';
import type { Piece } from '@/db/queries/pieces';
import { listEditorOptions } from '@/db/queries/taxonomy';
import type { StaffUser } from '@/db/queries/users';
import { readStoredDocument } from '@/lib/content/body';
import { archive, heartbeat, importMarkdown, publish, reopen, savePiece, schedule, submit, unpublish } from './actions';

/** The editor for a piece (a new one exists from its first moment: startPiece). */
export async function EditorPage({ piece, user }: { piece: Piece; user: StaffUser }) {
  const options = await listEditorOptions();
  const initial: EditorFields = {
    title: piece.title,
    slug: piece.slug,
    dek: piece.dek,
    keyPoints: piece.keyPoints.length ? piece.keyPoints : [''],
    bodyDoc: readStoredDocument(piece.bodyDoc, piece.body),
    summary: piece.summary,
    disclaimer: piece.disclaimer,
    categoryId: piece.categoryId ? String(piece.categoryId) : '',
    authorId: String(piece.authorId),
    tags: piece.tagNames.join(', '),
    seoTitle: piece.seoTitle ?? '',
    seoDescription: piece.seoDescription ?? '',
    correctionNote: '',
    coverImageUrl: piece.coverImageUrl ?? '',
    coverImageAlt: piece.coverImageAlt,
  };
  return (
    <>
      <h1 className="mb-6 text-3xl font-black tracking-tight">Edit piece</h1>
      <PieceEditor
        id={piece.id}
        version={piece.version}
        status={piece.status}
        publishedBefore={piece.publishedAt != null}
        summarySource={piece.summarySource}
        initial={initial}
        role={user.role}
        {...options}
        actions={{ save: savePiece, submit, publish, schedule, unpublish, archive, reopen, heartbeat }}
        importMarkdown={importMarkdown}
      />
    </>
  );
}
