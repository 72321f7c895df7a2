// The audit log in sentences: each recorded action as a line a person reads ("Maya Okafor published ‘X’"), the
// piece's headline a link to the piece. Pure, so every action is unit-tested (tests/unit/audit-sentences.test.ts).
import { z } from 'zod';
import type { AuditAction, AuditRow } from '@/db/queries/audit';
import { clipText } from '@/lib/content/clip';
import { formatZonedTime } from './time';

/** Text, or a link the page renders as one. */
export type SentencePart = string | { text: string; href: string };

export type AuditSentenceRow = Pick<AuditRow, 'action' | 'entityType' | 'entityId' | 'details' | 'actorName' | 'subject'>;


/** "4 s", "12 min", "2 h 5 min". */
export function formatDelay(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min`;
  const minutes = Math.floor((s % 3600) / 60);
  return `${Math.floor(s / 3600)} h${minutes ? ` ${minutes} min` : ''}`;
}

// What each action may have recorded (db/queries/pieces.ts, users.ts); anything else in the JSON is ignored.
const details = z
  .object({
    scheduledFor: z.iso.datetime({ offset: true }).transform((value) => new Date(value)),
    lateSeconds: z.number(),
    fromVersion: z.number().int(),
    from: z.string(),
    to: z.string(),
    role: z.string(),
    email: z.string(),
    note: z.string(),
  })
  .partial();
type Details = z.infer<typeof details>;

const readDetails = (value: unknown): Details => {
  const fields = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  // Field by field, so one malformed value loses only its own clause.
  return Object.fromEntries(
    Object.entries(details.shape).flatMap(([key, schema]) => {
      const parsed = schema.safeParse(fields[key]);
      return parsed.success && parsed.data !== undefined ? [[key, parsed.data]] : [];
    }),
  ) as Details;
};

const withArticle = (role: string) => `${/^[aeiou]/.test(role) ? 'an' : 'a'} ${role}`;

type Context = { actor: string; piece: SentencePart[]; person: string; details: Details; timeZone: string };
type Sentence = (c: Context) => SentencePart[];

// One sentence per action; the Record makes a new action without one fail to compile.
const SENTENCES: Record<AuditAction, Sentence> = {
  submit: ({ actor, piece }) => [`${actor} submitted `, ...piece, ' for review'],
  send_back: ({ actor, piece, details: d }) => [`${actor} sent `, ...piece, ' back to its writer', d.note ? `: “${clipText(d.note, 120)}”` : ''],
  publish: ({ actor, piece }) => [`${actor} published `, ...piece],
  schedule: ({ actor, piece, details: d, timeZone }) => [`${actor} scheduled `, ...piece, d.scheduledFor ? ` for ${formatZonedTime(d.scheduledFor, timeZone)}` : ''],
  unpublish: ({ actor, piece }) => [`${actor} unpublished `, ...piece],
  archive: ({ actor, piece }) => [`${actor} archived `, ...piece],
  reopen: ({ actor, piece }) => [`${actor} reopened `, ...piece, ' as a draft'],
  publish_scheduled: ({ actor, piece, details: d }) => [
    `${actor} published `,
    ...piece,
    d.lateSeconds === undefined ? ' at its scheduled time' : d.lateSeconds < 1 ? ', on its scheduled time' : `, ${formatDelay(d.lateSeconds)} after its scheduled time`,
  ],
  restore: ({ actor, piece, details: d }) => [`${actor} restored ${d.fromVersion === undefined ? 'an earlier revision' : `revision ${d.fromVersion}`} of `, ...piece],
  mark_market_moving: ({ actor, piece }) => [`${actor} marked `, ...piece, ' as market-moving: a second editor must approve it'],
  unmark_market_moving: ({ actor, piece }) => [`${actor} said `, ...piece, ' is not market-moving after all'],
  approve: ({ actor, piece }) => [`${actor} approved the market-moving `, ...piece, ' as the second editor'],
  create_user: ({ actor, person, details: d }) => [`${actor} added ${person}${d.email ? ` (${d.email})` : ''}${d.role ? ` as ${withArticle(d.role)}` : ' to the staff'}`],
  change_role: ({ actor, person, details: d }) => [`${actor} changed ${person}’s role${d.from ? ` from ${d.from}` : ''}${d.to ? ` to ${d.to}` : ''}`],
  disable_user: ({ actor, person }) => [`${actor} disabled ${person}’s account`],
  enable_user: ({ actor, person }) => [`${actor} enabled ${person}’s account again`],
};

const isKnown = (action: string): action is AuditAction => Object.hasOwn(SENTENCES, action);

// The log's filter, in words.
const ACTION_LABELS: Record<AuditAction, string> = {
  submit: 'Submitted for review',
  send_back: 'Sent back to the writer',
  publish: 'Published',
  schedule: 'Scheduled',
  unpublish: 'Unpublished',
  archive: 'Archived',
  reopen: 'Reopened',
  publish_scheduled: 'Published on schedule',
  restore: 'Revision restored',
  mark_market_moving: 'Marked market-moving',
  unmark_market_moving: 'Unmarked market-moving',
  approve: 'Approved as second editor',
  create_user: 'Account added',
  change_role: 'Role changed',
  disable_user: 'Account disabled',
  enable_user: 'Account enabled',
};

/** An action as the log's filter names it; one it does not know, in its own words. */
export const auditActionLabel = (action: string) => (isKnown(action) ? ACTION_LABELS[action] : action.replaceAll('_', ' '));

/** The entry as one sentence; an action this module does not know still reads as one, never as raw JSON. */
/** The row as a sentence, its times in `timeZone` (the newsroom's). */
export function auditSentence(row: AuditSentenceRow, timeZone: string): SentencePart[] {
  const actor = row.actorName ?? (row.action === 'publish_scheduled' ? 'The scheduler' : 'The system');
  const subjectText = row.subject ?? `${row.entityType} ${row.entityId}`;
  const piece: SentencePart[] = row.entityType === 'article' ? ['‘', { text: subjectText, href: `/admin/pieces/${row.entityId}` }, '’'] : [subjectText];
  const context: Context = { actor, piece, person: subjectText, details: readDetails(row.details), timeZone };
  const parts = isKnown(row.action) ? SENTENCES[row.action](context) : [`${actor} recorded “${row.action.replaceAll('_', ' ')}” on `, ...piece];
  return [...parts.filter((part) => part !== ''), '.'];
}

/** The sentence as plain text (tests, and anywhere a link cannot go). */
export const sentenceText = (parts: SentencePart[]) => parts.map((part) => (typeof part === 'string' ? part : part.text)).join('');
