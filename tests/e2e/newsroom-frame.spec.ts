// Issue 14: the newsroom has its own frame (no price strip, site navigation or footer), usable on a phone, and its
// audit log reads as sentences.
import type { Page } from '@playwright/test';
import { desc, eq } from 'drizzle-orm';
import { articles } from '@/db/schema';
import { connectE2eDatabase } from '../support/e2e-database';
import { expect, test } from '../support/e2e-portal';
import { signIn } from '../support/sign-in';
import { confirmMove } from '../support/piece-editor';

const NEWSROOM_PAGES = ['/admin', '/admin/planned', '/admin/audit', '/admin/users', '/admin/account', '/admin/pieces/new'];

async function expectNoPublicChrome(page: Page) {
  await expect(page.getByRole('region', { name: 'Price ticker' })).toHaveCount(0);
  await expect(page.getByRole('search')).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: /^(Categories|Sections)/ })).toHaveCount(0);
  await expect(page.getByRole('contentinfo')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'View site' })).toHaveAttribute('href', '/');
}

test('the newsroom has its own frame, and the public site keeps its chrome', async ({ page }) => {
  await signIn(page, 'admin');
  await expectNoPublicChrome(page);
  await expect(page.getByRole('navigation', { name: 'Newsroom' }).getByRole('link', { name: 'Audit log' })).toBeVisible();
  await expect(page.getByText('Signed in as')).toContainText('Ada Admin (admin)');

  await page.getByRole('link', { name: 'View site' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('region', { name: 'Price ticker' })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Newsroom' })).toHaveCount(0);
});

test('the sign-in page wears the newsroom frame without its nav', async ({ page }) => {
  await page.goto('/sign-in');
  await expectNoPublicChrome(page);
  await expect(page.getByRole('navigation', { name: 'Newsroom' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Staff sign-in' })).toBeVisible();
});

test('on a phone nothing in the newsroom scrolls sideways, and its frame has 44 px targets @phone', async ({ page, isMobile }) => {
  test.skip(!isMobile, 'the phone project');
  await page.goto('/sign-in');
  const overflows: string[] = [];
  const check = async (path: string) => {
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    if (scrollWidth > innerWidth) overflows.push(`${path}: ${scrollWidth} px in ${innerWidth} px`);
  };
  await check('/sign-in');
  const { db, close } = connectE2eDatabase();
  const [piece] = await db.select({ id: articles.id }).from(articles).orderBy(desc(articles.publishedAt)).limit(1);
  await close();
  await signIn(page, 'admin');
  for (const path of [...NEWSROOM_PAGES, `/admin/pieces/${piece!.id}`, `/admin/pieces/${piece!.id}/revisions`, `/admin/pieces/${piece!.id}/preview`]) {
    await page.goto(path);
    await check(path);
  }
  expect(overflows).toEqual([]);
  await page.goto('/admin');
  const small = await page
    .locator('body > header a:visible, body > header button:visible')
    .evaluateAll((nodes) => nodes.map((n) => ({ text: n.textContent?.trim(), height: n.getBoundingClientRect().height })).filter((n) => n.height < 44));
  expect(small).toEqual([]);
});

test('the audit log says who published which piece, in a sentence linking to it', async ({ page }) => {
  const { db, close } = connectE2eDatabase();
  const [piece] = await db.select({ id: articles.id, title: articles.title }).from(articles).where(eq(articles.status, 'published')).orderBy(desc(articles.publishedAt)).limit(1);
  await db.update(articles).set({ status: 'draft' }).where(eq(articles.id, piece!.id));
  await close();

  await signIn(page, 'admin');
  await page.goto(`/admin/pieces/${piece!.id}`);
  // A story unpublished keeps its publication time, so the button says "Publish again".
  await confirmMove(page, 'Publish again', 'Publish');
  await expect(page.getByText('Published again, with its first publication time.')).toBeVisible();

  await page.getByRole('navigation', { name: 'Newsroom' }).getByRole('link', { name: 'Audit log' }).click();
  const entry = page.getByRole('list', { name: 'Audit entries' }).getByRole('listitem').first();
  await expect(entry).toContainText(`Ada Admin published ‘${piece!.title}’.`);
  await expect(entry.getByRole('link', { name: piece!.title })).toHaveAttribute('href', `/admin/pieces/${piece!.id}`);
  await expect(entry.locator('time')).toHaveText(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} UTC$/);
  await expect(entry).not.toContainText('{');
});
