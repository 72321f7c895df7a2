// Issue 14: the review desk (a piece sent back with a note, and the writer told) and the second editor that
// market-moving news needs before it goes live.
import type { Browser, Page } from '@playwright/test';
import { eq } from 'drizzle-orm';
import { articles } from '@/db/schema';
import { connectE2eDatabase } from '../support/e2e-database';
import { expect, test } from '../support/e2e-portal';
import { confirmMove, statusLine, writeCompleteDraft } from '../support/piece-editor';
import { signIn, type DemoRole } from '../support/sign-in';

async function signedIn(browser: Browser, who: DemoRole) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, who);
  return page;
}

async function statusOf(id: number) {
  const { db, close } = connectE2eDatabase();
  const [row] = await db.select({ status: articles.status, slug: articles.slug }).from(articles).where(eq(articles.id, id));
  await close();
  return row!;
}

const openPiece = async (page: Page, id: number) => {
  await page.goto(`/admin/pieces/${id}`);
  await expect(statusLine(page)).toContainText('All changes saved');
};

test('a piece goes to the desk, comes back with a note the writer sees, and goes again', async ({ browser }) => {
  const writer = await signedIn(browser, 'writer');
  const title = `Stablecoin reserves report ${test.info().project.name}`;
  const id = await writeCompleteDraft(writer, title);
  await writer.getByRole('button', { name: 'Submit for review' }).click();
  await expect(writer.getByText('Sent to the editors for review.')).toBeVisible();

  const editor = await signedIn(browser, 'editor');
  await expect(editor.getByRole('link', { name: /^Review \d+ waiting for review$/ })).toBeVisible();
  await editor.getByRole('link', { name: /^Review/ }).click();
  await expect(editor.getByRole('heading', { name: 'Waiting for review' })).toBeVisible();
  const entry = editor.getByRole('listitem').filter({ hasText: title });
  await expect(entry).toContainText('By Daniel Reyes · submitted by Daniel Reyes');
  await expect(entry).toContainText('6 words');
  await entry.getByRole('link', { name: title }).click();
  await expect(statusLine(editor)).toContainText('All changes saved');

  const note = 'Name the auditor and link the attestation in the second paragraph.';
  await editor.getByRole('button', { name: 'Send back to the writer' }).click();
  const dialog = editor.getByRole('dialog', { name: `Send “${title}” back to the writer?` });
  await expect(dialog.getByRole('button', { name: 'Send back' })).toBeDisabled();
  await dialog.getByLabel('Note for the writer').fill(note);
  await dialog.getByRole('button', { name: 'Send back' }).click();
  await expect(editor.getByText('Sent back to the writer with your note.')).toBeVisible();
  expect((await statusOf(id)).status).toBe('draft');

  await writer.goto('/admin');
  await expect(writer.getByRole('link', { name: 'Notifications 1 unread' })).toBeVisible();
  await expect(writer.getByRole('row').filter({ hasText: title })).toContainText(`Sent back: “${note}”`);
  await writer.getByRole('link', { name: /^Notifications/ }).click();
  await expect(writer.getByRole('listitem').filter({ hasText: title })).toContainText(`Maya Okafor sent ${title} back to you with a note`);
  await openPiece(writer, id);
  await expect(writer.getByRole('region', { name: 'Sent back' })).toContainText(note);

  // Opening the piece read what it was told about it.
  await writer.goto('/admin/notifications');
  await expect(writer.getByRole('link', { name: /^Notifications/ })).toHaveText('Notifications');
  await openPiece(writer, id);

  await writer.getByRole('button', { name: 'Submit for review' }).click();
  await expect(writer.getByText('Sent to the editors for review.')).toBeVisible();
  await writer.goto('/admin');
  await expect(writer.getByRole('row').filter({ hasText: title })).not.toContainText('Sent back');
});

test('market-moving news waits for a second editor: not its author, not its marker; the audit log names the approver', async ({ browser }) => {
  const maya = await signedIn(browser, 'editor');
  const ada = await signedIn(browser, 'admin');

  // Maya writes it and Ada marks it: neither may approve.
  const own = `ETF decision due at the close ${test.info().project.name}`;
  const ownId = await writeCompleteDraft(maya, own);
  await openPiece(ada, ownId);
  await ada.getByRole('button', { name: 'Mark market-moving' }).click();
  await expect(ada.getByRole('region', { name: 'Market-moving' })).toContainText('Market-moving, marked by Ada Admin.');
  await expect(ada.getByRole('region', { name: 'Market-moving' })).toContainText('You marked this piece market-moving: another editor must approve it.');
  await openPiece(maya, ownId);
  await expect(maya.getByRole('region', { name: 'Market-moving' })).toContainText('You wrote this piece: another editor must approve it.');
  await expect(maya.getByRole('button', { name: 'Approve for publication' })).toHaveCount(0);
  await confirmMove(maya, 'Publish now', 'Publish');
  await expect(maya.getByTestId('action-bar').getByRole('alert')).toContainText('This piece is marked market-moving: a second editor (not its author, nor Ada Admin, who marked it) must approve it before it goes live.');
  expect((await statusOf(ownId)).status).toBe('draft');

  // The writer's piece, marked by Maya: Ada approves, and then it goes out.
  const writer = await signedIn(browser, 'writer');
  const title = `Exchange halts withdrawals ${test.info().project.name}`;
  const id = await writeCompleteDraft(writer, title);
  await openPiece(maya, id);
  await maya.getByRole('button', { name: 'Mark market-moving' }).click();
  await expect(maya.getByRole('region', { name: 'Market-moving' })).toContainText('You marked this piece market-moving');
  await openPiece(ada, id);
  await ada.getByRole('button', { name: 'Approve for publication' }).click();
  await expect(ada.getByRole('region', { name: 'Market-moving' })).toContainText('Approved by Ada Admin');
  await openPiece(maya, id);
  await maya.getByRole('button', { name: 'Publish now' }).click();
  const confirmation = maya.getByRole('dialog', { name: `Publish “${title}” now?` });
  await expect(confirmation).toContainText('It appears on the site, in the feeds and in search at once, dated now.');
  await confirmation.getByRole('button', { name: 'Publish' }).click();
  await expect(maya.getByText('Published.', { exact: true })).toBeVisible();
  expect((await maya.request.get(`/news/${(await statusOf(id)).slug}`)).status()).toBe(200);

  await ada.goto('/admin/audit');
  await expect(ada.getByText(`Ada Admin approved the market-moving ‘${title}’ as the second editor.`)).toBeVisible();
  await expect(ada.getByText(`Maya Okafor marked ‘${title}’ as market-moving: a second editor must approve it.`)).toBeVisible();
});
