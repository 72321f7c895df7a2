// Issue 6, "Bad input": every field of every newsroom command takes a generated corpus of hostile values, called
// as an admin with the rest of the input valid. Each call answers with an ActionState, a refusal changes nothing,
// and text that is accepted is stored exactly as sent (after the trimming the form promises).
import { eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { db } from '@/db';
import { getActiveUser, getPasswordHash, setPasswordHash, type StaffUser } from '@/db/queries/users';
import { articles, users } from '@/db/schema';
import type { Command } from '@/lib/auth/actions';
import { changePassword } from '@/lib/newsroom/account';
import { archivePiece, publishPiece, savePieceCommand, schedulePiece, submitForReview, unpublishPiece } from '@/lib/newsroom/pieces';
import { heartbeatCommand } from '@/lib/newsroom/presence';
import { restoreRevision } from '@/lib/newsroom/revisions';
import { changeUserRole, createUser, disableUser, enableUser } from '@/lib/newsroom/users';
import { hashPassword, verifyPassword } from '@/lib/password';
import { createArticle, createAuthor, createCategory } from '../support/fixtures';
import { HOSTILE_NUMBERS, HOSTILE_SEED, HOSTILE_TEXTS, hostileJsonList, hostileNumber, hostileValue } from '../support/hostile-corpus';

const PASSWORD = 'a long enough password';
let admin: StaffUser;
let passwordHash: string;
let categoryId: number;
const outcomes = { refused: 0, accepted: 0 };

const actionState = z.strictObject({
  ok: z.string().optional(), error: z.string().optional(), status: z.literal([401, 403, 404, 409, 422]).optional(),
  fieldErrors: z.record(z.string(), z.array(z.string()).optional()).optional(), data: z.record(z.string(), z.unknown()).optional(),
});

const tables = ['users', 'authors', 'categories', 'tags', 'articles', 'article_tags', 'slug_redirects', 'article_revisions', 'audit_log', 'piece_presence'];

/** Everything a command could change, to prove a refused one changed nothing. */
async function snapshot() {
  const digests = tables.map((table) => sql`(select md5(coalesce(string_agg(t::text, ',' order by t::text), '')) from ${sql.identifier(table)} t)`);
  const [row] = await db.execute<{ digest: string }>(sql`select concat_ws('|', ${sql.join(digests, sql`, `)}) as digest`);
  return row!.digest;
}

const uniqueEmail = () => `hostile-${Math.random().toString(36).slice(2)}@example.test`;
const addWriter = async (disabled = false) => (await db.insert(users).values({ email: uniqueEmail(), name: 'Target', role: 'writer', disabled, passwordHash }).returning())[0]!.id;
const draft = async () => createArticle({ status: 'draft', categoryId, authorId: admin.authorId! });
const published = async () => createArticle({ status: 'published', categoryId, authorId: admin.authorId!, coverImageUrl: '/covers/bitcoin-1.jpg', coverImageAlt: 'A coin.' });

// How accepted text is stored: trimmed like the form trims it, or kept byte for byte (the Markdown body).
// Undefined: not checked (an empty slug keeps the old one, an empty summary is generated).
const trimmed = (value: string) => value.trim();
const optional = (value: string) => value.trim() || null;
const unlessEmpty = (value: string) => value.trim() || undefined;
const list = (value: string) => (JSON.parse(value) as string[]).map((item) => item.trim());
const pieceText: Record<string, [column: keyof typeof articles.$inferSelect, stored: (value: string) => unknown]> = {
  title: ['title', trimmed], dek: ['dek', trimmed], disclaimer: ['disclaimer', trimmed], coverImageAlt: ['coverImageAlt', trimmed],
  slug: ['slug', unlessEmpty], summary: ['summary', unlessEmpty], body: ['body', (value) => value], keyPoints: ['keyPoints', list],
  seoTitle: ['seoTitle', optional], seoDescription: ['seoDescription', optional], correctionNote: ['revisionNote', optional],
};

/** What a field is sent: the hand-picked examples first, then generated values. */
type Kind = { values: fc.Arbitrary<unknown>; examples: unknown[] };
const textField: Kind = { values: hostileValue, examples: HOSTILE_TEXTS };
// Ids and versions: mostly numbers that are not ids (negative, fractional, past the integer column's range).
const idField: Kind = { values: fc.oneof(hostileNumber, hostileValue), examples: HOSTILE_NUMBERS };
const listField: Kind = { values: hostileJsonList, examples: HOSTILE_TEXTS.map((item) => JSON.stringify([item])) };
const dateField: Kind = {
  values: fc.oneof(hostileValue, fc.date({ noInvalidDate: true }).map((d) => d.toISOString())),
  examples: [...HOSTILE_NUMBERS, '+275760-09-13T00:00:00.000Z', '+010000-01-01T00:00:00.000Z', '2100-02-30', '9999-12-31T23:59:60Z'],
};

type Case = {
  command: string;
  run: Command;
  fields: Record<string, Kind>;
  /** Input the command accepts; the field under test is then replaced by a hostile value. */
  valid: () => Promise<Record<string, unknown>>;
  /** Confirms an accepted value was stored as sent. */
  roundTrip?: (input: Record<string, unknown>, field: string) => Promise<void>;
  /** Generated values per field, after the examples. */
  generated?: number;
};

const idAndVersion = async (piece: Promise<{ id: number; version: number }>) => ({ id: (await piece).id, version: (await piece).version });
const transition = (command: string, run: Command, piece: () => Promise<{ id: number; version: number }>): Case => ({ command, run, fields: { id: idField, version: idField }, valid: () => idAndVersion(piece()) });

const cases: Case[] = [
  {
    command: 'save a piece',
    run: savePieceCommand,
    fields: {
      ...Object.fromEntries(['id', 'version', 'categoryId', 'authorId'].map((field) => [field, idField])),
      ...Object.fromEntries(['title', 'slug', 'dek', 'body', 'summary', 'disclaimer', 'seoTitle', 'seoDescription', 'correctionNote', 'coverImageUrl', 'coverImageAlt'].map((field) => [field, textField])),
      keyPoints: listField,
      tags: listField,
    },
    // A published piece, so that a correction note is kept too.
    valid: async () => {
      const piece = await published();
      return { id: piece.id, version: piece.version, title: 'A headline', dek: 'A dek.', keyPoints: '["One."]', tags: '["bitcoin"]', body: 'Body.', categoryId, coverImageUrl: piece.coverImageUrl, coverImageAlt: 'A coin.' };
    },
    roundTrip: async (input, field) => {
      const value = input[field];
      const expected = typeof value === 'string' ? pieceText[field]?.[1](value) : undefined;
      if (expected === undefined) return;
      const [row] = await db.select().from(articles).where(eq(articles.id, input.id as number));
      expect(row![pieceText[field]![0]], `${field} stored as sent`).toEqual(expected);
    },
  },
  transition('submit for review', submitForReview, draft),
  transition('publish', publishPiece, draft),
  transition('unpublish', unpublishPiece, published),
  transition('archive', archivePiece, published),
  {
    command: 'schedule',
    run: schedulePiece,
    fields: { id: idField, version: idField, at: dateField },
    valid: async () => ({ ...(await idAndVersion(draft())), at: new Date(Date.now() + 3_600_000).toISOString() }),
    roundTrip: async (input, field) => {
      if (field !== 'at') return;
      const [row] = await db.select({ scheduledFor: articles.scheduledFor }).from(articles).where(eq(articles.id, input.id as number));
      expect(row!.scheduledFor!.getTime()).toBe(new Date(input.at as string).getTime());
    },
  },
  {
    command: 'restore a revision',
    run: restoreRevision,
    fields: { id: idField, version: idField, revision: idField },
    valid: async () => {
      const saved = await savePieceCommand(admin, { title: `First text ${Math.random()}`, keyPoints: '["One."]', tags: '[]', categoryId });
      return { id: saved.data!.id, version: 1, revision: 1 };
    },
  },
  { command: 'mark present', run: heartbeatCommand, fields: { id: idField }, valid: async () => ({ id: (await draft()).id }) },
  {
    command: 'create a user',
    run: createUser,
    fields: { name: textField, email: textField, role: textField, password: textField, withAuthor: textField },
    valid: async () => ({ name: 'Nina Novak', email: uniqueEmail(), role: 'writer', password: PASSWORD, withAuthor: 'on' }),
    roundTrip: async (input, field) => {
      const email = String(input.email).trim().toLowerCase();
      const [row] = await db.select({ name: users.name, email: users.email }).from(users).where(eq(users.email, email));
      expect(row, `a user was created for ${field}`).toBeDefined();
      if (field === 'name') expect(row!.name).toBe(String(input.name).trim());
    },
    generated: 5,
  },
  { command: 'change a role', run: changeUserRole, fields: { id: idField, role: textField }, valid: async () => ({ id: await addWriter(), role: 'editor' }) },
  { command: 'disable a user', run: disableUser, fields: { id: idField }, valid: async () => ({ id: await addWriter() }) },
  { command: 'enable a user', run: enableUser, fields: { id: idField }, valid: async () => ({ id: await addWriter(true) }) },
  {
    command: 'change one’s password',
    run: changePassword,
    fields: { current: textField, next: textField, confirm: textField },
    valid: async () => ({ current: PASSWORD, next: 'another long password', confirm: 'another long password' }),
    roundTrip: async (input) => {
      expect(await verifyPassword((await getPasswordHash(admin.id))!, input.next as string)).toBe(true);
      // Put back, so that the next call's current password is right again.
      await setPasswordHash(admin.id, passwordHash);
    },
    generated: 5,
  },
];

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
  categoryId = (await createCategory()).id;
  const [row] = await db.insert(users).values({ email: uniqueEmail(), name: 'Hostile Admin', role: 'admin', passwordHash }).returning();
  await createAuthor({ userId: row!.id });
  admin = (await getActiveUser(row!.id))!;
});

const fieldCount = cases.reduce((n, c) => n + Object.keys(c.fields).length, 0);
afterAll(() => console.log(`hostile-commands: ${outcomes.refused + outcomes.accepted} inputs tried against ${fieldCount} fields of ${cases.length} commands: ${outcomes.refused} refused with the database unchanged, ${outcomes.accepted} accepted`));

describe.each(cases)('$command', ({ run, fields, valid, roundTrip, generated = 10 }) => {
  it.each(Object.keys(fields))('answers hostile %s values and changes nothing when it refuses', async (field) => {
    // A refusal changes nothing, so the valid input and the snapshot carry over to the next value until one is accepted.
    let carried: { base: Record<string, unknown>; before: string } | null = null;
    const { values, examples } = fields[field]!;
    await fc.assert(
      fc.asyncProperty(values, async (value) => {
        const base = carried?.base ?? (await valid());
        const before = carried?.before ?? (await snapshot());
        const input = { ...base, [field]: value };
        // Both new-password fields carry the value, or every new password would be refused as a mismatch.
        if (field === 'next') input.confirm = value;
        const result = actionState.parse(await run(admin, input));
        if (result.error !== undefined || result.status !== undefined) {
          expect(await snapshot(), `refused ${JSON.stringify(result)}`).toBe(before);
          carried = { base, before };
          outcomes.refused++;
        } else {
          await roundTrip?.(input, field);
          carried = null;
          outcomes.accepted++;
        }
      }),
      { seed: HOSTILE_SEED, numRuns: examples.length + generated, endOnFailure: true, examples: examples.map((example) => [example]) },
    );
  });
});
