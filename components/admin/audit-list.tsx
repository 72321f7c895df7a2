import Link from 'next/link';
import { DateTime } from '@/components/ui/date-time';
import type { AuditRow } from '@/db/queries/audit';

const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** A change as "from → to", then whatever else was recorded. */
function describeDetails(details: unknown): string {
  if (!details || typeof details !== 'object') return '';
  const { from, to, ...rest } = details as Record<string, unknown>;
  const parts = from !== undefined || to !== undefined ? [`${show(from ?? '—')} → ${show(to ?? '—')}`] : [];
  for (const [key, value] of Object.entries(rest)) if (value !== null && value !== undefined) parts.push(`${key}: ${show(value)}`);
  return parts.join(', ');
}

function Subject({ row }: { row: AuditRow }) {
  const label = row.subject ?? `${row.entityType} ${row.entityId}`;
  if (row.entityType === 'article') {
    return (
      <Link href={`/admin/pieces/${row.entityId}`} className="underline hover:no-underline">
        {label}
      </Link>
    );
  }
  return <>{label}</>;
}

function AuditItem({ row }: { row: AuditRow }) {
  const details = describeDetails(row.details);
  return (
    <li className="py-3">
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        <DateTime value={row.at} /> · {row.actorName ?? 'System'}
      </p>
      <p className="mt-1 break-words">
        <span className="font-semibold">{row.action.replaceAll('_', ' ')}</span>: <Subject row={row} />
      </p>
      {details && <p className="mt-1 break-words text-zinc-700 dark:text-zinc-300">{details}</p>}
    </li>
  );
}

export function AuditList({ rows }: { rows: AuditRow[] }) {
  if (rows.length === 0) return <p className="mt-6">Nothing has been recorded yet.</p>;
  return (
    <ol className="mt-4 divide-y divide-zinc-200 border-y border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800" aria-label="Audit entries">
      {rows.map((row) => (
        <AuditItem key={row.id} row={row} />
      ))}
    </ol>
  );
}
