import { eq } from 'drizzle-orm';
import { articles } from '@/db/schema';
import { connectE2eDatabase } from '../support/e2e-database';
import { expect, test } from '../support/e2e-portal';

// The round the last editor lost: a dek typed just as a new piece saved itself for the first time was lost in 6 of
// 9 tries while the editor said "All changes saved". A new piece now exists before its first word, so there is no
// first save to race; this types straight through the first autosaves, several times over, and compares.
test('nothing typed across a new piece’s first saves is lost', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('writer@tickerwire.test');
  await page.getByLabel('Password').fill('writer-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  const { db, close } = connectE2eDatabase();
  try {
    for (const round of [1, 2, 3, 4]) {
      await page.goto('/admin');
      await page.getByRole('button', { name: 'New piece' }).click();
      await expect(page).toHaveURL(/\/admin\/pieces\/\d+$/);
      const id = Number(page.url().split('/').pop());
      const title = `Funding rates flip negative, round ${round}`;
      await page.getByLabel('Headline').pressSequentially(title, { delay: 15 });
      // Typed a key every 60 ms for about 5 s: autosave fires 3 s after the headline stopped, in the middle of it.
      const dek = `Perpetual futures traders paid to stay short for the first time since August, round ${round}.`;
      await page.getByLabel('Dek').pressSequentially(dek, { delay: 60 });
      await page.getByRole('textbox', { name: 'Body' }).pressSequentially('Shorts paid longs on every major venue.', { delay: 20 });
      await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible({ timeout: 20_000 });
      const [row] = await db.select({ title: articles.title, dek: articles.dek, body: articles.body }).from(articles).where(eq(articles.id, id));
      expect(row).toEqual({ title, dek, body: 'Shorts paid longs on every major venue.' });
      await expect(page.getByLabel('Dek')).toHaveValue(dek);
    }
  } finally {
    await close();
  }
});
