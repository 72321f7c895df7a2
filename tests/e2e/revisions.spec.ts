import AxeBuilder from '@axe-core/playwright';
import { asc, eq } from 'drizzle-orm';
import { articles } from '@/db/schema';
import { connectE2eDatabase } from '../support/e2e-database';
import { expect, test } from '../support/e2e-portal';
import { confirmMove } from '../support/piece-editor';

test('an editor compares two saves of a published piece and restores the earlier one', async ({ page }) => {
  const { db, close } = connectE2eDatabase();
  const [story] = await db
    .select({ id: articles.id, slug: articles.slug })
    .from(articles)
    .where(eq(articles.status, 'published'))
    .orderBy(asc(articles.publishedAt))
    .limit(1);
  await close();

  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('editor@tickerwire.test');
  await page.getByLabel('Password').fill('editor-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/admin$/);

  await page.goto(`/admin/pieces/${story!.id}`);
  const body = page.getByRole('textbox', { name: 'Body' });
  for (const [round, volumes] of ['thin', 'heavy'].entries()) {
    // A paragraph of its own above the story, written the first time and rewritten the second.
    const first = body.locator('p').first();
    if (round === 0) {
      await first.click({ position: { x: 1, y: 1 } });
      await page.keyboard.press('Home');
      await page.keyboard.type(`Desk note: volumes were ${volumes} on Monday.`);
      await page.keyboard.press('Enter');
    } else {
      await first.click({ clickCount: 3 });
      await page.keyboard.type(`Desk note: volumes were ${volumes} on Monday.`);
    }
    // A published piece waits for the editor to put changes live.
    await expect(page.getByRole('status').filter({ hasText: 'Changes not live yet' })).toBeVisible();
    await confirmMove(page, 'Update live article', 'Update live article');
    await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible({ timeout: 10_000 });
  }

  await page.getByRole('link', { name: 'Revisions' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Revisions');
  const bodyChanges = page.getByRole('region', { name: 'Body', exact: true });
  await expect(bodyChanges.getByRole('deletion')).toHaveText('thin');
  await expect(bodyChanges.getByRole('insertion')).toHaveText('heavy');
  // Readable in both colour schemes (contrast included), and no sideways scrolling on a phone.
  for (const colorScheme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);

  const earlier = await page.getByLabel('From', { exact: true }).inputValue();
  await page.getByRole('button', { name: `Restore this revision (version ${earlier})` }).click();
  const confirm = page.getByRole('dialog', { name: `Restore version ${earlier}?` });
  await expect(confirm).toContainText('replaces the live story on the site at once');
  await confirm.getByRole('button', { name: 'Restore' }).click();
  const done = page.getByRole('status').filter({ hasText: `Restored version ${earlier} as version` });
  await expect(done).toBeVisible();
  const restoredAs = (await done.textContent())!.match(/as version (\d+)/)![1]!;
  // The history grew by one, and the comparison moved on to show the restore itself.
  await expect(page.getByText(`Restored from version ${earlier}`)).toBeVisible();
  await expect(page.getByLabel('To', { exact: true })).toHaveValue(restoredAs);
  await expect(bodyChanges.getByRole('deletion')).toHaveText('heavy');
  await expect(bodyChanges.getByRole('insertion')).toHaveText('thin');

  await page.goto(`/news/${story!.slug}`);
  await expect(page.getByText('Desk note: volumes were thin on Monday.')).toBeVisible();
  await expect(page.getByText('volumes were heavy')).toHaveCount(0);
  await page.goto(`/admin/pieces/${story!.id}`);
  await expect(page.getByRole('textbox', { name: 'Body' }).locator('p').first()).toHaveText('Desk note: volumes were thin on Monday.');
});
