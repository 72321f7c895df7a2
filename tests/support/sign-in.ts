import { expect, type Browser, type Page } from '@playwright/test';

export type DemoRole = 'writer' | 'editor' | 'admin';

/** Signs in as one of the demo accounts on `site` (the suite's own server when omitted). */
export async function signIn(page: Page, who: DemoRole, site = '') {
  await page.goto(`${site}/sign-in`);
  await page.getByLabel('Email').fill(`${who}@tickerwire.test`);
  await page.getByLabel('Password').fill(`${who}-demo-2026`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/admin$/);
}

/** A browser of its own (a context: its own cookies and storage), signed in with `email` and `password`. */
export async function signedInPage(browser: Browser, email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  return page;
}
