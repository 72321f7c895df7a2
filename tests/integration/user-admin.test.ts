import { randomBytes } from 'node:crypto';
import { and, desc, eq, ne, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { listAuditEntries } from '@/db/queries/audit';
import { getActiveUser, type StaffUser } from '@/db/queries/users';
import { auditLog, authors, users } from '@/db/schema';
import type { Command } from '@/lib/auth/actions';
import { authenticate } from '@/lib/auth/authenticate';
import { changeUserRole, createUser, disableUser, enableUser } from '@/lib/newsroom/users';
import { hashPassword } from '@/lib/auth/password';
import { createArticle } from '../support/fixtures';

type Actor = 'anonymous' | 'writer' | 'editor' | 'admin';
const actors: Record<Actor, StaffUser | null> = { anonymous: null, writer: null, editor: null, admin: null };
const PASSWORD = 'a long enough password';
let passwordHash: string;

const uniqueEmail = (name: string) => `${name}-${randomBytes(4).toString('hex')}@example.test`;

async function addUser(role: StaffUser['role'], disabled = false): Promise<StaffUser> {
  const [row] = await db.insert(users).values({ email: uniqueEmail(role), name: `Test ${role}`, role, disabled, passwordHash }).returning();
  return { id: row!.id, email: row!.email, name: row!.name, role, authorId: null };
}

/** Everything a user command could change, to prove a refused one changed nothing. */
async function snapshot() {
  const rows = await db.execute(sql`
    select (select json_agg(u order by id) from users u) as users,
           (select json_agg(a order by id) from authors a) as authors,
           (select json_agg(l order by id) from audit_log l) as audit`);
  return JSON.stringify(rows[0]);
}

const lastAudit = async () => (await db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1))[0];

const matrix: { name: string; run: Command; input: () => Promise<Record<string, unknown>>; action: string }[] = [
  {
    name: 'create a user',
    run: createUser,
    input: async () => ({ name: 'Nina Novak', email: uniqueEmail('nina'), role: 'writer', password: PASSWORD, withAuthor: 'on' }),
    action: 'create_user',
  },
  { name: 'change a role', run: changeUserRole, input: async () => ({ id: (await addUser('writer')).id, role: 'editor' }), action: 'change_role' },
  { name: 'disable a user', run: disableUser, input: async () => ({ id: (await addUser('writer')).id }), action: 'disable_user' },
  { name: 're-enable a user', run: enableUser, input: async () => ({ id: (await addUser('writer', true)).id }), action: 'enable_user' },
];

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
  for (const role of ['writer', 'editor', 'admin'] as const) actors[role] = await addUser(role);
});

describe('only admins manage staff accounts', () => {
  for (const entry of matrix) {
    for (const actor of Object.keys(actors) as Actor[]) {
      const allowed = actor === 'admin';
      it(`${actor} ${allowed ? 'may' : 'may not'} ${entry.name}`, async () => {
        const input = await entry.input();
        const before = await snapshot();
        const result = await entry.run(actors[actor], input);
        if (allowed) {
          expect(result.error).toBeUndefined();
          expect(await lastAudit()).toMatchObject({ actorId: actors.admin!.id, action: entry.action, entityType: 'user' });
        } else {
          expect(result.status).toBe(actor === 'anonymous' ? 401 : 403);
          expect(await snapshot()).toBe(before);
        }
      });
    }
  }
});

describe('creating a user', () => {
  it('makes an account that signs in with its argon2id-hashed password, and a byline with a free slug', async () => {
    const email = uniqueEmail('omar');
    const result = await createUser(actors.admin, { name: 'Omar Haddad', email: email.toUpperCase(), role: 'editor', password: PASSWORD, withAuthor: 'on' });
    expect(result.ok).toContain(email);
    const [stored] = await db.select().from(users).where(eq(users.email, email));
    expect(stored).toMatchObject({ name: 'Omar Haddad', role: 'editor', disabled: false });
    expect(stored!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await authenticate(email, PASSWORD, '10.9.0.1')).toMatchObject({ ok: true, user: { email, role: 'editor' } });
    const [author] = await db.select().from(authors).where(eq(authors.userId, stored!.id));
    expect(author).toMatchObject({ name: 'Omar Haddad', slug: 'omar-haddad' });
    expect(await lastAudit()).toMatchObject({ action: 'create_user', entityId: String(stored!.id), details: { email, role: 'editor', authorSlug: 'omar-haddad' } });

    await createUser(actors.admin, { name: 'Omar Haddad', email: uniqueEmail('omar'), role: 'writer', password: PASSWORD, withAuthor: 'on' });
    expect(await db.select({ slug: authors.slug }).from(authors).where(eq(authors.name, 'Omar Haddad'))).toEqual(
      expect.arrayContaining([{ slug: 'omar-haddad' }, { slug: 'omar-haddad-2' }]),
    );
  });

  it('makes no byline unless asked', async () => {
    const email = uniqueEmail('quiet');
    expect((await createUser(actors.admin, { name: 'Quiet Admin', email, role: 'admin', password: PASSWORD })).ok).toBeDefined();
    const [row] = await db.select({ author: authors.id }).from(users).leftJoin(authors, eq(authors.userId, users.id)).where(eq(users.email, email));
    expect(row).toEqual({ author: null });
  });

  it('refuses an email already in use, whatever its case, and changes nothing', async () => {
    const before = await snapshot();
    const result = await createUser(actors.admin, { name: 'Copycat', email: ` ${actors.writer!.email.toUpperCase()} `, role: 'writer', password: PASSWORD });
    expect(result).toMatchObject({ status: 422, fieldErrors: { email: ['Another staff account already uses that email.'] } });
    expect(await snapshot()).toBe(before);
  });

  it('asks for a password of at least 12 characters and a known role', async () => {
    const before = await snapshot();
    const result = await createUser(actors.admin, { name: 'Short', email: uniqueEmail('short'), role: 'owner', password: 'too-short' });
    expect(result.status).toBe(422);
    expect(result.fieldErrors).toMatchObject({ password: ['Use at least 12 characters.'], role: ['Choose a role.'] });
    expect(await snapshot()).toBe(before);
  });
});

describe('changing roles and access', () => {
  it('records a role change as from and to, and the new role holds on the next request', async () => {
    const target = await addUser('writer');
    expect(await changeUserRole(actors.admin, { id: target.id, role: 'editor' })).toEqual({ ok: 'Role changed to editor.' });
    expect((await getActiveUser(target.id))?.role).toBe('editor');
    expect(await lastAudit()).toMatchObject({ action: 'change_role', entityType: 'user', entityId: String(target.id), details: { from: 'writer', to: 'editor' } });
  });

  it('locks a disabled user out until they are enabled again, with an audit entry each time', async () => {
    const target = await addUser('editor');
    expect((await disableUser(actors.admin, { id: target.id })).ok).toBeDefined();
    expect(await getActiveUser(target.id)).toBeNull();
    expect(await lastAudit()).toMatchObject({ action: 'disable_user', details: { from: 'active', to: 'disabled' } });
    expect((await enableUser(actors.admin, { id: target.id })).ok).toBeDefined();
    expect(await getActiveUser(target.id)).not.toBeNull();
    expect(await lastAudit()).toMatchObject({ action: 'enable_user', details: { from: 'disabled', to: 'active' } });
  });

  it('writes nothing when nothing changes, and answers 404 for an unknown account', async () => {
    const target = await addUser('writer');
    const before = await snapshot();
    expect(await changeUserRole(actors.admin, { id: target.id, role: 'writer' })).toEqual({ ok: 'Nothing to change.' });
    expect((await disableUser(actors.admin, { id: 999_999 })).status).toBe(404);
    expect(await snapshot()).toBe(before);
  });

  it('does not let admins demote or disable themselves', async () => {
    const before = await snapshot();
    for (const result of [await changeUserRole(actors.admin, { id: actors.admin!.id, role: 'editor' }), await disableUser(actors.admin, { id: actors.admin!.id })]) {
      expect(result).toMatchObject({ status: 403, error: expect.stringContaining('your own') });
    }
    expect(await snapshot()).toBe(before);
  });
});

describe('the audit log as admins read it', () => {
  it('names the actor and what was touched, newest first, and filters by action', async () => {
    const target = await addUser('writer');
    await changeUserRole(actors.admin, { id: target.id, role: 'editor' });
    const article = await createArticle();
    await db.insert(auditLog).values({ action: 'publish', entityType: 'article', entityId: String(article.id), details: { status: 'published' } });

    const { rows } = await listAuditEntries({}, { limit: 2, offset: 0 });
    expect(rows.map((r) => [r.action, r.subject, r.actorName])).toEqual([
      ['publish', article.title, null],
      ['change_role', target.name, actors.admin!.name],
    ]);
    const filtered = await listAuditEntries({ action: 'change_role' }, { limit: 500, offset: 0 });
    expect(new Set(filtered.rows.map((r) => r.action))).toEqual(new Set(['change_role']));
    expect(filtered.hasNext).toBe(false);
  });
});

// Last, because it disables every other admin.
describe('the last active admin', () => {
  // Leaves exactly two active admins, `first` and `second`.
  async function twoAdmins() {
    const [first, second] = [await addUser('admin'), await addUser('admin')];
    await db.update(users).set({ disabled: true }).where(and(eq(users.role, 'admin'), ne(users.id, first.id), ne(users.id, second.id)));
    return [first, second] as const;
  }

  it('can be neither demoted nor disabled, even by an admin whose page was loaded before their own demotion', async () => {
    const [first, second] = await twoAdmins();
    expect((await changeUserRole(first, { id: second.id, role: 'writer' })).ok).toBeDefined();
    const before = await snapshot();
    for (const result of [await changeUserRole(second, { id: first.id, role: 'editor' }), await disableUser(second, { id: first.id })]) {
      expect(result).toEqual({ status: 409, error: 'This is the last active admin: make someone else an admin first.' });
    }
    expect(await snapshot()).toBe(before);
  });

  it('survives two admins demoting each other at the same moment', async () => {
    const [first, second] = await twoAdmins();
    const results = await Promise.all([changeUserRole(first, { id: second.id, role: 'editor' }), changeUserRole(second, { id: first.id, role: 'editor' })]);
    expect(results.map((r) => r.status ?? 'ok').sort()).toEqual([409, 'ok']);
    const active = await db.select({ id: users.id }).from(users).where(and(eq(users.role, 'admin'), eq(users.disabled, false)));
    expect(active).toHaveLength(1);
  });
});
