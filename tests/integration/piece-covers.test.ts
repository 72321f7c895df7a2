import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { getPublishedArticle } from '@/db/queries/articles';
import { getActiveUser, type StaffUser } from '@/db/queries/users';
import { articles, users } from '@/db/schema';
import { savePieceCommand } from '@/lib/newsroom/pieces';
import { hashPassword } from '@/lib/auth/password';
import { createArticle, createAuthor } from '../support/fixtures';

let editor: StaffUser;
const uploaded = `/media/${'ab12'.repeat(8)}-1600.webp`;

const form = (article: { id: number; version: number; title: string }, cover: Record<string, string>) => ({
  id: article.id,
  version: article.version,
  title: article.title,
  keyPoints: '["One."]',
  tags: '[]',
  body: 'Body.',
  ...cover,
});

const stored = async (id: number) => (await db.select().from(articles).where(eq(articles.id, id)))[0]!;

describe('a piece’s cover image', () => {
  beforeAll(async () => {
    const [user] = await db.insert(users).values({ email: 'ed@example.test', name: 'Ed', role: 'editor', passwordHash: await hashPassword('x-password-long') }).returning();
    await createAuthor({ userId: user!.id });
    editor = (await getActiveUser(user!.id))!;
  });

  it('is saved with its alt text and shown to readers', async () => {
    const article = await createArticle({ authorId: editor.authorId! });
    const result = await savePieceCommand(editor, form(article, { coverImageUrl: uploaded, coverImageAlt: '  Miners’ containers beside a wind farm ' }));
    expect(result.ok).toBe('Saved.');
    expect(await getPublishedArticle(article.slug)).toMatchObject({ coverImageUrl: uploaded, coverImageAlt: 'Miners’ containers beside a wind farm' });
  });

  it('is refused without alt text, and the previous cover, alt text and headline stay as they were', async () => {
    const article = await createArticle({ authorId: editor.authorId!, coverImageUrl: '/covers/mining-1.jpg', coverImageAlt: 'A mining rig' });
    const before = await stored(article.id);
    const result = await savePieceCommand(editor, form({ ...article, title: 'A new headline' }, { coverImageUrl: uploaded, coverImageAlt: '   ' }));
    expect(result).toMatchObject({ status: 422, fieldErrors: { coverImageAlt: ['Describe the cover image for readers who cannot see it.'] } });
    expect(await stored(article.id)).toEqual(before);
  });

  it('refuses a new piece whose cover has no alt text, creating nothing', async () => {
    const [{ n: before }] = (await db.select({ n: count() }).from(articles)) as [{ n: number }];
    const result = await savePieceCommand(editor, { title: 'Cover but no words', coverImageUrl: uploaded });
    expect(result.fieldErrors?.coverImageAlt).toBeDefined();
    expect((await db.select({ n: count() }).from(articles))[0]!.n).toBe(before);
  });

  it.each(['https://elsewhere.example/cover.png', '//elsewhere.example/cover.png', '/media/../../etc/passwd', `/media/${'ab12'.repeat(8)}-1600.png`, '/covers/../secret.jpg', 'javascript:alert(1)'])(
    'refuses a cover at %s',
    async (url) => {
      const article = await createArticle({ authorId: editor.authorId! });
      const result = await savePieceCommand(editor, form(article, { coverImageUrl: url, coverImageAlt: 'Something' }));
      expect(result.fieldErrors?.coverImageUrl).toEqual(['Upload the cover here; images from elsewhere cannot be used.']);
      expect((await stored(article.id)).coverImageUrl).toBeNull();
    },
  );

  it('can be removed, taking its alt text with it', async () => {
    const article = await createArticle({ authorId: editor.authorId!, coverImageUrl: '/covers/bitcoin-1.jpg', coverImageAlt: 'A chart' });
    const result = await savePieceCommand(editor, form(article, { coverImageUrl: '', coverImageAlt: 'A chart' }));
    expect(result.ok).toBe('Saved.');
    expect(await stored(article.id)).toMatchObject({ coverImageUrl: null, coverImageAlt: '' });
  });
});
