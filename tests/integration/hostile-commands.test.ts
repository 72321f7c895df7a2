// Issue 6, "Bad input": every field of every newsroom command takes a generated corpus of hostile values, called
// as an admin with the rest of the input valid. Each call answers with an ActionState, a refusal changes nothing,
// and an accepted one changes exactly what the command stores, nothing else: text as sent (after the trimming the
// form promises), each row compared before and after.
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { db } from '@/db';
import { getActiveUser, getPasswordHash, setPasswordHash, type StaffUser } from '@/db/queries/users';
import { users, type StoredDocument } from '@/db/schema';
import type { Command } from '@/lib/auth/actions';
import { DEFAULT_DISCLAIMER } from '@/lib/content/editorial';
import { slugify, tagSlug } from '@/db/slugs';
import { bodyColumns, readStoredDocument } from '@/lib/content/body';
import type { BodyDocument } from '@/lib/content/document/types';
import { markdownToDocument } from '@/lib/content/document/markdown';
import { parseBodyDocument } from '@/lib/content/document/validate';
import { changePassword } from '@/lib/newsroom/account';
import { archivePiece, publishPiece, savePieceCommand, schedulePiece, submitForReview, unpublishPiece } from '@/lib/newsroom/pieces';
import { updatePlan } from '@/lib/newsroom/planning';
import { heartbeatCommand } from '@/lib/newsroom/presence';
import { restoreRevision } from '@/lib/newsroom/revisions';
import { changeUserRole, createUser, disableUser, enableUser } from '@/lib/newsroom/users';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { summarise } from '@/lib/content/summarise';
import { changesBetween, readDatabase, type DatabaseRows } from '../support/database-changes';
import { createArticle, createAuthor, createCategory } from '../support/fixtures';
import { HOSTILE_BODY_DOCUMENTS, HOSTILE_NUMBERS, HOSTILE_SEED, HOSTILE_TEXTS, hostileBodyDocument, hostileJsonList, hostileNumber, hostileValue } from '../support/hostile-corpus';
import { unsafeBodyHtml } from '../support/safe-html';

const PASSWORD = 'a long enough password';
let admin: StaffUser;
let passwordHash: string;
let categoryId: number;
const outcomes = { refused: 0, accepted: 0, pages: 0 };

const actionState = z.strictObject({
  ok: z.string().optional(), error: z.string().optional(), status: z.literal([401, 403, 404, 409, 422]).optional(),
  fieldErrors: z.record(z.string(), z.array(z.string()).optional()).optional(), data: z.record(z.string(), z.unknown()).optional(),
});

type Row = Record<string, unknown>;
type Stored = { input: Record<string, unknown>; before: DatabaseRows; after: DatabaseRows };

const uniqueEmail = () => `hostile-${Math.random().toString(36).slice(2)}@example.test`;
const addWriter = async (disabled = false) => (await db.insert(users).values({ email: uniqueEmail(), name: 'Target', role: 'writer', disabled, passwordHash }).returning())[0]!.id;
const draft = async () => createArticle({ status: 'draft', categoryId, authorId: admin.authorId! });
const published = async () => createArticle({ status: 'published', categoryId, authorId: admin.authorId!, coverImageUrl: '/covers/bitcoin-1.jpg', coverImageAlt: 'A coin.' });

/** A value matched by a predicate, named for the failure message. */
const matching = (name: string, test: (value: unknown) => boolean) => ({ asymmetricMatch: test, toString: () => name, toAsymmetricMatcher: () => name });
// Postgres' clock and ours are the same machine's: "now" is within a minute.
const recent = matching('a time within the last minute', (value) => typeof value === 'string' && Math.abs(Date.parse(value) - Date.now()) < 60_000);
const instant = (date: Date) => matching(date.toISOString(), (value) => typeof value === 'string' && Date.parse(value) === date.getTime());
const anyId = expect.any(Number);
const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

const rowOf = (rows: DatabaseRows, table: string, key: unknown) => rows.get(table)!.get(String(key));
const rowsOf = (rows: DatabaseRows, table: string, where: (row: Row) => boolean) => [...rows.get(table)!.values()].filter(where);
/** The new values of the columns a command sets in a row: those equal to the old values drop out, as they do from the changes read. */
const updated = (before: Row, values: Row) => Object.fromEntries(Object.entries(values).filter(([column, value]) => JSON.stringify(value) !== JSON.stringify(before[column])));
const audit = (action: string, entityType: string, entityId: number, details: Row) => ({ id: anyId, at: recent, action, actor_id: admin.id, entity_type: entityType, entity_id: String(entityId), details });

// How the form reads its fields: trimmed text (or the default when the field is absent), lists as JSON.
const text = (input: Record<string, unknown>, field: string, absent = '') => (typeof input[field] === 'string' ? (input[field] as string).trim() : absent);
const list = (input: Record<string, unknown>, field: string) => (JSON.parse(text(input, field, '[]')) as string[]).map((item) => item.trim());

/** The document a save stores: the editor's, validated, or when none is sent the Markdown body imported. */
function sentDocument(input: Record<string, unknown>): BodyDocument {
  if (input.bodyDoc === undefined) return markdownToDocument(typeof input.body === 'string' ? input.body : '');
  let sent: ReturnType<typeof parseBodyDocument>;
  try {
    sent = parseBodyDocument(JSON.parse(input.bodyDoc as string));
  } catch {
    sent = { ok: false, error: 'not JSON' };
  }
  // A document sent but not valid must be refused: accepting it is the failure, whatever was stored.
  if (!sent.ok) throw new Error(`a save accepted a body that is not a valid document (${sent.error})`);
  return sent.doc;
}

/** A body's columns as a save stores them, from its document. */
function storedBody(doc: BodyDocument): Row {
  const columns = bodyColumns(doc);
  return { body_doc: columns.bodyDoc, body: columns.body, body_html: columns.bodyHtml, body_html_renderer: columns.bodyHtmlRenderer };
}

/** What saving `values` (columns as they are named in the database) over a piece stores: the row, a revision, its tags, a redirect from its old address. */
function pieceSaved({ before, after }: Stored, id: number, values: Row, tagNames: string[]) {
  const old = rowOf(before, 'articles', id)!;
  const next: Row = { ...old, ...values, version: (old.version as number) + 1 };
  // Tags: by slug, one per slug, created when new (an existing tag keeps its name); the piece's links replaced by these.
  const slugs = [...new Map(tagNames.map((name) => [tagSlug(name), name.trim()])).entries()];
  const tagOf = (slug: string) => rowsOf(after, 'tags', (row) => row.slug === slug)[0];
  // The revision lists them by name in the database's collation, which a test need not reproduce.
  const linkedNames = slugs.map(([slug]) => tagOf(slug)?.name);
  const changes: Row = {
    [`articles ${id}`]: updated(old, { ...values, version: next.version, updated_at: recent, search: expect.any(String) }),
    '+article_revisions': [{
      id: anyId, article_id: id, version: next.version, editor_id: admin.id, created_at: recent,
      snapshot: {
        title: next.title, slug: next.slug, dek: next.dek, keyPoints: next.key_points, bodyDoc: next.body_doc, body: next.body, summary: next.summary, summarySource: next.summary_source,
        disclaimer: next.disclaimer, categoryId: next.category_id, authorId: next.author_id, coverImageUrl: next.cover_image_url, coverImageAlt: next.cover_image_alt,
        seoTitle: next.seo_title, seoDescription: next.seo_description, tagNames: linkedNames.length ? expect.arrayContaining(linkedNames) : [],
      },
    }],
  };
  if (next.slug !== old.slug && old.status === 'published') changes['+slug_redirects'] = [{ slug: old.slug, article_id: id, created_at: recent }];
  const redirected = rowsOf(before, 'slug_redirects', (row) => row.slug === next.slug);
  if (redirected.length) changes['-slug_redirects'] = redirected;
  const newTags = slugs.filter(([slug]) => !rowsOf(before, 'tags', (row) => row.slug === slug).length);
  if (newTags.length) changes['+tags'] = newTags.map(([slug, name]) => ({ id: tagOf(slug)?.id, slug, name, coin_symbol: null })).sort((a, b) => Number(a.id) - Number(b.id));
  const links = (rows: DatabaseRows) => rowsOf(rows, 'article_tags', (row) => row.article_id === id);
  const linked = slugs.map(([slug]) => ({ article_id: id, tag_id: tagOf(slug)?.id }));
  const gone = links(before).filter((row) => !linked.some((link) => link.tag_id === row.tag_id));
  const added = linked.filter((link) => !links(before).some((row) => row.tag_id === link.tag_id)).sort((a, b) => Number(a.tag_id) - Number(b.tag_id));
  if (gone.length) changes['-article_tags'] = gone;
  if (added.length) changes['+article_tags'] = added;
  return changes;
}

/** What a move of the workflow stores: the status (and a time), a new version, an audit entry. */
const moved = (action: string, status: string, values: Row = {}, details: Row = {}) => ({ input, before }: Stored) => {
  const id = Number(input.id);
  const old = rowOf(before, 'articles', id)!;
  return {
    [`articles ${id}`]: updated(old, { status, ...values, version: (old.version as number) + 1, updated_at: recent }),
    '+audit_log': [audit(action, 'article', id, { status, ...details })],
  };
};

/** What a change to an account stores: the column, an audit entry and, when disabled, the end of its sessions; nothing when it already had that value. */
const accountChanged = (column: 'role' | 'disabled', action: string, describe: (value: unknown) => unknown, value: (input: Record<string, unknown>) => unknown) => ({ input, before }: Stored) => {
  const id = Number(input.id);
  const old = rowOf(before, 'users', id)!;
  const to = value(input);
  if (old[column] === to) return {};
  const sessions = to === true ? rowsOf(before, 'staff_sessions', (row) => row.user_id === id) : [];
  return {
    [`users ${id}`]: { [column]: to, updated_at: recent },
    '+audit_log': [audit(action, 'user', id, { from: describe(old[column]), to: describe(to) })],
    ...(sessions.length ? { '-staff_sessions': sessions } : {}),
  };
};
const access = (disabled: unknown) => (disabled ? 'disabled' : 'active');

/** What a field is sent: the hand-picked examples first, then generated values (the case's number unless the field names one). */
type Kind = { values: fc.Arbitrary<unknown>; examples: unknown[]; generated?: number };
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
  /** Every change an accepted input makes to the database, as changesBetween reports it: nothing else may change. */
  stores: (stored: Stored) => Row;
  /** Checks of what the changes cannot show (a password's hash), and undoing what the next input relies on. */
  afterwards?: (input: Record<string, unknown>) => Promise<void>;
  /** Generated values per field, after the examples. */
  generated?: number;
};

const idAndVersion = async (piece: Promise<{ id: number; version: number }>) => ({ id: (await piece).id, version: (await piece).version });
const transition = (command: string, run: Command, piece: () => Promise<{ id: number; version: number }>, stores: Case['stores']): Case => ({ command, run, fields: { id: idField, version: idField }, valid: () => idAndVersion(piece()), stores });

const cases: Case[] = [
  {
    command: 'save a piece',
    run: savePieceCommand,
    fields: {
      ...Object.fromEntries(['id', 'version', 'categoryId', 'authorId'].map((field) => [field, idField])),
      ...Object.fromEntries(['title', 'slug', 'dek', 'body', 'summary', 'disclaimer', 'seoTitle', 'seoDescription', 'correctionNote', 'coverImageUrl', 'coverImageAlt'].map((field) => [field, textField])),
      keyPoints: listField,
      tags: listField,
      bodyDoc: { values: hostileBodyDocument, examples: HOSTILE_BODY_DOCUMENTS, generated: 60 },
    },
    // A published piece, so that a correction note is kept too.
    valid: async () => {
      const piece = await published();
      return { id: piece.id, version: piece.version, title: 'A headline', dek: 'A dek.', keyPoints: '["One."]', tags: '["bitcoin"]', body: 'Body.', categoryId, coverImageUrl: piece.coverImageUrl, coverImageAlt: 'A coin.' };
    },
    // Stored as sent, after the trimming the form promises; the editor's document as validated, or else Markdown
    // sent as the body imported as a document.
    stores: (stored) => {
      const { input, before } = stored;
      const id = Number(input.id);
      const old = rowOf(before, 'articles', id)!;
      const body = storedBody(sentDocument(input));
      // An editor's summary wins; an empty one (or the generated one sent back) is generated from the body.
      const sent = text(input, 'summary');
      const own = old.summary_source === 'generated' && sent === old.summary ? '' : sent;
      const cover = text(input, 'coverImageUrl');
      const note = old.status === 'published' ? text(input, 'correctionNote') : '';
      return pieceSaved(stored, id, {
        title: text(input, 'title'),
        // Once published, the address changes only when one is typed.
        slug: text(input, 'slug') || old.slug,
        dek: text(input, 'dek'),
        key_points: list(input, 'keyPoints'),
        ...body,
        summary: own || summarise(body.body as string),
        summary_source: own ? 'editor' : 'generated',
        disclaimer: text(input, 'disclaimer', DEFAULT_DISCLAIMER),
        category_id: input.categoryId ? Number(input.categoryId) : null,
        author_id: input.authorId === undefined ? old.author_id : Number(input.authorId),
        seo_title: text(input, 'seoTitle') || null,
        seo_description: text(input, 'seoDescription') || null,
        ...(note ? { revision_note: note, revised_at: recent } : {}),
        cover_image_url: cover || null,
        cover_image_alt: cover ? text(input, 'coverImageAlt') : '',
      }, list(input, 'tags'));
    },
  },
  transition('submit for review', submitForReview, draft, moved('submit', 'in_review')),
  transition('publish', publishPiece, draft, moved('publish', 'published', { scheduled_for: null, published_at: recent })),
  transition('unpublish', unpublishPiece, published, moved('unpublish', 'draft', { scheduled_for: null })),
  transition('archive', archivePiece, published, moved('archive', 'archived', { scheduled_for: null })),
  {
    command: 'schedule',
    run: schedulePiece,
    fields: { id: idField, version: idField, at: dateField },
    valid: async () => ({ ...(await idAndVersion(draft())), at: new Date(Date.now() + 3_600_000).toISOString() }),
    stores: (stored) => {
      const at = new Date(stored.input.at as string);
      return moved('schedule', 'scheduled', { scheduled_for: instant(at) }, { scheduledFor: at.toISOString() })(stored);
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
    // The revision's text over the piece, which keeps its address, tags and SEO fields, as a new version.
    stores: (stored) => {
      const id = Number(stored.input.id);
      const revision = Number(stored.input.revision);
      const old = rowOf(stored.before, 'articles', id)!;
      const snapshot = rowsOf(stored.before, 'article_revisions', (row) => row.article_id === id && row.version === revision)[0]!.snapshot as Row;
      const tagNames = rowsOf(stored.before, 'article_tags', (row) => row.article_id === id).map((link) => rowOf(stored.before, 'tags', link.tag_id)!.name as string);
      return {
        ...pieceSaved(stored, id, {
          title: snapshot.title, dek: snapshot.dek, key_points: snapshot.keyPoints, ...storedBody(readStoredDocument(snapshot.bodyDoc as StoredDocument, snapshot.body as string)), summary: snapshot.summary, summary_source: snapshot.summarySource,
          disclaimer: snapshot.disclaimer, category_id: snapshot.categoryId, author_id: snapshot.authorId, cover_image_url: snapshot.coverImageUrl, cover_image_alt: snapshot.coverImageAlt,
        }, tagNames),
        '+audit_log': [audit('restore', 'article', id, { fromVersion: revision, version: (old.version as number) + 1 })],
      };
    },
  },
  {
    command: 'mark present',
    run: heartbeatCommand,
    fields: { id: idField },
    valid: async () => ({ id: (await draft()).id }),
    stores: ({ input, before }) => {
      const id = Number(input.id);
      return rowOf(before, 'piece_presence', `${id} ${admin.id}`)
        ? { [`piece_presence ${id} ${admin.id}`]: { seen_at: recent } }
        : { '+piece_presence': [{ article_id: id, user_id: admin.id, seen_at: recent }] };
    },
  },
  {
    command: 'change a piece’s plan',
    run: updatePlan,
    fields: { id: idField, slugLine: textField, assigneeId: idField, dueAt: dateField, plannedFor: dateField },
    valid: async () => ({ id: (await draft()).id, slugLine: 'etf-flows', assigneeId: await addWriter(), dueAt: inHours(3), plannedFor: inHours(5) }),
    // The four planning columns (the version stays: a plan is not the text), and a notification to a new assignee.
    stores: ({ input, before }) => {
      const id = Number(input.id);
      const old = rowOf(before, 'articles', id)!;
      const assignee = Number(input.assigneeId);
      const at = (field: string) => (text(input, field) ? new Date(text(input, field)) : null);
      const sameInstant = (stored: unknown, sent: Date | null) => (stored === null ? sent === null : sent !== null && Date.parse(stored as string) === sent.getTime());
      const values: Row = {};
      if (old.slug_line !== text(input, 'slugLine')) values.slug_line = text(input, 'slugLine');
      if (old.assignee_id !== assignee) values.assignee_id = assignee;
      for (const [column, field] of [['due_at', 'dueAt'], ['planned_for', 'plannedFor']] as const) {
        const sent = at(field);
        if (!sameInstant(old[column], sent)) values[column] = sent && instant(sent);
      }
      const told = old.assignee_id !== assignee && assignee !== admin.id;
      return {
        ...(Object.keys(values).length ? { [`articles ${id}`]: values } : {}),
        ...(told ? { '+staff_notifications': [{ id: anyId, user_id: assignee, kind: 'assigned', article_id: id, note_id: null, actor_id: admin.id, created_at: recent, read_at: null }] } : {}),
      };
    },
  },
  {
    command: 'create a user',
    run: createUser,
    fields: { name: textField, email: textField, role: textField, password: textField, withAuthor: textField },
    valid: async () => ({ name: 'Nina Novak', email: uniqueEmail(), role: 'writer', password: PASSWORD, withAuthor: 'on' }),
    stores: ({ input, before, after }) => {
      const email = text(input, 'email').toLowerCase();
      const name = text(input, 'name');
      const id = rowsOf(after, 'users', (row) => row.email === email)[0]?.id as number;
      // The author's slug is the name's, or the first of name-2, name-3… that is free.
      const base = slugify(name);
      const taken = new Set(rowsOf(before, 'authors', () => true).map((row) => row.slug));
      let slug = base;
      for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
      const withAuthor = input.withAuthor === 'on';
      return {
        '+users': [{ id, email, name, role: input.role, disabled: false, password_hash: expect.stringMatching(/^\$argon2id\$/), created_at: recent, updated_at: recent }],
        ...(withAuthor ? { '+authors': [{ id: anyId, user_id: id, name, slug, bio: '', avatar_url: null, created_at: recent, updated_at: recent }] } : {}),
        '+audit_log': [audit('create_user', 'user', id, { email, role: input.role, authorSlug: withAuthor ? slug : null })],
      };
    },
    afterwards: async (input) => {
      const email = String(input.email).trim().toLowerCase();
      const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
      expect(await verifyPassword((await getPasswordHash(row!.id))!, input.password as string), 'the password signs them in').toBe(true);
    },
    generated: 5,
  },
  { command: 'change a role', run: changeUserRole, fields: { id: idField, role: textField }, valid: async () => ({ id: await addWriter(), role: 'editor' }), stores: accountChanged('role', 'change_role', (role) => role, (input) => input.role) },
  { command: 'disable a user', run: disableUser, fields: { id: idField }, valid: async () => ({ id: await addWriter() }), stores: accountChanged('disabled', 'disable_user', access, () => true) },
  { command: 'enable a user', run: enableUser, fields: { id: idField }, valid: async () => ({ id: await addWriter(true) }), stores: accountChanged('disabled', 'enable_user', access, () => false) },
  {
    command: 'change one’s password',
    run: changePassword,
    fields: { current: textField, next: textField, confirm: textField },
    valid: async () => ({ current: PASSWORD, next: 'another long password', confirm: 'another long password' }),
    // A new hash, and every session of theirs but this one ended (the test's admin has none).
    stores: ({ before }) => ({
      [`users ${admin.id}`]: { password_hash: expect.stringMatching(/^\$argon2id\$/), updated_at: recent },
      ...(rowsOf(before, 'staff_sessions', (row) => row.user_id === admin.id).length ? { '-staff_sessions': rowsOf(before, 'staff_sessions', (row) => row.user_id === admin.id) } : {}),
    }),
    afterwards: async (input) => {
      expect(await verifyPassword((await getPasswordHash(admin.id))!, input.next as string), 'the new password signs them in').toBe(true);
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
afterAll(() => console.log(`hostile-commands: ${outcomes.refused + outcomes.accepted} inputs tried against ${fieldCount} fields of ${cases.length} commands: ${outcomes.refused} refused with the database unchanged, ${outcomes.accepted} accepted, ${outcomes.pages} stored bodies' HTML within the format`));

/** The HTML of every story body an accepted call stored: what readers would get. */
const storedPages = (before: DatabaseRows, after: DatabaseRows) =>
  [...after.get('articles')!.values()].filter((row) => rowOf(before, 'articles', row.id)?.body_html !== row.body_html).map((row) => String(row.body_html));

describe.each(cases)('$command', ({ run, fields, valid, stores, afterwards, generated: perCase = 10 }) => {
  it.each(Object.keys(fields))('answers hostile %s values, changes nothing when it refuses and stores exactly what it accepts', async (field) => {
    // A refusal changes nothing, so the valid input and the rows read before carry over to the next value until one is accepted.
    let carried: { base: Record<string, unknown>; before: DatabaseRows } | null = null;
    const { values, examples, generated = perCase } = fields[field]!;
    await fc.assert(
      fc.asyncProperty(values, async (value) => {
        const base = carried?.base ?? (await valid());
        const before = carried?.before ?? (await readDatabase());
        const input = { ...base, [field]: value };
        // Both new-password fields carry the value, or every new password would be refused as a mismatch.
        if (field === 'next') input.confirm = value;
        const result = actionState.parse(await run(admin, input));
        if (result.error !== undefined || result.status !== undefined) {
          expect(changesBetween(before, await readDatabase()), `refused ${JSON.stringify(result)}`).toEqual({});
          carried = { base, before };
          outcomes.refused++;
        } else {
          const after = await readDatabase();
          expect(changesBetween(before, after), `accepted ${JSON.stringify(result)}: exactly what it stored`).toEqual(stores({ input, before, after }));
          // Checked apart from the renderer that wrote it: only the format's tags, attributes and addresses reach a page.
          for (const html of storedPages(before, after)) {
            expect(unsafeBodyHtml(html), html.slice(0, 500)).toEqual([]);
            outcomes.pages++;
          }
          await afterwards?.(input);
          carried = null;
          outcomes.accepted++;
        }
      }),
      { seed: HOSTILE_SEED, numRuns: examples.length + generated, endOnFailure: true, examples: examples.map((example) => [example]) },
    );
  });
});
