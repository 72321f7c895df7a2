// Issue 11, item 1: the preview follows the editor's rule. A writer sees their own pieces in any status and
// nothing of another writer's draft; editors see every piece.
import type { Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { articles, articleTags, authors, tags, users } from '@/db/schema';
import { connectE2eDatabase } from '../support/e2e-database';
import { signIn } from '../support/sign-in';
import { expect, test } from '../support/e2e-portal';

type Piece = { id: number; title: string; dek: string; body: string; tag: string };

/** A piece with words of its own in every field a preview shows, by the demo writer or by an author of its own. */
async function createPiece({ byDemoWriter, status }: { byDemoWriter: boolean; status: 'draft' | 'published' }): Promise<Piece> {
  const marker = randomBytes(4).toString('hex');
  const { db, close } = connectE2eDatabase();
  try {
    const [writer] = await db.select({ authorId: authors.id }).from(authors).innerJoin(users, eq(users.id, authors.userId)).where(eq(users.email, 'writer@tickerwire.test'));
    const authorId = byDemoWriter ? writer!.authorId : (await db.insert(authors).values({ slug: `other-writer-${marker}`, name: `Other Writer ${marker}` }).returning())[0]!.id;
    const piece = { title: `Embargoed merger talks ${marker}`, dek: `Dek kept under wraps ${marker}`, body: `Sources say the deal closes Friday ${marker}.`, tag: `Secret Tag ${marker}` };
    const [row] = await db
      .insert(articles)
      .values({
        slug: `preview-${marker}`, title: piece.title, dek: piece.dek, body: piece.body, keyPoints: [`Key point ${marker}`], summary: `Summary ${marker}`,
        disclaimer: 'Not investment advice.', authorId, status, publishedAt: status === 'published' ? new Date() : null,
      })
      .returning({ id: articles.id });
    const [tag] = await db.insert(tags).values({ slug: `secret-tag-${marker}`, name: piece.tag }).returning({ id: tags.id });
    await db.insert(articleTags).values({ articleId: row!.id, tagId: tag!.id });
    return { id: row!.id, ...piece };
  } finally {
    await close();
  }
}

async function expectPreviewShows(page: Page, piece: Piece) {
  await page.goto(`/admin/pieces/${piece.id}/preview`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(piece.title);
  await expect(page.getByText(piece.body)).toBeVisible();
  await expect(page.getByRole('link', { name: piece.tag })).toBeVisible();
}

test('a writer is refused the preview of another writer’s draft, and none of its text reaches the browser', async ({ page }) => {
  const draft = await createPiece({ byDemoWriter: false, status: 'draft' });
  await signIn(page, 'writer');
  const response = await page.goto(`/admin/pieces/${draft.id}/preview`);
  await expect(page.getByText('This piece is not yours to preview. Ask an editor.')).toBeVisible();
  // Not in the page, nor anywhere in what the server sent (the HTML and the data React hydrates from).
  const sent = await response!.text();
  for (const text of [draft.title, draft.dek, draft.body, draft.tag]) {
    expect(sent, text).not.toContain(text);
    expect(await page.content(), text).not.toContain(text);
  }
});

test('a writer previews their own draft and their own published piece; an editor previews anyone’s draft', async ({ browser }) => {
  const [own, ownPublished, others] = await Promise.all([
    createPiece({ byDemoWriter: true, status: 'draft' }),
    createPiece({ byDemoWriter: true, status: 'published' }),
    createPiece({ byDemoWriter: false, status: 'draft' }),
  ]);
  const writer = await (await browser.newContext()).newPage();
  await signIn(writer, 'writer');
  await expectPreviewShows(writer, own);
  await expectPreviewShows(writer, ownPublished);

  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, 'editor');
  await expectPreviewShows(editor, others);
});
