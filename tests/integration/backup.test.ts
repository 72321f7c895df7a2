import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { db } from '@/db';
import { backupDatabase } from '@/db/backup';
import { listTables } from '@/db/backup-catalog';
import { restoreDatabase, RestoreRefused } from '@/db/restore';
import { auditLog, pieceDocuments, pieceNotes, piecePresence, signinFailures, slugRedirects, staffNotifications, staffSessions, users, viewClaims } from '@/db/schema';
import { seedDemoContent } from '@/lib/demo/seed';
import { createArticle } from '../support/fixtures';
import { createDatabase, dropDatabase, uniqueDatabaseName, withConnection } from '../support/database';

const serverUrl = inject('serverUrl');
const sourceUrl = process.env.DATABASE_URL!;
const created: string[] = [];
let dir: string;

async function emptyDatabase() {
  const name = uniqueDatabaseName('tw_restore');
  created.push(name);
  return createDatabase(serverUrl, name);
}

/** Every table's row count and a checksum of its whole contents (rows as text, in a fixed order). */
function fingerprint(url: string) {
  return withConnection(url, async (sql) => {
    const result: Record<string, { rows: number; checksum: string }> = {};
    for (const { name } of await listTables(sql)) {
      const [row] = await sql<{ rows: number; checksum: string }[]>`
        select count(*)::int as rows, md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as checksum from ${sql(name)} t`;
      result[name] = row!;
    }
    return result;
  });
}

/**
 * What a restore of a database with `fingerprint` holds: the same, but for the tables a backup leaves out: sessions
 * (staff sign in again, and none ended since the backup comes back) and the last half hour's view claims.
 */
const asRestored = (fingerprint: Record<string, { rows: number; checksum: string }>) => ({
  ...fingerprint,
  staff_sessions: { rows: 0, checksum: 'd41d8cd98f00b204e9800998ecf8427e' },
  view_claims: { rows: 0, checksum: 'd41d8cd98f00b204e9800998ecf8427e' },
});

/** A backup of this test's database, and a new database restored from it. */
async function backUpAndRestore(name: string) {
  const file = path.join(dir, `${name}.backup.gz`);
  await backupDatabase(sourceUrl, file);
  const target = await emptyDatabase();
  await restoreDatabase(target, file);
  return { file, target };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'tw-backup-'));
  await seedDemoContent(db, { withUsers: true });
  // Rows for the tables the demo leaves empty, and text that COPY must escape: tabs, backslashes, newlines,
  // a line that reads like the end-of-table marker, right-to-left and astral characters.
  const piece = await createArticle({ body: 'tab\there\nback\\slash\n\\.\nשלום 🚀 "quotes" \'single\'' });
  await db.insert(slugRedirects).values({ slug: `old-${piece.slug}`, articleId: piece.id });
  const [admin] = await db.select().from(users).limit(1);
  await db.insert(auditLog).values({ actorId: admin!.id, action: 'test', entityType: 'article', entityId: String(piece.id), details: { note: 'a\tb\\c' } });
  await db.insert(piecePresence).values({ articleId: piece.id, userId: admin!.id });
  await db.insert(signinFailures).values({ key: 'email:someone@example.test' });
  await db.insert(staffSessions).values({ id: 'a-session-id', userId: admin!.id, expiresAt: new Date(Date.now() + 3_600_000) });
  await db.insert(viewClaims).values({ reader: Buffer.alloc(16, 7), articleId: piece.id, expiresAt: new Date(Date.now() + 1_800_000) });
  // A shared document's bytes: every value from 0 to 255, as a Yjs update may hold them.
  await db.insert(pieceDocuments).values({ articleId: piece.id, state: Buffer.from(Array.from({ length: 256 }, (_, i) => i)) });
  const [thread] = await db.insert(pieceNotes).values({ articleId: piece.id, authorId: admin!.id, body: 'Check the\tfigure, @[Ada](user:1)\n', anchor: { from: 'AQID', to: 'BAUG' }, quote: 'tab\there' }).returning();
  await db.insert(pieceNotes).values({ articleId: piece.id, threadId: thread!.id, authorId: admin!.id, body: 'Done ✅' });
  await db.insert(staffNotifications).values({ userId: admin!.id, kind: 'mention', articleId: piece.id, noteId: thread!.id, actorId: admin!.id });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  for (const name of created) await dropDatabase(serverUrl, name);
});

describe('backup and restore', () => {
  it('round-trips every table: the same rows, the same contents', async () => {
    const before = await fingerprint(sourceUrl);
    expect(Object.keys(before).length).toBeGreaterThanOrEqual(15);
    for (const [table, { rows }] of Object.entries(before)) expect(rows, `${table} has rows to back up`).toBeGreaterThan(0);

    const { target } = await backUpAndRestore('round-trip');
    // Sessions are not restored (staff sign in again; none ended since the backup comes back), nor the last half
    // hour's view claims.
    expect(await fingerprint(target)).toEqual(asRestored(before));
  });

  it('carries on numbering where the original left off', async () => {
    const { target } = await backUpAndRestore('sequences');
    const [highest, inserted] = await withConnection(target, async (sql) => [
      (await sql<{ id: number }[]>`select max(id)::int as id from audit_log`)[0]!.id,
      (await sql<{ id: number }[]>`insert into audit_log (action, entity_type, entity_id) values ('after', 'article', '1') returning id::int`)[0]!.id,
    ]);
    expect(inserted).toBeGreaterThan(highest!);
  });

  it('refuses a database that holds data, and leaves it as it was', async () => {
    const file = path.join(dir, 'refused.backup.gz');
    await backupDatabase(sourceUrl, file);
    const before = await fingerprint(sourceUrl);

    await expect(restoreDatabase(sourceUrl, file)).rejects.toThrow(RestoreRefused);
    await expect(restoreDatabase(sourceUrl, file)).rejects.toThrow(/not empty.*--force/);
    expect(await fingerprint(sourceUrl)).toEqual(before);
  });

  it('with --force replaces what is there', async () => {
    const { file, target } = await backUpAndRestore('force');
    await withConnection(target, async (sql) => {
      await sql`delete from page_views`;
      await sql`update articles set title = 'Changed after the backup'`;
    });

    await restoreDatabase(target, file, { force: true });
    expect(await fingerprint(target)).toEqual(asRestored(await fingerprint(sourceUrl)));
  });

  it('never half-restores: a damaged file changes nothing, even with --force', async () => {
    const { file, target } = await backUpAndRestore('whole');
    const before = await fingerprint(target);

    // Cut off in the middle of the rows, after several tables have already been copied in.
    const text = gunzipSync(await readFile(file)).toString('utf8');
    const damaged = path.join(dir, 'damaged.backup.gz');
    await writeFile(damaged, gzipSync(text.slice(0, Math.floor(text.length * 0.8))));

    await expect(restoreDatabase(target, damaged, { force: true })).rejects.toThrow(/incomplete/);
    expect(await fingerprint(target)).toEqual(before);
  });

  it('refuses a file that is not a backup', async () => {
    const file = path.join(dir, 'not-a-backup.gz');
    await writeFile(file, gzipSync('{"hello":"world"}\n'));
    await expect(restoreDatabase(await emptyDatabase(), file)).rejects.toThrow(/not a Tickerwire backup/);
  });
});
