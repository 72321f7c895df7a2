import { z } from 'zod';
import { AuditList } from '@/components/admin/audit-list';
import { Options } from '@/components/ui/field';
import { Pagination } from '@/components/ui/pagination';
import { listAuditActions, listAuditEntries } from '@/db/queries/audit';
import { requireUser } from '@/lib/auth/session';
import { auditActionLabel } from '@/lib/newsroom/audit-sentences';
import { parsePage } from '@/lib/content/pagination';

export const metadata = { title: 'Audit log' };

const PAGE_SIZE = 50;
// An unknown or malformed filter shows the whole log rather than failing the page.
const actionFilter = z.string().regex(/^[a-z_]{1,60}$/).optional().catch(undefined);

type SearchParams = Record<string, string | string[] | undefined>;

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireUser(['admin']);
  const params = await searchParams;
  const action = actionFilter.parse(params.action || undefined);
  const page = parsePage(params.page) ?? 1;
  const [{ rows, hasNext }, actions] = await Promise.all([listAuditEntries({ action }, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }), listAuditActions()]);
  const href = (p: number) => `/admin/audit?${new URLSearchParams([...(action ? [['action', action]] : []), ...(p > 1 ? [['page', String(p)]] : [])])}`;

  return (
    <>
      <h1 className="text-3xl font-black tracking-tight">Audit log</h1>
      <form className="mt-4 flex flex-wrap items-end gap-3" aria-label="Filter the audit log">
        <label className="flex flex-col font-semibold">
          Action
          <select name="action" defaultValue={action ?? ''} className="min-h-11 rounded border border-zinc-300 bg-white px-2 text-base dark:border-zinc-700 dark:bg-zinc-900">
            <Options items={actions.map((a) => ({ value: a, label: auditActionLabel(a) }))} empty="Any" />
          </select>
        </label>
        <button type="submit" className="min-h-11 rounded bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700">
          Filter
        </button>
      </form>
      <AuditList rows={rows} />
      <Pagination page={page} hasNext={hasNext} href={href} />
    </>
  );
}
