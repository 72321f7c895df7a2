// Issue 14: notes are the newsroom's. A note on a published story appears on no public page, RSC payload, feed,
// sitemap, search result or API. The public routes are read from app/ on disk: a new route fails this test until
// it says in tests/support/public-routes.ts what to fetch of it (or why nothing).
import { randomBytes } from 'node:crypto';
import { and, asc, eq, like } from 'drizzle-orm';
import { articles, articleTags, authors, categories, pieceNotes, tags } from '@/db/schema';
import { connectE2eDatabase } from '../support/e2e-database';
import { expect, test } from '../support/e2e-portal';
import { publicRoutes, READER_ADDRESSES, readerAddresses, type Story } from '../support/public-routes';
import { signIn } from '../support/sign-in';

async function publishedStory(): Promise<Story> {
  const { db, close } = connectE2eDatabase();
  const [story] = await db
    .select({ id: articles.id, slug: articles.slug, title: articles.title, author: authors.slug, category: categories.slug, tag: tags.slug })
    .from(articles)
    .innerJoin(authors, eq(authors.id, articles.authorId))
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .innerJoin(articleTags, eq(articleTags.articleId, articles.id))
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articles.status, 'published'))
    .orderBy(asc(articles.id))
    .limit(1);
  await close();
  return story!;
}

async function storedNotes(storyId: number, text: string) {
  const { db, close } = connectE2eDatabase();
  const rows = await db.select({ id: pieceNotes.id }).from(pieceNotes).where(and(eq(pieceNotes.articleId, storyId), like(pieceNotes.body, `%${text}%`)));
  await close();
  return rows.length;
}

test('a note on a published story is on no public page, RSC payload, feed, sitemap, search result or API', async ({ browser, request }) => {
  expect(Object.keys(READER_ADDRESSES).sort(), 'say in READER_ADDRESSES what an anonymous reader may fetch of each public route').toEqual(publicRoutes());
  const story = await publishedStory();
  // The search page repeats what was searched for: it searches for `marker`, and the note's `secret` must not appear.
  const [marker, secret] = [`notemark${randomBytes(6).toString('hex')}`, `notesecret${randomBytes(6).toString('hex')}`];

  const page = await (await browser.newContext()).newPage();
  await signIn(page, 'editor');
  await page.goto(`/admin/pieces/${story.id}`);
  const notes = page.getByRole('region', { name: 'Notes', exact: true });
  await notes.getByLabel('Add a note').fill(`Hold the quote from the CFO ${marker} until legal clears it ${secret}`);
  await notes.getByRole('button', { name: 'Add the note' }).click();
  await expect(notes.getByRole('article')).toContainText(marker);
  await notes.getByLabel('Reply to this thread').fill(`Cleared ${secret}`);
  await notes.getByRole('button', { name: 'Send reply' }).click();
  await expect(notes.getByRole('list', { name: 'Replies' })).toContainText(`Cleared ${secret}`);
  expect(await storedNotes(story.id, secret)).toBe(2);

  for (const address of readerAddresses(story, marker)) {
    const isPage = !/\.(xml|txt)$|^\/api\//.test(address.split('?')[0]!);
    const variants: Record<string, string>[] = isPage ? [{}, { RSC: '1' }] : [{}];
    for (const headers of variants) {
      const response = await request.get(address, { headers, maxRedirects: 0 });
      const label = `${address}${'RSC' in headers ? ' (RSC payload)' : ''}`;
      expect(response.status(), label).toBeLessThan(400);
      expect(await response.text(), label).not.toContain(secret);
    }
  }
  // The story itself is served, and found by its headline, not by the note: the pages above are the ones carrying it.
  expect(await (await request.get(`/search?q=${marker}`)).text()).toContain(`No stories match “${marker}”`);
  expect(await (await request.get(`/news/${story.slug}`)).text()).toContain(`/news/${story.slug}`);
  expect(await (await request.get(`/search?q=${encodeURIComponent(story.title)}`)).text()).toContain(`/news/${story.slug}`);
});
