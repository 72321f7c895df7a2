import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { RevisionCompare } from '@/components/admin/revision-compare';
import { RevisionDiff } from '@/components/admin/revision-diff';
import { RevisionList } from '@/components/admin/revision-list';
import { getPiece } from '@/db/queries/pieces';
import { getRevisionSnapshots, listRevisions } from '@/db/queries/revisions';
import { listEditorOptions } from '@/db/queries/taxonomy';
import { requireUser } from '@/lib/auth/session';
import { mayEdit } from '@/lib/newsroom/pieces';
import { compareRevisions } from '@/lib/newsroom/revision-changes';
import { restore } from './actions';

export const metadata = { title: 'Revisions' };

// Autosave keeps a revision every few seconds of typing; older ones than this are rarely wanted.
const SHOWN = 100;
const versionParam = z.coerce.number().int().positive().optional().catch(undefined);

type SearchParams = Record<string, string | string[] | undefined>;

export default async function RevisionsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const { id } = await params;
  const piece = /^\d{1,9}$/.test(id) ? await getPiece(Number(id)) : null;
  if (!piece) notFound();
  // The same rule as the editor: whoever may change the piece may see and restore its history.
  if (!mayEdit(user, piece)) return <p className="py-8">Only those who may edit this piece can see its revisions. Ask an editor.</p>;
  const [revisions, options, query] = await Promise.all([listRevisions(piece.id, SHOWN), listEditorOptions(), searchParams]);
  // Unknown versions in the address fall back to the default: the newest against the one before it.
  const listed = (value: unknown) => revisions.find((r) => r.version === versionParam.parse(value))?.version;
  const to = listed(query.to) ?? revisions[0]?.version ?? 0;
  const from = listed(query.from) ?? revisions.find((r) => r.version < to)?.version ?? to;
  const snapshots = await getRevisionSnapshots(piece.id, [from, to]);

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-3xl font-black tracking-tight">Revisions</h1>
        <Link href={`/admin/pieces/${piece.id}`} className="inline-flex min-h-11 items-center rounded border border-zinc-300 px-4 font-semibold dark:border-zinc-700">
          Back to the editor
        </Link>
      </div>
      <p className="mt-2 text-lg font-semibold">{piece.title}</p>
      {revisions.length === 0 && <p className="mt-6">No saves yet: the history starts with the first save in the editor.</p>}
      {revisions.length === 1 && <p className="mt-6">One save so far: there is nothing to compare it with yet.</p>}
      {revisions.length > 1 && (
        <>
          <RevisionCompare revisions={revisions} from={from} to={to} />
          <RevisionDiff from={from} to={to} {...compareRevisions(snapshots.get(from)!, snapshots.get(to)!, options)} />
        </>
      )}
      {revisions.length > 0 && <RevisionList pieceId={piece.id} version={piece.version} live={piece.status === 'published'} revisions={revisions} restore={restore} />}
    </>
  );
}
