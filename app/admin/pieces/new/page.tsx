import { NewPieceButton } from '@/components/admin/new-piece-button';
import { startPiece } from '@/app/admin/pieces/actions';
import { requireUser } from '@/lib/auth/session';

export const metadata = { title: 'New piece' };

// A piece is created by a POST, never by loading a page (a prefetch or a crawler would leave empty drafts behind):
// this address, bookmarked from before, offers the button.
export default async function NewPiecePage() {
  await requireUser();
  return (
    <>
      <h1 className="mb-4 text-3xl font-black tracking-tight">New piece</h1>
      <p className="mb-4">A new piece starts as an empty draft that only the newsroom can see.</p>
      <NewPieceButton start={startPiece} />
    </>
  );
}
