import { notFound } from 'next/navigation';
import { getPiece } from '@/db/queries/pieces';
import { requireUser } from '@/lib/auth/session';
import { mayEdit } from '@/lib/newsroom/pieces';
import { EditorPage } from '../editor-page';

export const metadata = { title: 'Edit piece' };

export default async function EditPiecePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const piece = /^\d{1,9}$/.test(id) ? await getPiece(Number(id)) : null;
  if (!piece) notFound();
  if (!mayEdit(user, piece)) {
    return <p className="py-8">This piece is not yours to edit, or it has been published. Ask an editor.</p>;
  }
  return <EditorPage piece={piece} user={user} />;
}
