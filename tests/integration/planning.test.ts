// Planning: an editor assigns a story before anyone writes a word; the writer is told, and the budget lists it by time.
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { listBudget } from '@/db/queries/planning';
import { getActiveUser, type StaffUser } from '@/db/queries/users';
import { articles, staffNotifications, users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { planPiece, updatePlan } from '@/lib/newsroom/planning';
import { createAuthor } from '../support/fixtures';

let editor: StaffUser;
let writer: StaffUser;
let otherWriter: StaffUser;

async function makeUser(name: string, role: StaffUser['role'], { withAuthor = true, disabled = false } = {}) {
  const [user] = await db
    .insert(users)
    .values({ email: `${name.toLowerCase().replace(/\W/g, '')}@example.test`, name, role, disabled, passwordHash: await hashPassword('irrelevant-here') })
    .returning();
  if (withAuthor) await createAuthor({ userId: user!.id, name });
  return user!.id;
}

const hoursFromNow = (hours: number, now = Date.now()) => new Date(now + hours * 3_600_000).toISOString();
const planFor = (assignee: StaffUser, overrides: Record<string, unknown> = {}) => ({
  slugLine: 'fed-minutes',
  assigneeId: String(assignee.id),
  dueAt: hoursFromNow(3),
  plannedFor: hoursFromNow(5),
  ...overrides,
});

/** Everything planning could change. */
async function snapshot() {
  const [row] = await db.execute(sql`
    select (select json_agg(a order by id) from articles a) as articles,
           (select count(*) from article_revisions) as revisions,
           (select count(*) from staff_notifications) as notifications`);
  return JSON.stringify(row);
}

const noticesOf = (user: StaffUser) =>
  db.select({ kind: staffNotifications.kind, articleId: staffNotifications.articleId, actorId: staffNotifications.actorId }).from(staffNotifications).where(eq(staffNotifications.userId, user.id));

describe('planning a story', () => {
  beforeAll(async () => {
    editor = (await getActiveUser(await makeUser('Maya Okafor', 'editor')))!;
    writer = (await getActiveUser(await makeUser('Daniel Reyes', 'writer')))!;
    otherWriter = (await getActiveUser(await makeUser('Ana Lima', 'writer')))!;
  });

  it('gives the writer an empty draft under their byline, and a notification saying they were assigned', async () => {
    const result = await planPiece(editor, planFor(writer));
    expect(result.error).toBeUndefined();
    expect(result.ok).toMatch(/^Planned “fed-minutes” for Daniel Reyes, due /);
    const id = result.data!.id as number;
    const [piece] = await db.select().from(articles).where(eq(articles.id, id));
    expect(piece).toMatchObject({ status: 'draft', title: '', slugLine: 'fed-minutes', assigneeId: writer.id, authorId: writer.authorId, createdById: editor.id });
    expect(await noticesOf(writer)).toContainEqual({ kind: 'assigned', articleId: id, actorId: editor.id });
  });

  it('refuses a writer, who may see the budget but not plan, and nothing changes', async () => {
    const before = await snapshot();
    expect(await planPiece(writer, planFor(writer))).toMatchObject({ status: 403 });
    expect(await snapshot()).toBe(before);
  });

  const refusals: [string, Record<string, unknown>, string, string][] = [
    ['an empty slug line', { slugLine: '  ' }, 'slugLine', 'Give the story a slug line.'],
    ['a slug line over 80 characters', { slugLine: 'x'.repeat(81) }, 'slugLine', 'Keep the slug line to 80 characters or fewer.'],
    ['no assignee', { assigneeId: '' }, 'assigneeId', 'Choose who writes it.'],
    ['no due time', { dueAt: '' }, 'dueAt', 'Choose when the copy is due.'],
    ['a due time that has passed', { dueAt: hoursFromNow(-1), plannedFor: '' }, 'dueAt', 'That due time has passed: choose a time in the future.'],
    ['a publication before the due time', { plannedFor: hoursFromNow(2) }, 'plannedFor', 'The planned publication time is before the due time: publish after the copy is due.'],
    ['a time that is not one', { dueAt: 'next Tuesday' }, 'dueAt', 'That is not a time the newsroom can use: pick one in the calendar.'],
  ];
  for (const [what, input, field, message] of refusals) {
    it(`refuses ${what}, naming the field, and nothing changes`, async () => {
      const before = await snapshot();
      const result = await planPiece(editor, planFor(writer, input));
      expect(result.status).toBe(422);
      expect(result.fieldErrors?.[field]).toEqual([message]);
      expect(await snapshot()).toBe(before);
    });
  }

  it('refuses an assignee whose account is disabled, and nothing changes', async () => {
    const gone = await makeUser('Former Colleague', 'writer', { disabled: true });
    const before = await snapshot();
    const result = await planPiece(editor, planFor(writer, { assigneeId: String(gone) }));
    expect(result.fieldErrors?.assigneeId).toEqual(['Choose someone on the staff list: that account is disabled or gone.']);
    expect(await snapshot()).toBe(before);
  });

  it('tells the new assignee when a story is re-assigned, and nobody when only the time moves', async () => {
    const id = (await planPiece(editor, planFor(writer, { slugLine: 'miner-earnings' }))).data!.id as number;
    const moved = await updatePlan(editor, { id: String(id), ...planFor(writer, { slugLine: 'miner-earnings', dueAt: hoursFromNow(6), plannedFor: '' }) });
    expect(moved.ok).toMatch(/^Plan saved: Daniel Reyes, due /);
    expect((await noticesOf(writer)).filter((n) => n.articleId === id)).toHaveLength(1);

    await updatePlan(editor, { id: String(id), ...planFor(otherWriter, { slugLine: 'miner-earnings' }) });
    expect(await noticesOf(otherWriter)).toEqual([{ kind: 'assigned', articleId: id, actorId: editor.id }]);
    expect((await listBudget({ assigneeId: otherWriter.id })).map((row) => row.slugLine)).toEqual(['miner-earnings']);
    expect(await updatePlan(writer, { id: String(id), ...planFor(writer) })).toMatchObject({ status: 403 });
  });

  it('lists the budget soonest due first, then by planned time, marks a late draft overdue, and leaves archived pieces out', async () => {
    await db.delete(articles);
    // One clock for all, so that equal due times are equal.
    const now = Date.now();
    const plan = async (slugLine: string, dueHours: number, plannedHours = dueHours + 1) =>
      (await planPiece(editor, planFor(writer, { slugLine, dueAt: hoursFromNow(dueHours, now), plannedFor: hoursFromNow(plannedHours, now) }))).data!.id as number;
    await plan('later', 10);
    await plan('soonest', 1);
    await plan('same-due-published-later', 4, 8);
    await plan('same-due-published-sooner', 4, 6);
    const late = await plan('running-late', 2);
    const shelved = await plan('shelved', 3);
    await db.update(articles).set({ dueAt: new Date(Date.now() - 60_000) }).where(eq(articles.id, late));
    await db.update(articles).set({ status: 'archived', title: 'Shelved story' }).where(eq(articles.id, shelved));

    const budget = await listBudget();
    expect(budget.map((row) => [row.slugLine, row.overdue])).toEqual([
      ['running-late', true],
      ['soonest', false],
      ['same-due-published-sooner', false],
      ['same-due-published-later', false],
      ['later', false],
    ]);
    expect(budget[0]).toMatchObject({ assignee: 'Daniel Reyes', status: 'draft', title: '' });
  });
});
