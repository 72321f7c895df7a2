import type { Browser, Page } from '@playwright/test';
import { expect, test } from '../support/e2e-portal';

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/admin$/);
}

async function signedIn(browser: Browser, email: string, password: string) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, password);
  return page;
}

const signInAdmin = (browser: Browser) => signedIn(browser, 'admin@tickerwire.test', 'admin-demo-2026');

test('an admin adds a writer, promotes and then disables them, and the audit log shows each step', async ({ browser }) => {
  const name = 'Nina Novak';
  const email = 'nina@example.test';
  const password = 'first-day-password-1';

  const admin = await signInAdmin(browser);
  await admin.getByRole('navigation', { name: 'Newsroom' }).getByRole('link', { name: 'Users' }).click();
  const form = admin.getByRole('form', { name: 'New staff account' });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Initial password').fill(password);
  await form.getByLabel('Role').selectOption('writer');
  await form.getByLabel(/author profile/).check();
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect(form.getByRole('status')).toHaveText(`${name} can now sign in as ${email}.`);
  await expect(form.getByLabel('Name')).toHaveValue('');

  const card = admin.getByRole('listitem').filter({ has: admin.getByRole('heading', { name }) });
  await expect(card).toContainText('writer');
  await expect(card).toContainText('Active');
  await expect(card.getByRole('link', { name })).toHaveAttribute('href', '/author/nina-novak');

  const writer = await signedIn(browser, email, password);
  await expect(writer.getByText('Signed in as')).toContainText('(writer)');
  await expect(writer.getByRole('link', { name: 'Users' })).toHaveCount(0);

  await card.getByLabel('Role').selectOption('editor');
  await card.getByRole('button', { name: 'Change role' }).click();
  await expect(card.getByRole('status')).toHaveText('Role changed to editor.');
  await writer.reload();
  await expect(writer.getByText('Signed in as')).toContainText('(editor)');

  await card.getByRole('button', { name: /^Disable/ }).click();
  const confirm = admin.getByRole('dialog', { name: /^Disable / });
  await expect(confirm).toContainText('signed out everywhere at once');
  await confirm.getByRole('button', { name: 'Disable' }).click();
  await expect(card.getByText('Disabled', { exact: true })).toBeVisible();
  await writer.reload();
  await expect(writer).toHaveURL(/\/sign-in/);

  await admin.getByRole('link', { name: 'Audit log' }).click();
  const entries = admin.getByRole('list', { name: 'Audit entries' }).getByRole('listitem').filter({ hasText: name });
  await expect(entries.filter({ hasText: ' added ' })).toContainText(`Ada Admin added ${name} (${email}) as a writer.`);
  await expect(entries.filter({ hasText: 'role' })).toContainText(`Ada Admin changed ${name}’s role from writer to editor.`);
  await admin.getByLabel('Action').selectOption('disable_user');
  await admin.getByRole('button', { name: 'Filter' }).click();
  await expect(admin).toHaveURL(/action=disable_user/);
  await expect(entries).toHaveCount(1);
  await expect(entries).toContainText(`Ada Admin disabled ${name}’s account.`);
});

test('an email already in use is flagged on its field and the rest of the form is kept', async ({ browser }) => {
  const admin = await signInAdmin(browser);
  await admin.goto('/admin/users');
  const form = admin.getByRole('form', { name: 'New staff account' });
  await form.getByLabel('Name').fill('Daniel Again');
  await form.getByLabel('Email').fill('Writer@tickerwire.test');
  await form.getByLabel('Initial password').fill('another-password-1');
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect(form.getByText('Another staff account already uses that email.')).toBeVisible();
  await expect(form.getByLabel('Name')).toHaveValue('Daniel Again');
});

test('an editor sees no Users or Audit log link and cannot open those pages', async ({ browser }) => {
  const editor = await signedIn(browser, 'editor@tickerwire.test', 'editor-demo-2026');
  const nav = editor.getByRole('navigation', { name: 'Newsroom' });
  await expect(nav.getByRole('link', { name: 'Pieces' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Users' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Audit log' })).toHaveCount(0);
  for (const path of ['/admin/users', '/admin/audit']) {
    const response = await editor.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(editor.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  }
});

test('the admin pages fit a phone-sized screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, 'admin@tickerwire.test', 'admin-demo-2026');
  for (const path of ['/admin/users', '/admin/audit']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(375);
  }
});
