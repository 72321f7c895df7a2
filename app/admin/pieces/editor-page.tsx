import { PieceEditor } from '@/components/admin/piece-editor';
import type { Piece } from '@/db/queries/pieces';
import { listEditorOptions } from '@/db/queries/taxonomy';
import type { StaffUser } from '@/db/queries/users';
import { archive, heartbeat, importMarkdown, publish, reopen, savePiece, schedule, submit, unpublish } from './actions';
import { PlanSection } from './plan-section';

/**
 * The editor for a piece (a new one exists from its first moment: startPiece). Its fields come from the piece's
 * shared document, which the server creates from the piece the first time anyone opens it (lib/collab/).
 */
export async function EditorPage({ piece, user }: { piece: Piece; user: StaffUser }) {
  const options = await listEditorOptions();
  return (
    <>
      <h1 className="mb-6 text-3xl font-black tracking-tight">Edit piece</h1>
      <PlanSection piece={piece} user={user} />
      <PieceEditor
        id={piece.id}
        version={piece.version}
        slug={piece.slug}
        status={piece.status}
        publishedBefore={piece.publishedAt != null}
        scheduledFor={piece.status === 'scheduled' ? piece.scheduledFor : null}
        generatedSummary={piece.summarySource === 'generated' ? piece.summary : ''}
        role={user.role}
        me={{ id: user.id, name: user.name }}
        {...options}
        actions={{ save: savePiece, submit, publish, schedule, unpublish, archive, reopen, heartbeat }}
        importMarkdown={importMarkdown}
      />
    </>
  );
}
