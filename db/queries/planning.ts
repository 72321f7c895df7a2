// Planning (the story budget): pieces assigned, with a due time and a planned publication time, before anyone
// writes a word. Assigning someone tells them in the same transaction.
import { and, asc, eq, isNotNull, ne, or, sql } from 'drizzle-orm';
import { db } from '../index';
import { articles, users } from '../schema';
import { notify } from './notifications';
import type { PiecePlan } from './pieces';

/**
 * Changes a piece's plan; a new assignee is told. The piece's version stays: a plan is not its text, and the
 * writer's open editor must not see it as someone else's save. False when the piece is gone.
 */
export async function updatePiecePlan(id: number, plan: PiecePlan, actorId: number): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select({ assigneeId: articles.assigneeId }).from(articles).where(eq(articles.id, id)).for('update');
    if (!before) return false;
    await tx.update(articles).set(plan).where(eq(articles.id, id));
    if (before.assigneeId !== plan.assigneeId) await notify(tx, [plan.assigneeId], { kind: 'assigned', articleId: id, actorId });
    return true;
  });
}

// The same predicate as articles_planned_idx, so the budget is read from that index.
const isPlanned = or(isNotNull(articles.assigneeId), isNotNull(articles.dueAt), isNotNull(articles.plannedFor));

export type BudgetRow = Awaited<ReturnType<typeof listBudget>>[number];

/**
 * The story budget: planned pieces not archived, soonest due first (then soonest planned, then oldest); a draft past
 * its due time is overdue. `assigneeId` narrows it to one writer's assignments.
 */
export async function listBudget({ assigneeId }: { assigneeId?: number } = {}) {
  return db
    .select({
      id: articles.id,
      slugLine: articles.slugLine,
      title: articles.title,
      status: articles.status,
      assignee: users.name,
      dueAt: articles.dueAt,
      plannedFor: articles.plannedFor,
      overdue: sql<boolean>`coalesce(${articles.status} = 'draft' and ${articles.dueAt} < now(), false)`,
    })
    .from(articles)
    .leftJoin(users, eq(users.id, articles.assigneeId))
    .where(and(isPlanned, ne(articles.status, 'archived'), assigneeId === undefined ? undefined : eq(articles.assigneeId, assigneeId)))
    .orderBy(sql`${articles.dueAt} asc nulls last`, sql`${articles.plannedFor} asc nulls last`, asc(articles.id));
}
