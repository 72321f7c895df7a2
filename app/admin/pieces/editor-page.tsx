import { PieceEditor } from '@/components/admin/piece-editor';
import { ReviewPanel } from '@/components/admin/review-panel';
import { markNotificationsRead } from '@/db/queries/notifications';
import type { Piece } from '@/db/queries/pieces';
import { listNoteThreads } from '@/db/queries/notes';
import { getReviewState } from '@/db/queries/review';
import { listEditorOptions } from '@/db/queries/taxonomy';
import type { StaffUser } from '@/db/queries/users';
import { approvalRefusal, unmarkRefusal } from '@/lib/newsroom/approval';
import { listMentionable } from '@/lib/newsroom/notes';
import { addNote, listNotes, reopenNote, replyToNote, resolveNote } from '../notes/actions';
import { approve, archive, heartbeat, importMarkdown, markAsMarketMoving, publish, reopen, savePiece, schedule, sendBack, submit, unpublish } from './actions';
import { PlanSection } from './plan-section';

/**
 * The editor for a piece (a new one exists from its first moment: startPiece). Its fields come from the piece's
 * shared document, which the server creates from the piece the first time anyone opens it (lib/collab/).
 */
export async function EditorPage({ piece, user }: { piece: Piece; user: StaffUser }) {
  const [options, review, threads, staff] = await Promise.all([
    listEditorOptions(),
    getReviewState(piece.id),
    listNoteThreads(piece.id),
    listMentionable(piece, user.id),
    markNotificationsRead(user.id, [piece.id]),
  ]);
  return (
    <>
      <h1 className="mb-6 text-3xl font-black tracking-tight">Edit piece</h1>
      <PlanSection piece={piece} user={user} />
      {review && (
        <ReviewPanel
          id={piece.id}
          returned={review.returnNote && review.returnedAt ? { note: review.returnNote, by: review.returnedBy, at: review.returnedAt } : null}
          marketMoving={{ marked: review.marketMoving, markedBy: review.markedBy, approvedBy: review.approvedBy, approvedAt: review.approvedAt, holds: review.holds }}
          mayMark={user.role !== 'writer' && piece.status !== 'archived'}
          approvalRefusal={approvalRefusal(user, piece, review.ineligible)}
          mayUnmark={unmarkRefusal(user, piece) === null}
          fingerprint={review.fingerprint}
          actions={{ mark: markAsMarketMoving, approve }}
        />
      )}
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
        actions={{ save: savePiece, submit, send_back: sendBack, publish, schedule, unpublish, archive, reopen, heartbeat }}
        importMarkdown={importMarkdown}
        notes={{ threads, staff, actions: { add: addNote, reply: replyToNote, resolve: resolveNote, reopen: reopenNote, list: listNotes } }}
      />
    </>
  );
}
