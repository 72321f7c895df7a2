// The piece's own fields hold no surprises: a headline another piece already has gets a free address, and the slug
// field says which; text over a limit is kept and named, never cut; a refusal is listed at the top, linked to its
// field; a tag of emoji keeps its text.
import { eq } from 'drizzle-orm';
import { articleTags, tags } from '@/db/schema';
import { connectE2eDatabase } from '../support/e2e-database';
import { expect, test } from '../support/e2e-portal';
import { startPiece, statusLine } from '../support/piece-editor';
import { signIn } from '../support/sign-in';

test('a headline another piece has gets the next free slug, and the slug field shows it', async ({ page }) => {
  await signIn(page, 'editor');
  const headline = `Hashprice slides again ${test.info().project.name}`;
  for (const slug of ['', '-2']) {
    await startPiece(page);
    await page.getByLabel('Headline').fill(headline);
    await expect(statusLine(page)).toContainText('All changes saved');
    const expected = `hashprice-slides-again-${test.info().project.name}${slug}`;
    await expect(page.getByText(`Follows the headline: /news/${expected}`)).toBeVisible();
    await expect(page.getByLabel('Slug')).toHaveAttribute('placeholder', expected);
  }
});

test('a headline over its limit is kept whole, counted, refused by name and linked from the top', async ({ page }) => {
  await signIn(page, 'writer');
  await startPiece(page);
  await page.getByLabel('Headline').fill('Short and stored');
  await expect(statusLine(page)).toContainText('All changes saved');
  const long = `Funding ${'rates flip '.repeat(40)}`.trim();
  await page.getByLabel('Headline').fill(long);
  await expect(page.getByLabel('Headline')).toHaveValue(long);
  await expect(page.getByText(`${long.length} / 200: ${long.length - 200} over the limit`)).toBeVisible();
  await expect(statusLine(page)).toContainText('Changes kept, the piece not updated');
  const link = page.getByTestId('action-bar').getByRole('alert').getByRole('link', { name: 'Headline: Use at most 200 characters.' });
  await link.click();
  await expect(page.getByLabel('Headline')).toBeFocused();
  // Nothing typed is lost: shortened again, it is stored.
  await page.getByLabel('Headline').fill('Funding rates flip negative');
  await expect(statusLine(page)).toContainText('All changes saved');
  await expect(page.getByTestId('action-bar').getByRole('alert')).toHaveCount(0);
});

test('a tag of emoji keeps its text', async ({ page }) => {
  await signIn(page, 'editor');
  const id = await startPiece(page);
  await page.getByLabel('Headline').fill('Moon talk returns to trading desks');
  const tag = `🚀🌕 ${test.info().project.name}`;
  await page.getByLabel(/^Tags/).fill(tag);
  await expect(statusLine(page)).toContainText('All changes saved');
  const { db, close } = connectE2eDatabase();
  try {
    const stored = await db.select({ name: tags.name, slug: tags.slug }).from(articleTags).innerJoin(tags, eq(tags.id, articleTags.tagId)).where(eq(articleTags.articleId, id));
    expect(stored).toEqual([{ name: tag, slug: `u1f680-u1f315-${test.info().project.name}` }]);
  } finally {
    await close();
  }
});
