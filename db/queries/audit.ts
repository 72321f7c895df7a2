// The audit log: written inside the transaction of the change it records, read by admins.
import { asc, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { db } from '../index';
import { articles, auditLog, users } from '../schema';

export type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

// Every action the log records; lib/newsroom/audit-sentences.ts has a sentence for each (a unit test holds it to that).
// The first seven are the workflow's moves (lib/newsroom/workflow.ts), recorded under their own names.
export const AUDIT_ACTIONS = [
  'submit', 'send_back', 'publish', 'schedule', 'unpublish', 'archive', 'reopen', 'publish_scheduled', 'restore',
  'mark_market_moving', 'unmark_market_moving', 'approve',
  'create_user', 'change_role', 'disable_user', 'enable_user',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

// actorId is null when the system acted (the scheduler publishing a piece).
export type AuditEntry = { actorId: number | null; action: AuditAction; entityType: string; entityId: number; details: Record<string, unknown> };

export async function recordAudit(tx: Tx, { entityId, ...entry }: AuditEntry) {
  await tx.insert(auditLog).values({ ...entry, entityId: String(entityId) });
}

const actor = alias(users, 'actor');
const subjectUser = alias(users, 'subject_user');
// The CASE keeps the cast away from other entities' ids and lets each join use the primary key.
const entityKey = (type: string) => sql<number>`case when ${auditLog.entityType} = ${type} then ${auditLog.entityId}::int end`;

export type AuditRow = Awaited<ReturnType<typeof listAuditEntries>>['rows'][number];

/** One page of the log, newest first; `hasNext` says whether an older page exists. */
export async function listAuditEntries(filter: { action?: string }, { limit, offset }: { limit: number; offset: number }) {
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      details: auditLog.details,
      actorName: actor.name,
      subject: sql<string | null>`coalesce(${subjectUser.name}, ${articles.title})`,
    })
    .from(auditLog)
    .leftJoin(actor, eq(actor.id, auditLog.actorId))
    .leftJoin(subjectUser, eq(subjectUser.id, entityKey('user')))
    .leftJoin(articles, eq(articles.id, entityKey('article')))
    .where(filter.action ? eq(auditLog.action, filter.action) : undefined)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit + 1)
    .offset(offset);
  return { rows: rows.slice(0, limit), hasNext: rows.length > limit };
}

export async function listAuditActions(): Promise<string[]> {
  const rows = await db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(asc(auditLog.action));
  return rows.map((r) => r.action);
}
