import { PieceEditor, type EditorFields } from '@/components/admin/piece-editor';
import type { Piece } from '@/db/queries/pieces';
import { listEditorOptions } from '@/db/queries/taxonomy';
import type { StaffUser } from '@/db/queries/users';
import { DEFAULT_DISCLAIMER } from '@/lib/content/editorial';
import { archive, heartbeat, previewMarkdown, publish, reopen, savePiece, schedule, submit, unpublish } from './actions';

/** The editor for a new or an existing piece; shared by /admin/pieces/new and /admin/pieces/[id]. */
export async function EditorPage({ piece, user }: { piece: Piece | null; user: StaffUser }) {
  const options = await listEditorOptions();
  const initial: EditorFields = {
    title: piece?.title ?? '',
    slug: piece?.slug ?? '',
    dek: piece?.dek ?? '',
    keyPoints: piece?.keyPoints ?? [''],
    body: piece?.body ?? '',
    summary: piece?.summary ?? '',
    disclaimer: piece?.disclaimer ?? DEFAULT_DISCLAIMER,
    categoryId: piece?.categoryId ? String(piece.categoryId) : '',
    authorId: String(piece?.authorId ?? user.authorId ?? options.authors[0]?.id ?? ''),
    tags: piece?.tagNames.join(', ') ?? '',
    seoTitle: piece?.seoTitle ?? '',
    seoDescription: piece?.seoDescription ?? '',
    correctionNote: '',
    coverImageUrl: piece?.coverImageUrl ?? '',
    coverImageAlt: piece?.coverImageAlt ?? '',
  };
  return (
    <>
      <h1 className="mb-6 text-3xl font-black tracking-tight">{piece ? 'Edit piece' : 'New piece'}</h1>
      <PieceEditor
        id={piece?.id ?? null}
        version={piece?.version ?? 1}
        status={piece?.status ?? 'draft'}
        publishedBefore={piece?.publishedAt != null}
        summarySource={piece?.summarySource ?? 'editor'}
        initial={initial}
        role={user.role}
        {...options}
        actions={{ save: savePiece, submit, publish, schedule, unpublish, archive, reopen, heartbeat }}
        renderPreview={previewMarkdown}
      />
    </>
  );
}
