// The newsroom's workflow as one table: which move takes a piece from which statuses to which, and who may make
// it. The commands (lib/newsroom/pieces.ts) refuse any other move, and the editor offers exactly these buttons.
import type { StaffUser } from '@/db/queries/users';
import type { ArticleStatus } from '@/db/schema';

export type Status = ArticleStatus;
export type Move = 'submit' | 'send_back' | 'publish' | 'schedule' | 'unpublish' | 'archive' | 'reopen';

export const STATUS_LABELS: Record<Status, string> = { draft: 'Draft', in_review: 'In review', scheduled: 'Scheduled', published: 'Published', archived: 'Archived' };

type Rule = { from: readonly Status[]; to: Status; editorsOnly: boolean; done: string };

export const WORKFLOW: Record<Move, Rule> = {
  submit: { from: ['draft'], to: 'in_review', editorsOnly: false, done: 'submitted for review' },
  // Back to its writer with a note (lib/newsroom/review.ts).
  send_back: { from: ['in_review'], to: 'draft', editorsOnly: true, done: 'sent back' },
  publish: { from: ['draft', 'in_review', 'scheduled'], to: 'published', editorsOnly: true, done: 'published' },
  // Scheduling a scheduled piece again moves its time.
  schedule: { from: ['draft', 'in_review', 'scheduled'], to: 'scheduled', editorsOnly: true, done: 'scheduled' },
  unpublish: { from: ['published', 'scheduled'], to: 'draft', editorsOnly: true, done: 'unpublished' },
  archive: { from: ['draft', 'in_review', 'scheduled', 'published'], to: 'archived', editorsOnly: true, done: 'archived' },
  // An archived piece comes back as a draft, to be published again from there.
  reopen: { from: ['archived'], to: 'draft', editorsOnly: true, done: 'reopened' },
};

const isEditor = (user: Pick<StaffUser, 'role'>) => user.role !== 'writer';

/** Why `user` may not make `move` on a piece in `status`, or null when they may. */
export function refusal(move: Move, status: Status, user: Pick<StaffUser, 'role'>): string | null {
  const rule = WORKFLOW[move];
  if (rule.editorsOnly && !isEditor(user)) return 'Only editors can do that.';
  if (rule.from.includes(status)) return null;
  if (rule.to === status) return `This piece is already ${STATUS_LABELS[status].toLowerCase()}.`;
  return `A piece that is ${STATUS_LABELS[status].toLowerCase()} cannot be ${rule.done}.`;
}

/** The moves `user` may make on a piece in `status`, in the order the editor shows them. */
export const allowedMoves = (status: Status, user: Pick<StaffUser, 'role'>): Move[] =>
  (Object.keys(WORKFLOW) as Move[]).filter((move) => refusal(move, status, user) === null);
