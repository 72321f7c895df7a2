import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { getActiveUser, type StaffUser } from '@/db/queries/users';
import { piecePresence, users } from '@/db/schema';
import { heartbeatCommand } from '@/lib/newsroom/presence';
import { createArticle, createAuthor } from '../support/fixtures';

async function makeUser(name: string, role: StaffUser['role']) {
  const [user] = await db.insert(users).values({ email: `${name.toLowerCase()}@example.test`, name, role, passwordHash: 'not-used' }).returning();
  await createAuthor({ userId: user!.id });
  return (await getActiveUser(user!.id))!;
}

const othersSeenBy = async (user: StaffUser | null, id: number) => (await heartbeatCommand(user, { id })).data?.others;

describe('who else has a piece open', () => {
  let ann: StaffUser, ben: StaffUser, wes: StaffUser, draftId: number;
  beforeAll(async () => {
    ann = await makeUser('Ann', 'editor');
    ben = await makeUser('Ben', 'admin');
    wes = await makeUser('Wes', 'writer');
    draftId = (await createArticle({ status: 'draft' })).id;
  });

  it('shows each editor the others on the piece, never themselves', async () => {
    expect(await othersSeenBy(ann, draftId)).toEqual([]);
    expect(await othersSeenBy(ben, draftId)).toEqual(['Ann']);
    expect(await othersSeenBy(ann, draftId)).toEqual(['Ben']);
  });

  it('forgets an editor whose tab stopped checking in', async () => {
    await db.update(piecePresence).set({ seenAt: sql`now() - interval '2 minutes'` }).where(eq(piecePresence.userId, ben.id));
    expect(await othersSeenBy(ann, draftId)).toEqual([]);
  });

  it('tells nobody outside the piece who is on it, and records nothing for them', async () => {
    const before = await db.$count(piecePresence);
    expect(await heartbeatCommand(null, { id: draftId })).toMatchObject({ status: 401 });
    expect(await heartbeatCommand(wes, { id: draftId })).toMatchObject({ status: 403 });
    expect(await heartbeatCommand(ann, { id: 'abc' })).toMatchObject({ status: 422 });
    expect(await db.$count(piecePresence)).toBe(before);
  });
});
