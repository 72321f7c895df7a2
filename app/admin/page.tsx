import Link from 'next/link';
import { z } from 'zod';
import { NewPieceButton } from '@/components/admin/new-piece-button';
import { startPiece } from '@/app/admin/pieces/actions';
import { NewsroomTime } from '@/components/admin/newsroom-time';
import { Options } from '@/components/ui/field';
import { Pagination } from '@/components/ui/pagination';
import { articleStatus } from '@/db/schema';
import { listAuthorsForFilter, listPieces } from '@/db/queries/newsroom';
import { listCategories } from '@/db/queries/taxonomy';
import { requireUser } from '@/lib/auth/session';
import { STATUS_LABELS } from '@/lib/newsroom/workflow';
import { parsePage } from '@/lib/content/pagination';
import { clipText } from '@/lib/content/clip';

export const metadata = { title: 'Pieces' };

const PAGE_SIZE = 25;
// The scheduler sweeps every few seconds; more than a minute behind means it was down or stuck.
const LATE_AFTER_SECONDS = 60;

// Unknown filter values are dropped rather than failing the page.
const filters = z.object({
  status: z.enum(articleStatus.enumValues).optional().catch(undefined),
  category: z.string().max(100).optional().catch(undefined),
  author: z.string().max(100).optional().catch(undefined),
  title: z.string().trim().max(200).optional().catch(undefined),
});

type SearchParams = Record<string, string | string[] | undefined>;

export default async function DashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const params = await searchParams;
  const filter = filters.parse(Object.fromEntries(Object.entries(params).filter(([, v]) => typeof v === 'string' && v !== '')));
  const page = parsePage(params.page) ?? 1;
  const [{ rows, total }, categories, authors] = await Promise.all([
    // Writers see their own pieces; editors and admins see the whole newsroom.
    listPieces({ ...filter, ownerId: user.role === 'writer' ? user.id : undefined }, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    listCategories(),
    listAuthorsForFilter(),
  ]);
  const query = new URLSearchParams(Object.entries(filter).filter((e): e is [string, string] => !!e[1]));
  // A select is as wide as its longest option (an author's name can be any length) unless allowed to shrink.
  const select = 'min-h-11 w-full min-w-0 rounded border border-zinc-300 bg-white px-2 text-base dark:border-zinc-700 dark:bg-zinc-900';

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-3xl font-black tracking-tight">Pieces</h1>
        <NewPieceButton start={startPiece} />
      </div>
      {params.error === 'start' && (
        <p role="alert" className="mt-3 text-red-700 dark:text-red-400">
          The piece could not be started: your account has no author profile yet. Ask an admin to add one.
        </p>
      )}
      <form className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-5" aria-label="Filter pieces">
        <label className="flex min-w-0 flex-col text-sm font-semibold">
          Title contains
          <input name="title" defaultValue={filter.title} maxLength={200} className={select} />
        </label>
        <label className="flex min-w-0 flex-col text-sm font-semibold">
          Status
          <select name="status" defaultValue={filter.status ?? ''} className={select}>
            <Options items={Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label }))} empty="Any" />
          </select>
        </label>
        <label className="flex min-w-0 flex-col text-sm font-semibold">
          Category
          <select name="category" defaultValue={filter.category ?? ''} className={select}>
            <Options items={categories.map((c) => ({ value: c.slug, label: c.name }))} empty="Any" />
          </select>
        </label>
        <label className="flex min-w-0 flex-col text-sm font-semibold">
          Author
          <select name="author" defaultValue={filter.author ?? ''} className={select}>
            <Options items={authors.map((a) => ({ value: a.slug, label: a.name }))} empty="Any" />
          </select>
        </label>
        <button type="submit" className="min-h-11 self-end rounded bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700">
          Filter
        </button>
      </form>

      <p className="mt-6 text-sm text-zinc-600 dark:text-zinc-400">
        {total.toLocaleString('en-US')} {total === 1 ? 'piece' : 'pieces'}
      </p>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full min-w-[56rem] text-left text-sm">
          <thead className="border-b-2 border-zinc-900 dark:border-zinc-100">
            <tr>
              <th scope="col" className="py-2 pr-3">Title</th>
              <th scope="col" className="py-2 pr-3">Status</th>
              <th scope="col" className="py-2 pr-3">Author</th>
              <th scope="col" className="py-2 pr-3">Category</th>
              <th scope="col" className="py-2 pr-3">Scheduled for</th>
              <th scope="col" className="py-2 pr-3">Updated</th>
              <th scope="col" className="py-2">Last edited by</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-zinc-200 dark:border-zinc-800">
                <td className="py-3 pr-3 font-semibold">
                  <Link href={`/admin/pieces/${row.id}`} className="hover:underline">
                    {row.title || <span className="italic text-zinc-600 dark:text-zinc-400">Untitled draft</span>}
                  </Link>
                  {row.returnNote && (
                    <p className="mt-1 max-w-md text-sm font-normal break-words text-amber-900 dark:text-amber-200">
                      Sent back: “{clipText(row.returnNote, 160)}”
                    </p>
                  )}
                </td>
                <td className="py-3 pr-3">
                  <span className="rounded bg-zinc-100 px-2 py-0.5 dark:bg-zinc-800">{STATUS_LABELS[row.status]}</span>
                  {row.marketMoving && <span className="ml-1 rounded bg-red-100 px-2 py-0.5 whitespace-nowrap text-red-900 dark:bg-red-950 dark:text-red-200">market-moving</span>}
                  {row.held && <span className="ml-1 block text-red-800 dark:text-red-300">held: needs a second editor’s approval again</span>}
                  {row.lateSeconds !== null && row.lateSeconds > LATE_AFTER_SECONDS && (
                    <span className="ml-1 rounded bg-amber-100 px-2 py-0.5 text-amber-900 dark:bg-amber-950 dark:text-amber-200">
                      went live {Math.round(row.lateSeconds / 60)} min late
                    </span>
                  )}
                </td>
                <td className="py-3 pr-3">{row.author}</td>
                <td className="py-3 pr-3">{row.category ?? '—'}</td>
                <td className="py-3 pr-3">{row.status === 'scheduled' && row.scheduledFor ? <NewsroomTime value={row.scheduledFor} /> : '—'}</td>
                <td className="py-3 pr-3">
                  <NewsroomTime value={row.updatedAt} />
                </td>
                <td className="py-3">{row.lastEditor ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={page} hasNext={page * PAGE_SIZE < total} href={(p) => `/admin?${new URLSearchParams([...query, ...(p > 1 ? [['page', String(p)]] : [])])}`} />
    </>
  );
}
