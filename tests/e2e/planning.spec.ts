// Issue 14, planning: an editor assigns a story before anyone writes a word; the writer finds it and writes it.
import type { Browser } from '@playwright/test';
import { eq } from 'drizzle-orm';
import { articles } from '@/db/schema';
import { connectE2eDatabase } from '../support/e2e-database';
import { expect, test } from '../support/e2e-portal';
import { bodyBox, statusLine } from '../support/piece-editor';
import { signIn, type DemoRole } from '../support/sign-in';

test.use({ portalEnv: { NEWSROOM_TIMEZONE: 'America/New_York' } });

async function inNewYork(browser: Browser, who: DemoRole) {
  const page = await (await browser.newContext({ timezoneId: 'America/New_York' })).newPage();
  await signIn(page, who);
  return page;
}

async function stored(id: number) {
  const { db, close } = connectE2eDatabase();
  const [row] = await db.select({ title: articles.title, slugLine: articles.slugLine, dueAt: articles.dueAt, plannedFor: articles.plannedFor }).from(articles).where(eq(articles.id, id));
  await close();
  return row!;
}

test('an editor plans a story for the writer in New York time and moves its deadline; the writer finds it, and writes it', async ({ browser }) => {
  const editor = await inNewYork(browser, 'editor');
  await editor.goto('/admin/planned');
  const form = editor.getByRole('form', { name: 'Plan the story' });

  // Refused: the form says why, beside the field, and nothing is planned.
  await form.getByLabel('Assigned to').selectOption({ label: 'Daniel Reyes' });
  await form.getByLabel(/^Due/).fill('2031-01-15T09:30');
  await form.getByRole('button', { name: 'Plan the story' }).click();
  await expect(form.getByRole('alert')).toHaveText('Nothing was saved. Give the story a slug line.');
  await expect(form.locator('#plan-new-slugLine-error')).toHaveText('Give the story a slug line.');
  await expect(form.getByLabel('Slug line')).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.getByText('Nothing is planned yet.')).toBeVisible();

  await form.getByLabel('Slug line').fill('fed-minutes');
  await expect(form.getByLabel(/^Due/)).toHaveAccessibleName('Due (newsroom time, America/New_York)');
  await form.getByLabel(/^Planned publication/).fill('2031-01-15T12:00');
  await form.getByRole('button', { name: 'Plan the story' }).click();
  await expect(form.getByRole('status')).toHaveText('Planned “fed-minutes” for Daniel Reyes, due 15 Jan 2031, 09:30 EST.');

  const row = editor.getByRole('row', { name: /fed-minutes/ });
  await expect(row).toContainText('Daniel Reyes');
  await expect(row).toContainText('Draft');
  await expect(row).toContainText('15 Jan 2031, 09:30 EST');
  await expect(row).toContainText('15 Jan 2031, 12:00 EST');
  const href = await row.getByRole('link', { name: 'fed-minutes' }).getAttribute('href');
  const id = Number(href!.split('/').pop());
  expect(await stored(id)).toEqual({ title: '', slugLine: 'fed-minutes', dueAt: new Date('2031-01-15T14:30:00Z'), plannedFor: new Date('2031-01-15T17:00:00Z') });

  // The desk moves the deadline from the piece itself; the writer's version of the text is untouched.
  await row.getByRole('link', { name: 'fed-minutes' }).click();
  await expect(statusLine(editor)).toContainText('All changes saved');
  await editor.getByText('Plan: Assigned to Daniel Reyes, due 15 Jan 2031, 09:30 EST').click();
  const box = editor.getByRole('form', { name: 'Save plan' });
  await box.getByLabel(/^Due/).fill('2031-01-15T10:00');
  await box.getByRole('button', { name: 'Save plan' }).click();
  await expect(box.getByRole('status')).toHaveText('Plan saved: Daniel Reyes, due 15 Jan 2031, 10:00 EST.');
  await expect(editor.getByText('Plan: Assigned to Daniel Reyes, due 15 Jan 2031, 10:00 EST')).toBeVisible();

  const writer = await inNewYork(browser, 'writer');
  await expect(writer.locator(`a[href="/admin/pieces/${id}"]`)).toBeVisible();
  await writer.goto('/admin/planned');
  await expect(writer.getByRole('form', { name: 'Plan the story' })).toHaveCount(0);
  await expect(writer.getByRole('row', { name: /fed-minutes/ })).toContainText('15 Jan 2031, 10:00 EST');
  await writer.getByRole('link', { name: 'fed-minutes' }).click();
  await expect(writer.getByText('Assigned to you, due 15 Jan 2031, 10:00 EST')).toBeVisible();
  await expect(statusLine(writer)).toContainText('All changes saved');
  await writer.getByLabel('Headline').fill('Fed minutes show a split over the pace of cuts');
  await bodyBox(writer).fill('Officials disagreed on how fast to ease.');
  await expect(statusLine(writer)).toContainText('All changes saved', { timeout: 10_000 });
  expect((await stored(id)).title).toBe('Fed minutes show a split over the pace of cuts');
});
