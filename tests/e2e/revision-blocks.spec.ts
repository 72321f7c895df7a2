import AxeBuilder from '@axe-core/playwright';
import { bodyBox, startPiece, statusLine } from '../support/piece-editor';
import { signIn } from '../support/sign-in';
import { expect, test } from '../support/e2e-portal';

test('a paragraph inserted at the top shows as one added paragraph, the rest of the body unchanged', async ({ page }) => {
  await signIn(page, 'editor');
  const id = await startPiece(page);
  const saveRevision = async () => {
    await page.getByRole('button', { name: 'Save a revision' }).click();
    await expect(statusLine(page)).toContainText('All changes saved', { timeout: 10_000 });
  };

  const body = bodyBox(page);
  await body.click();
  await page.keyboard.type('Bitcoin rose 5% on Monday as volumes thinned.');
  await page.keyboard.press('Enter');
  // "## " starts a heading, as in the editor's Markdown shortcuts.
  for (const line of ['## Outlook', 'Miners sold less than in March.', 'Analysts expect a quiet week.']) {
    await page.keyboard.type(line);
    await page.keyboard.press('Enter');
  }
  await expect(body.getByRole('heading', { name: 'Outlook' })).toBeVisible();
  await saveRevision();

  // A paragraph of its own above the first one.
  await body.locator('p').first().click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('Home');
  await page.keyboard.type('Desk note: this story was updated.');
  await page.keyboard.press('Enter');
  await saveRevision();

  await page.goto(`/admin/pieces/${id}/revisions`);
  const changes = page.getByRole('region', { name: 'Body', exact: true });
  // One block added, said in words and in <ins>; nothing removed or changed.
  await expect(changes.getByRole('insertion')).toHaveCount(1);
  await expect(changes.getByRole('insertion')).toHaveText('Desk note: this story was updated.');
  await expect(changes.getByText('Added', { exact: true })).toHaveCount(1);
  await expect(changes.getByRole('deletion')).toHaveCount(0);
  await expect(changes.getByText(/^(Removed|Changed|Moved)/)).toHaveCount(0);
  // The block after it shown unchanged, the rest folded as unchanged; unfolded, the heading is still a heading.
  await expect(changes.getByText('Bitcoin rose 5% on Monday as volumes thinned.')).toBeVisible();
  await changes.getByText('3 unchanged blocks').click();
  await expect(changes.getByRole('heading', { name: 'Outlook', level: 4 })).toBeVisible();
  await expect(changes.getByText('Analysts expect a quiet week.')).toBeVisible();
  await expect(page.getByText(/^Unchanged: Headline, Dek/)).toBeVisible();

  for (const colorScheme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
});
