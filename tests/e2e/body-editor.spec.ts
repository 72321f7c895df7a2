import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/e2e-portal';

/** A new piece of its own (the desktop and phone runs go side by side, and a body is shared by all who open it), or an existing one to look at. */
async function openPiece(page: Page, id?: number) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('editor@tickerwire.test');
  await page.getByLabel('Password').fill('editor-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  if (id) await page.goto(`/admin/pieces/${id}`);
  else await page.getByRole('button', { name: 'New piece' }).click();
  const body = page.getByRole('textbox', { name: 'Body' });
  await expect(body).toBeVisible();
  return body;
}

/** Empties the body, then pastes as a browser does: a paste event carrying the clipboard's formats. */
async function paste(page: Page, formats: Record<string, string>) {
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await body.evaluate((element, data) => {
    const clipboard = new DataTransfer();
    for (const [type, value] of Object.entries(data)) clipboard.setData(type, value);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }));
  }, formats);
  return body;
}

const fixture = (name: string) => readFile(`tests/fixtures/paste/${name}.html`, 'utf8');

test('a paste from Google Docs keeps its headings, lists, link, table, bold and italic', async ({ page }) => {
  await openPiece(page);
  const body = await paste(page, { 'text/html': await fixture('google-docs'), 'text/plain': 'Treasury yields set the tone' });
  await expect(body.getByRole('heading', { level: 2, name: 'Treasury yields set the tone' })).toBeVisible();
  await expect(body.getByRole('heading', { level: 3, name: 'What desks are watching' })).toBeVisible();
  await expect(body.locator('ul > li')).toHaveText(['Stablecoin supply on Ethereum', 'Bitcoin ETF flows']);
  await expect(body.locator('ol > li')).toHaveText(['Check the overnight funding rate', 'Compare it with the futures basis']);
  await expect(body.getByRole('link', { name: "the Federal Reserve's H.15 release" })).toHaveAttribute('href', 'https://www.federalreserve.gov/releases/h15/');
  await expect(body.locator('strong', { hasText: '4.62%' })).toBeVisible();
  await expect(body.locator('em', { hasText: 'briefly' })).toBeVisible();
  await expect(body.getByRole('row')).toHaveCount(2);
  await expect(body.getByRole('cell', { name: '$111,240' })).toBeVisible();
  // The wrapper <b> Google Docs puts around everything is not bold.
  await expect(body.locator('strong', { hasText: 'Ten-year yields' })).toHaveCount(0);
});

test('a paste from Word turns its list paragraphs into real lists, without bullets typed as text', async ({ page }) => {
  await openPiece(page);
  const body = await paste(page, { 'text/html': await fixture('word'), 'text/plain': 'Oil slips as inventories build' });
  await expect(body.getByRole('heading', { level: 2, name: 'Oil slips as inventories build' })).toBeVisible();
  await expect(body.getByRole('heading', { level: 2, name: 'Why traders care' })).toBeVisible();
  await expect(body.locator('ul > li')).toHaveText(['Refinery margins are thin', 'Shipping rates are rising']);
  await expect(body.locator('ol > li')).toHaveText(['Read the inventory table', 'Compare with the five-year average', 'Write the lede']);
  await expect(body.getByRole('link', { name: 'the EIA reported' })).toHaveAttribute('href', 'https://www.eia.gov/petroleum/supply/weekly/');
  await expect(body.locator('strong', { hasText: '2.1%' })).toBeVisible();
  await expect(body.locator('em', { hasText: 'surprise' })).toBeVisible();
  await expect(body.getByRole('cell', { name: 'Brent' })).toBeVisible();
  await expect(body).not.toContainText('·');
  await expect(body).not.toContainText('mso-');
});

test('a paste from a web page keeps the text and drops scripts, styles and outside images', async ({ page }) => {
  await openPiece(page);
  const body = await paste(page, { 'text/html': await fixture('web-page'), 'text/plain': 'Gold hits a record' });
  await expect(body.getByRole('heading', { level: 2, name: 'Gold hits a record as the dollar weakens' })).toBeVisible();
  await expect(body.locator('strong', { hasText: '$2,710' })).toBeVisible();
  await expect(body.getByRole('link', { name: 'the LBMA' })).toHaveAttribute('href', 'https://www.lbma.org.uk/prices-and-data');
  for (const noise of ['dataLayer', 'tracking pixel', 'font-family', 'Advertisement', '.ad-slot']) await expect(body).not.toContainText(noise);
  await expect(body.locator('img')).toHaveCount(0);
  // A javascript: link keeps its words and loses the link.
  await expect(body.getByText('Click for the full chart')).toBeVisible();
  await expect(body.getByRole('link', { name: 'Click for the full chart' })).toHaveCount(0);
});

// Needs the server's importMarkdown (the lead's actions.importMarkdown).
test('Markdown pasted as plain text becomes structure', async ({ page }) => {
  await openPiece(page);
  const body = await paste(page, { 'text/plain': '## Rates outlook\n\n- First **point**\n- Second, with [a source](https://example.com/source)\n\n| Asset | Move |\n|---|---|\n| BTC | -2% |\n' });
  await expect(body.getByRole('heading', { level: 2, name: 'Rates outlook' })).toBeVisible();
  await expect(body.locator('ul > li')).toHaveText(['First point', 'Second, with a source']);
  await expect(body.locator('strong', { hasText: 'point' })).toBeVisible();
  await expect(body.getByRole('link', { name: 'a source' })).toHaveAttribute('href', 'https://example.com/source');
  await expect(body.getByRole('columnheader', { name: 'Asset' })).toBeVisible();
  await expect(body).not.toContainText('**');
});

test('the toolbar, the shortcuts and $SYMBOL format the body', async ({ page }) => {
  const body = await openPiece(page);
  await paste(page, { 'text/plain': 'Plain start' });
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Heading 2' }).click();
  await expect(page.getByRole('button', { name: 'Heading 2' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('Flows turn');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ControlOrMeta+B');
  await page.keyboard.type('Net outflows');
  await page.keyboard.press('ControlOrMeta+B');
  await page.keyboard.type(' hit $BTC funds, not $500 ones.');
  await page.getByRole('button', { name: 'Bulleted list' }).click();
  await expect(body.getByRole('heading', { level: 2, name: 'Flows turn' })).toBeVisible();
  await expect(body.locator('ul > li strong')).toHaveText('Net outflows');
  await expect(body.locator('[data-coin="BTC"]')).toHaveText('BTC');
  await expect(body).toContainText('$500 ones');

  // A link through the inline form, which refuses other schemes.
  await page.keyboard.press('ControlOrMeta+K');
  const address = page.getByRole('textbox', { name: 'Link address' });
  await address.fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Links must start with' })).toBeVisible();
  await address.fill('https://example.com/flows');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(body.getByRole('link', { name: 'https://example.com/flows' })).toBeVisible();

  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await expect(body.getByRole('columnheader')).toHaveCount(3);
  await page.getByRole('button', { name: 'Add row' }).click();
  await expect(body.getByRole('row')).toHaveCount(4);
  await expect(page.getByText(/^\d+ words · \d+ min read$/)).toBeVisible();
});

test('the editor page has no accessibility violations', async ({ page }) => {
  // Another piece than the one the tests above fill (an empty table header, mid-writing, is a violation of its own).
  await openPiece(page, 2);
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('on a phone the save state and the actions stay in view while writing', { tag: '@phone' }, async ({ page }) => {
  const body = await openPiece(page);
  await body.click();
  await page.keyboard.type(' More.');
  const viewport = page.viewportSize()!;
  for (const name of ['Save a revision', 'Publish now']) {
    const box = (await page.getByRole('button', { name }).boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    expect(box.y).toBeGreaterThan(viewport.height / 2);
  }
  await expect(page.getByRole('status').filter({ hasText: /Saving|All changes saved/ })).toBeInViewport();
});
