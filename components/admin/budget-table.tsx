import Link from 'next/link';
import { STATUS_LABELS, type Status } from '@/lib/newsroom/workflow';
import { NewsroomTime } from './newsroom-time';

export type BudgetEntry = {
  id: number;
  slugLine: string;
  title: string;
  status: Status;
  assignee: string | null;
  dueAt: Date | null;
  plannedFor: Date | null;
  overdue: boolean;
};

/** The story budget, soonest due first; scrolls sideways on a phone rather than squeezing its columns. */
export function BudgetTable({ rows }: { rows: BudgetEntry[] }) {
  if (!rows.length) return <p className="mt-4">Nothing is planned yet.</p>;
  return (
    <div className="mt-2 overflow-x-auto">
      <table className="w-full min-w-[48rem] text-left text-sm">
        <thead className="border-b-2 border-zinc-900 dark:border-zinc-100">
          <tr>
            <th scope="col" className="py-2 pr-3">Slug line</th>
            <th scope="col" className="py-2 pr-3">Assigned to</th>
            <th scope="col" className="py-2 pr-3">Status</th>
            <th scope="col" className="py-2 pr-3">Due</th>
            <th scope="col" className="py-2">Planned publication</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-zinc-200 align-top dark:border-zinc-800">
              <td className="py-3 pr-3">
                <Link href={`/admin/pieces/${row.id}`} className="font-semibold hover:underline">
                  {row.slugLine || row.title || 'Untitled draft'}
                </Link>
                {row.slugLine && row.title && <p className="text-zinc-600 dark:text-zinc-400">{row.title}</p>}
              </td>
              <td className="py-3 pr-3">{row.assignee ?? 'Nobody yet'}</td>
              <td className="py-3 pr-3">
                <span className="rounded bg-zinc-100 px-2 py-0.5 dark:bg-zinc-800">{STATUS_LABELS[row.status]}</span>
              </td>
              <td className="py-3 pr-3">
                {row.dueAt ? <NewsroomTime value={row.dueAt} /> : '—'}
                {row.overdue && <span className="ml-1 rounded bg-amber-100 px-2 py-0.5 font-semibold text-amber-900 dark:bg-amber-950 dark:text-amber-200">Overdue</span>}
              </td>
              <td className="py-3">{row.plannedFor ? <NewsroomTime value={row.plannedFor} /> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
