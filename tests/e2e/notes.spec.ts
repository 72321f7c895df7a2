// Issue 14: a writer and an editor talk inside a piece. A comment on a passage stays on its words while the text
// around it changes, reaches the other without a reload, and a mention tells the person mentioned.
import type { Browser, Page } from '@playwright/test';
import { and, eq } from 'drizzle-orm';
import { staffNotifications, users } from '@/db/schema';
import { connectE2eDatabase } from '../support/e2e-database';
import { expect, test } from '../support/e2e-portal';
import { bodyBox, startPiece, statusLine } from '../support/piece-editor';
import { signIn, type DemoRole } from '../support/sign-in';

// Others' notes arrive by polling every few seconds; this is time to fail, not a speed target.
const ARRIVES = { timeout: 20_000 };

async function staffPage(browser: Browser, who: DemoRole): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, who);
  return page;
}

const notes = (page: Page) => page.getByRole('region', { name: 'Notes', exact: true });
const highlight = (page: Page) => bodyBox(page).locator('[data-note-passage]');

async function selectLastCharacters(page: Page, count: number) {
  await bodyBox(page).click();
  await page.keyboard.press('Control+End');
  for (let i = 0; i < count; i++) await page.keyboard.press('Shift+ArrowLeft');
}

async function mentionedDaniel() {
  const { db, close } = connectE2eDatabase();
  const rows = await db
    .select({ kind: staffNotifications.kind })
    .from(staffNotifications)
    .innerJoin(users, eq(users.id, staffNotifications.userId))
    .where(and(eq(users.email, 'writer@tickerwire.test'), eq(staffNotifications.kind, 'mention')));
  await close();
  return rows.length;
}

test('a comment on a passage reaches the editor, whose mention reaches the writer; it stays on its words and resolves', async ({ browser }) => {
  const writer = await staffPage(browser, 'writer');
  const id = await startPiece(writer);
  await writer.getByLabel('Headline').fill('Exchange moves reserves');
  await bodyBox(writer).fill('The exchange moved its reserves to cold wallets');
  await expect(statusLine(writer)).toContainText('All changes saved', { timeout: 10_000 });

  const editor = await staffPage(browser, 'editor');
  await editor.goto(`/admin/pieces/${id}`);
  await expect(notes(editor)).toContainText('No open notes.');

  await selectLastCharacters(writer, 'cold wallets'.length);
  await notes(writer).getByRole('button', { name: 'Comment on the selection' }).click();
  await notes(writer).getByLabel('Comment on the passage').fill('Which wallets? Name the custodian.');
  await notes(writer).getByRole('button', { name: 'Add the comment' }).click();
  await expect(highlight(writer)).toHaveText('cold wallets');

  const thread = notes(editor).getByRole('article', { name: 'Note by Daniel Reyes' });
  await expect(thread).toContainText('Which wallets? Name the custodian.', ARRIVES);
  await expect(thread).toContainText('“cold wallets”');
  await expect(highlight(editor)).toHaveText('cold wallets');

  const reply = thread.getByLabel('Reply to this thread');
  await reply.fill('@Dan');
  await thread.getByRole('button', { name: 'Mention Daniel Reyes' }).click();
  await reply.press('End');
  await reply.pressSequentially('it is Coinbase Custody, see the filing.');
  await thread.getByRole('button', { name: 'Send reply' }).click();
  await expect(thread.getByRole('list', { name: 'Replies' })).toContainText('@Daniel Reyes it is Coinbase Custody');

  const writersThread = notes(writer).getByRole('article', { name: 'Note by Daniel Reyes' });
  await expect(writersThread.getByRole('list', { name: 'Replies' })).toContainText('Maya Okafor', ARRIVES);
  await expect(writersThread).toContainText('@Daniel Reyes it is Coinbase Custody, see the filing.');
  expect(await mentionedDaniel()).toBe(1);

  // Words typed before the passage do not move the highlight off it.
  await bodyBox(writer).click();
  await writer.keyboard.press('Control+Home');
  await writer.keyboard.type('Breaking: ');
  await expect(highlight(writer)).toHaveText('cold wallets');
  await expect(highlight(editor)).toHaveText('cold wallets', ARRIVES);

  await writersThread.getByRole('button', { name: 'Resolve' }).click();
  await expect(notes(writer)).toContainText('No open notes.');
  await expect(highlight(writer)).toHaveCount(0);
  const resolved = notes(writer).getByText('Resolved (1)');
  await resolved.click();
  await expect(notes(writer).getByRole('article', { name: 'Note by Daniel Reyes' })).toContainText('Resolved by Daniel Reyes.');
  await expect(notes(editor).getByText('Resolved (1)')).toBeVisible(ARRIVES);
});

test('a comment on a passage is highlighted when the piece is opened again; once the passage is deleted it says so and keeps its quote', async ({ browser }) => {
  const writer = await staffPage(browser, 'writer');
  await startPiece(writer);
  await bodyBox(writer).fill('Miners sold 400 BTC on Tuesday');
  await selectLastCharacters(writer, 'on Tuesday'.length);
  // The body's own toolbar starts the comment too, and brings its box into view.
  await writer.getByRole('toolbar').getByRole('button', { name: 'Comment on the selected words' }).click();
  await expect(notes(writer).getByLabel('Comment on the passage')).toBeFocused();
  await writer.keyboard.type('Which Tuesday?');
  await notes(writer).getByRole('button', { name: 'Add the comment' }).click();
  await expect(highlight(writer)).toHaveText('on Tuesday');
  await writer.reload();
  await expect(highlight(writer)).toHaveText('on Tuesday');

  await selectLastCharacters(writer, 'on Tuesday'.length);
  await writer.keyboard.press('Backspace');
  const thread = notes(writer).getByRole('article', { name: 'Note by Daniel Reyes' });
  await expect(thread).toContainText('This passage is gone from the body.');
  await expect(thread).toContainText('“on Tuesday”');
});
