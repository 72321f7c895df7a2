import type { Page } from '@playwright/test';
import { eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import { connectE2eDatabase, createStaffUser } from '../support/e2e-database';
import { expect, test } from '../support/e2e-portal';

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

const emailOf = (name: string) => `${name}@example.test`;

test('the newsroom is closed to anonymous visitors', async ({ page }) => {
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Staff sign-in');
});

test('a writer signs in and sees their own pieces only', async ({ page }) => {
  await signIn(page, 'writer@tickerwire.test', 'writer-demo-2026');
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByText('Signed in as')).toContainText('(writer)');
  const authors = await page.locator('tbody tr td:nth-child(3)').allTextContents();
  expect(authors.length).toBeGreaterThan(0);
  expect(new Set(authors)).toEqual(new Set(['Daniel Reyes']));
});

test('an editor sees the whole newsroom and can filter it', async ({ page }) => {
  await signIn(page, 'editor@tickerwire.test', 'editor-demo-2026');
  await expect(page.getByText('Signed in as')).toContainText('(editor)');
  expect(new Set(await page.locator('tbody tr td:nth-child(3)').allTextContents()).size).toBeGreaterThan(1);
  await page.getByLabel('Status').selectOption('draft');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/status=draft/);
  expect(new Set(await page.locator('tbody tr td:nth-child(2)').allTextContents())).toEqual(new Set(['Draft']));
});

test('a wrong password gets one clear message that reveals no accounts', async ({ page }) => {
  await signIn(page, 'editor@tickerwire.test', 'not-the-password');
  await expect(page.locator('form').getByRole('alert')).toHaveText('Email or password is incorrect.');
  await signIn(page, 'nobody-here@tickerwire.test', 'not-the-password');
  await expect(page.locator('form').getByRole('alert')).toHaveText('Email or password is incorrect.');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('repeated failures from one address are refused there for a while', async ({ page }) => {
  const email = emailOf('locked');
  await createStaffUser(email, 'the-real-password-1');
  for (let i = 0; i < 5; i++) {
    await signIn(page, email, `guess-${i}`);
    await expect(page.locator('form').getByRole('alert')).toBeVisible();
  }
  await signIn(page, email, 'the-real-password-1');
  await expect(page.locator('form').getByRole('alert')).toContainText('Too many failed sign-ins from your network');
});

test('a disabled user is thrown out on the next request', async ({ page }) => {
  const email = emailOf('leaver');
  await createStaffUser(email, 'leaving-soon-password');
  await signIn(page, email, 'leaving-soon-password');
  await expect(page.getByText('Signed in as')).toBeVisible();

  const { db, close } = connectE2eDatabase();
  await db.update(users).set({ disabled: true }).where(eq(users.email, email));
  await close();

  await page.goto('/admin/account');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('staff change their password and sign out', async ({ page }) => {
  const email = emailOf('changer');
  await createStaffUser(email, 'first-password-123');
  await signIn(page, email, 'first-password-123');
  await page.getByRole('link', { name: 'My account' }).click();

  await page.getByLabel('Current password').fill('first-password-123');
  await page.getByLabel(/^New password \(/).fill('second-password-456');
  await page.getByLabel('New password again').fill('something-else-789');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('The two new passwords differ.')).toBeVisible();

  await page.getByLabel('Current password').fill('first-password-123');
  await page.getByLabel(/^New password \(/).fill('second-password-456');
  await page.getByLabel('New password again').fill('second-password-456');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('status')).toHaveText('Password changed.');

  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await signIn(page, email, 'first-password-123');
  await expect(page.locator('form').getByRole('alert')).toHaveText('Email or password is incorrect.');
  await signIn(page, email, 'second-password-456');
  await expect(page).toHaveURL(/\/admin$/);
});
