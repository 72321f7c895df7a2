import Link from 'next/link';
import { NewsroomTime } from '@/components/admin/newsroom-time';
import { listWaitingForReview } from '@/db/queries/review';
import { requireUser } from '@/lib/auth/session';

export const metadata = { title: 'Waiting for review' };

// The page checks the role itself: a client-side navigation request can render a page without its layout.
export default async function ReviewDeskPage() {
  const user = await requireUser();
  if (user.role === 'writer') return <p className="py-8">The review desk is for editors. Your pieces under review are on the Pieces page.</p>;
  const waiting = await listWaitingForReview();
  return (
    <>
      <h1 className="text-3xl font-black tracking-tight">Waiting for review</h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">
        {waiting.length === 0 ? 'Nothing is waiting: every submitted piece has been reviewed.' : `${waiting.length} ${waiting.length === 1 ? 'piece' : 'pieces'}, the longest-waiting first.`}
      </p>
      {waiting.length > 0 && (
        <ol className="mt-4 divide-y divide-zinc-200 border-y border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
          {waiting.map((piece) => (
            <li key={piece.id} className="py-3">
              <Link href={`/admin/pieces/${piece.id}`} className="flex min-h-11 items-center text-lg font-bold break-words hover:underline">
                {piece.title}
              </Link>
              <p className="text-sm text-zinc-700 dark:text-zinc-300">
                By {piece.author} · submitted {piece.submitter ? `by ${piece.submitter} ` : ''}
                {piece.submittedAt && <NewsroomTime value={piece.submittedAt} />} · {piece.words.toLocaleString('en-US')} {piece.words === 1 ? 'word' : 'words'}
              </p>
              {piece.marketMoving && (
                <p className="mt-1 text-sm font-semibold text-red-800 dark:text-red-300">
                  Market-moving: {piece.approved ? 'approved by a second editor' : 'needs a second editor’s approval'}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
