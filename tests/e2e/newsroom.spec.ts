import type { Browser, Page } from '@playwright/test';
import { eq } from 'drizzle-orm';
import { articles, authors } from '@/db/schema';
import { connectE2eDatabase } from '../support/e2e-database';
import { expect, test } from '../support/e2e-portal';
import { confirmMove } from '../support/piece-editor';

async function signIn(page: Page, who: 'writer' | 'editor' | 'admin') {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(`${who}@tickerwire.test`);
  await page.getByLabel('Password').fill(`${who}-demo-2026`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/admin$/);
}

async function editorPage(browser: Browser, who: 'writer' | 'editor' | 'admin') {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, who);
  return page;
}

const bodyOf = (page: Page) => page.getByRole('textbox', { name: 'Body' });

async function startPiece(page: Page) {
  await page.getByRole('button', { name: 'New piece' }).click();
  await expect(page).toHaveURL(/\/admin\/pieces\/\d+$/);
  return Number(page.url().split('/').pop());
}

async function writeDraft(page: Page, title: string) {
  const id = await startPiece(page);
  await page.getByLabel('Headline').fill(title);
  await page.getByLabel('Dek').fill('Treasury desks want yield without leaving the chain.');
  await page.getByLabel('Key point 1', { exact: true }).fill('Tokenized funds passed $6 billion.');
  await page.getByRole('button', { name: 'Add key point' }).click();
  await page.getByLabel('Key point 2', { exact: true }).fill('Most assets sit on Ethereum.');
  await page.getByLabel(/^Category/).selectOption({ label: 'Markets' });
  await page.getByLabel(/^Tags/).fill('Tokenization, Stablecoins');
  await bodyOf(page).fill('Fund managers are moving money-market shares on chain. Settlement takes minutes instead of days.');
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible({ timeout: 10_000 });
  return id;
}

test('a writer drafts a piece that saves itself, and cannot publish it', async ({ page }) => {
  await signIn(page, 'writer');
  const title = `Tokenized treasuries draw corporate cash`;
  const id = await writeDraft(page, title);
  await expect(page.getByRole('button', { name: 'Publish now' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Submit for review' })).toBeVisible();

  const { db, close } = connectE2eDatabase();
  const [stored] = await db.select().from(articles).where(eq(articles.id, id));
  await close();
  expect(stored).toMatchObject({ title, status: 'draft', keyPoints: ['Tokenized funds passed $6 billion.', 'Most assets sit on Ethereum.'], summarySource: 'generated' });

  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByText('Sent to the editors for review.')).toBeVisible();
  // A public reader cannot see it.
  expect((await page.request.get(`/news/${stored!.slug}`)).status()).toBe(404);
});

test('an editor previews a piece, publishes it, and it is on the home page, in the feed and in the sitemap', async ({ page }) => {
  await signIn(page, 'editor');
  const title = `Stablecoin issuers add proof-of-reserve feeds`;
  const id = await writeDraft(page, title);
  await page.getByRole('link', { name: 'Preview' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('heading', { name: 'Key points' })).toBeVisible();
  expect((await page.request.get(`/news/${(await connectSlug(id))}`)).status()).toBe(404);

  await page.goBack();
  await confirmMove(page, 'Publish now', 'Publish');
  await expect(page.getByText('Published.')).toBeVisible();
  const slug = await connectSlug(id);

  await page.goto('/');
  await expect(page.getByRole('link', { name: title }).first()).toBeVisible();
  expect(await (await page.request.get('/feed.xml')).text()).toContain(`/news/${slug}</link>`);
  expect(await (await page.request.get('/sitemaps/articles-1.xml')).text()).toContain(`/news/${slug}</loc>`);
});

async function connectSlug(id: number) {
  const { db, close } = connectE2eDatabase();
  const [row] = await db.select({ slug: articles.slug }).from(articles).where(eq(articles.id, id));
  await close();
  return row!.slug;
}

test('staff editing the same piece see each other', async ({ browser }) => {
  const editor = await editorPage(browser, 'editor');
  const id = await writeDraft(editor, `Who else is here`);
  const admin = await editorPage(browser, 'admin');
  await admin.goto(`/admin/pieces/${id}`);

  await expect(admin.getByRole('status').filter({ hasText: 'Also open now by' })).toContainText('Maya Okafor');
  await expect(editor.getByRole('status').filter({ hasText: 'Also open now by' })).toContainText('Ada Admin', { timeout: 15_000 });
});

test('existing tags are offered while typing one', async ({ page }) => {
  await signIn(page, 'editor');
  await startPiece(page);
  await page.getByLabel(/^Tags/).fill('Macro, stable');
  await page.getByRole('list', { name: 'Existing tags' }).getByRole('button', { name: 'Stablecoins' }).click();
  await expect(page.getByLabel(/^Tags/)).toHaveValue('Macro, Stablecoins, ');
});

test('a piece scheduled a minute ahead goes live on time by itself', async ({ page }) => {
  test.setTimeout(210_000);
  await signIn(page, 'editor');
  const title = `Scheduled market open note`;
  await writeDraft(page, title);
  // The picker takes whole minutes, which can take up to 59 s off, and scheduling saves the piece first: 90 s ahead
  // stays in the future however the seconds fall on a busy machine.
  const at = new Date(Date.now() + 90_000);
  // The picker takes the newsroom's time (NEWSROOM_TIMEZONE, UTC here).
  const local = at.toISOString().slice(0, 16);
  await page.getByLabel('Publish at').fill(local);
  await confirmMove(page, 'Schedule', 'Schedule');
  await expect(page.getByText(/^Scheduled for/)).toBeVisible();

  await page.goto('/');
  await expect(page.getByRole('link', { name: title })).toHaveCount(0);
  await expect(async () => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: title }).first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 150_000, intervals: [5_000] });
});

test('the newsroom works on a phone-sized screen, whatever the length of the names in it', async ({ page }) => {
  // An author's name may run to 120 characters; the menus that list authors must still fit.
  const { db, close } = connectE2eDatabase();
  const slug = `long-name`;
  await db.insert(authors).values({ slug, name: `Maximilian-Alexander ${'Featherstonehaugh-'.repeat(5)}Wolfeschlegel`.slice(0, 120) });
  try {
    await page.setViewportSize({ width: 375, height: 740 });
    await signIn(page, 'editor');
    for (const path of ['/admin', '/admin/pieces/new', '/admin/account']) {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(375);
    }
  } finally {
    await db.delete(authors).where(eq(authors.slug, slug));
    await close();
  }
});
