import Link from 'next/link';
import { NewsroomTime } from './newsroom-time';
import type { AuditRow } from '@/db/queries/audit';
import { env } from '@/lib/env';
import { formatZonedTime } from '@/lib/newsroom/time';

// Times recorded as ISO text read as every other time in the newsroom does.
const isoTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const show = (value: unknown) =>
  typeof value !== 'string' ? JSON.stringify(value) : isoTime.test(value) ? formatZonedTime(new Date(value), env.NEWSROOM_TIMEZONE) : value;

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
        <NewsroomTime value={row.at} /> · {row.actorName ?? 'System'}
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
