// Issue 14: the newsroom says what a move will do before it does it, and shows every time in its own zone.
import type { Browser } from '@playwright/test';
import { asc, eq } from 'drizzle-orm';
import { articles } from '@/db/schema';
import { connectE2eDatabase } from '../support/e2e-database';
import { expect, test } from '../support/e2e-portal';
import { statusLine, writeCompleteDraft } from '../support/piece-editor';
import { signIn } from '../support/sign-in';

test.use({ portalEnv: { NEWSROOM_TIMEZONE: 'America/New_York' } });

async function editorIn(browser: Browser, timezoneId: string) {
  const page = await (await browser.newContext({ timezoneId })).newPage();
  await signIn(page, 'editor');
  return page;
}

async function stored(id: number) {
  const { db, close } = connectE2eDatabase();
  const [row] = await db.select({ status: articles.status, scheduledFor: articles.scheduledFor }).from(articles).where(eq(articles.id, id));
  await close();
  return row!;
}

test('Unpublish asks first, saying what readers lose; Cancel and Escape leave the story live', async ({ browser }) => {
  const { db, close } = connectE2eDatabase();
  const [story] = await db.select({ id: articles.id, slug: articles.slug, title: articles.title }).from(articles).where(eq(articles.status, 'published')).orderBy(asc(articles.publishedAt)).limit(1);
  await close();
  const page = await editorIn(browser, 'America/New_York');
  await page.goto(`/admin/pieces/${story!.id}`);
  await expect(statusLine(page)).toContainText('All changes saved');

  const dialog = page.getByRole('dialog', { name: `Unpublish “${story!.title}”?` });
  await page.getByRole('button', { name: 'Unpublish' }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('It disappears from the site, feeds and search at once; it stays in the newsroom as a draft.');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Unpublish' }).click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect((await page.request.get(`/news/${story!.slug}`)).status()).toBe(200);
  expect((await stored(story!.id)).status).toBe('published');

  await page.getByRole('button', { name: 'Unpublish' }).click();
  await dialog.getByRole('button', { name: 'Unpublish' }).click();
  await expect(page.getByText('Unpublished; the piece is a draft again.')).toBeVisible();
  expect((await stored(story!.id)).status).toBe('draft');
  expect((await page.request.get(`/news/${story!.slug}`)).status()).toBe(404);
});

test('a New York newsroom schedules in New York time, stores UTC, and shows both zones where the browser differs', async ({ browser }) => {
  const page = await editorIn(browser, 'America/New_York');
  const title = 'Opening bell note for the New York desk';
  const id = await writeCompleteDraft(page, title);

  await expect(page.getByText('Newsroom time: America/New_York')).toBeVisible();
  await page.getByLabel('Publish at').fill('2027-01-15T09:46');
  await expect(page.locator('#schedule-zone')).toContainText('15 Jan 2027, 09:46 EST');
  await page.getByRole('button', { name: 'Schedule', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Schedule “${title}”?` });
  await expect(dialog).toContainText('It goes live on 15 Jan 2027, 09:46 EST: on the site, in the feeds and in search, unless someone unpublishes it first.');
  await dialog.getByRole('button', { name: 'Schedule' }).click();
  await expect(page.getByText('Scheduled for 15 Jan 2027, 09:46 EST.')).toBeVisible();
  expect(await stored(id)).toEqual({ status: 'scheduled', scheduledFor: new Date('2027-01-15T14:46:00Z') });

  // The browser is in the newsroom's zone: one time, no "your time".
  await expect(page.getByText('Goes live 15 Jan 2027, 09:46 EST')).toBeVisible();
  await page.getByRole('button', { name: 'Unpublish' }).click();
  await expect(page.getByRole('dialog')).toContainText('It will not go live on 15 Jan 2027, 09:46 EST; it stays in the newsroom as a draft.');
  await page.keyboard.press('Escape');

  await page.goto(`/admin?title=${encodeURIComponent('Opening bell')}`);
  const row = page.getByRole('row').filter({ hasText: title });
  await expect(row.getByRole('cell').nth(4)).toHaveText('15 Jan 2027, 09:46 EST');
  await expect(row.getByRole('cell').nth(5)).toHaveText(/^\d{1,2} \w{3} \d{4}, \d{2}:\d{2} EST$/);
  await expect(row.getByRole('cell').nth(6)).toHaveText('Maya Okafor');
  await expect(page.getByRole('columnheader', { name: 'Last edited by' })).toBeVisible();

  // A colleague in Berlin reads the newsroom's time and their own.
  const berlin = await editorIn(browser, 'Europe/Berlin');
  await berlin.goto(`/admin?title=${encodeURIComponent('Opening bell')}`);
  await expect(berlin.getByRole('row').filter({ hasText: title }).getByRole('cell').nth(4)).toHaveText('15 Jan 2027, 09:46 EST (15:46 your time)');
  await berlin.goto(`/admin/pieces/${id}/revisions`);
  // Berlin's day, when it is not New York's (from 23:00 to 05:00 UTC), comes before the time.
  await expect(berlin.locator('section[aria-labelledby="history"] time').first()).toHaveText(/ E[SD]T \((\d{1,2} \w{3}, )?\d{2}:\d{2} your time\)$/);
});
