// The history of a piece: one revision per save (written by keepRevision in ./pieces.ts), newest first.
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { db } from '../index';
import { articleRevisions, auditLog, users } from '../schema';
import { z } from 'zod';
import type { RevisionSnapshot } from './pieces';

export type { RevisionSnapshot } from './pieces';

/** The editable fields as a save left them (keepRevisions in ./pieces.ts). */
const snapshotSchema = z.object({
  title: z.string(),
  slug: z.string(),
  dek: z.string(),
  keyPoints: z.array(z.string()),
  // Absent from revisions saved before the body document; its contents are validated where the body is used.
  bodyDoc: z.object({ type: z.literal('doc'), content: z.array(z.unknown()) }).nullable().default(null),
  body: z.string(),
  summary: z.string(),
  summarySource: z.enum(['editor', 'generated']),
  disclaimer: z.string(),
  categoryId: z.number().nullable(),
  authorId: z.number(),
  coverImageUrl: z.string().nullable(),
  coverImageAlt: z.string(),
  // Absent from revisions kept before tags and SEO fields were.
  tagNames: z.array(z.string()).optional(),
  seoTitle: z.string().nullable().optional(),
  seoDescription: z.string().nullable().optional(),
}) satisfies z.ZodType<RevisionSnapshot>;

export type RevisionSummary = Awaited<ReturnType<typeof listRevisions>>[number];

/** The newest `limit` revisions with who saved each and, for a restore, which version it brought back. */
export async function listRevisions(articleId: number, limit: number) {
  return db
    .select({
      version: articleRevisions.version,
      savedAt: articleRevisions.createdAt,
      savedBy: users.name,
      restoredFrom: sql<number | null>`(${auditLog.details} ->> 'fromVersion')::int`,
      total: sql<number>`(count(*) over ())::int`,
    })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.editorId))
    .leftJoin(
      auditLog,
      and(
        eq(auditLog.entityType, 'article'),
        eq(auditLog.entityId, sql`${articleRevisions.articleId}::text`),
        eq(auditLog.action, 'restore'),
        sql`(${auditLog.details} ->> 'version')::int = ${articleRevisions.version}`,
      ),
    )
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.version))
    .limit(limit);
}

/** The saved fields of the given versions of a piece, by version; versions that do not exist are absent. */
export async function getRevisionSnapshots(articleId: number, versions: number[]): Promise<Map<number, RevisionSnapshot>> {
  const rows = await db
    .select({ version: articleRevisions.version, snapshot: articleRevisions.snapshot })
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, articleId), inArray(articleRevisions.version, versions)));
  return new Map(rows.map((r) => [r.version, snapshotSchema.parse(r.snapshot)]));
}
