import { requireUser } from '@/lib/auth/session';
import { EditorPage } from '../editor-page';

export const metadata = { title: 'New piece' };

export default async function NewPiecePage() {
  return <EditorPage piece={null} user={await requireUser()} />;
}
