// A session ends for good: on sign-out, on "Sign out everywhere", when the password changes elsewhere, and when an
// admin disables the account (enabling it again revives nothing). Each test has an account of its own.
import type { Page } from '@playwright/test';
import { eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import { connectE2eDatabase, createStaffUser } from '../support/e2e-database';
import { expect, test } from '../support/e2e-portal';
import { signedInPage } from '../support/sign-in';

const emailOf = (name: string) => `${name}@example.test`;

async function expectSignedOut(page: Page) {
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/sign-in/);
}

async function expectSignedIn(page: Page) {
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByText('Signed in as')).toBeVisible();
}

test('changing the password signs out every other session, not this one', async ({ browser }) => {
  const email = emailOf('two-laptops');
  await createStaffUser(email, 'first-password-123');
  const here = await signedInPage(browser, email, 'first-password-123');
  const elsewhere = await signedInPage(browser, email, 'first-password-123');

  await here.goto('/admin/account');
  await expect(here.getByText('You are signed in on 2 browsers or devices')).toBeVisible();
  await here.getByLabel('Current password').fill('first-password-123');
  await here.getByLabel(/^New password \(/).fill('second-password-456');
  await here.getByLabel('New password again').fill('second-password-456');
  await here.getByRole('button', { name: 'Change password' }).click();
  await expect(here.getByRole('status')).toHaveText('Password changed. Your other session was signed out.');

  await expectSignedOut(elsewhere);
  await expectSignedIn(here);
});

test('a session cookie copied before sign-out no longer works after it', async ({ browser }) => {
  const email = emailOf('copied');
  await createStaffUser(email, 'copied-password-123');
  const page = await signedInPage(browser, email, 'copied-password-123');
  const copied = await page.context().cookies();
  expect(copied.some((cookie) => cookie.name.endsWith('next-auth.session-token'))).toBe(true);

  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  const replay = await browser.newContext();
  await replay.addCookies(copied);
  await expectSignedOut(await replay.newPage());
});

test('"Sign out everywhere" ends every session, this one included', async ({ browser }) => {
  const email = emailOf('everywhere');
  await createStaffUser(email, 'everywhere-password-1');
  const here = await signedInPage(browser, email, 'everywhere-password-1');
  const elsewhere = await signedInPage(browser, email, 'everywhere-password-1');

  await here.goto('/admin/account');
  await here.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(here).toHaveURL(/\/sign-in/);
  await expectSignedOut(here);
  await expectSignedOut(elsewhere);
  // The password still works: only the sessions ended.
  await expectSignedIn(await signedInPage(browser, email, 'everywhere-password-1'));
});

test('disabling an account ends its sessions; enabling it again revives none', async ({ browser }) => {
  const email = emailOf('returning');
  await createStaffUser(email, 'returning-password-1');
  const page = await signedInPage(browser, email, 'returning-password-1');

  const admin = await signedInPage(browser, 'admin@tickerwire.test', 'admin-demo-2026');
  await admin.goto('/admin/users');
  const account = admin.getByRole('listitem').filter({ hasText: email });
  await account.getByRole('button', { name: 'Disable' }).click();
  await admin.getByRole('dialog').getByRole('button', { name: 'Disable' }).click();
  await expect(account.getByRole('button', { name: 'Re-enable' })).toBeVisible();
  await account.getByRole('button', { name: 'Re-enable' }).click();
  await expect(account.getByRole('button', { name: 'Disable' })).toBeVisible();

  const { db, close } = connectE2eDatabase();
  const [row] = await db.select({ disabled: users.disabled }).from(users).where(eq(users.email, email));
  await close();
  expect(row?.disabled).toBe(false);
  await expectSignedOut(page);
});
