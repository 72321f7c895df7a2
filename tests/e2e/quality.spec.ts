import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/e2e-portal';

async function firstArticlePath(page: Page) {
  await page.goto('/');
  return (await page.locator('section[aria-labelledby="latest"] article h3 a').first().getAttribute('href'))!;
}

const pages = [
  { name: 'home', path: async () => '/' },
  { name: 'article', path: firstArticlePath },
  { name: 'category', path: async () => '/category/markets' },
  { name: 'search', path: async () => '/search?q=bitcoin' },
  { name: 'trending', path: async () => '/trending' },
  { name: 'prices', path: async () => '/prices' },
  { name: '404', path: async () => '/news/no-such-story' },
];

for (const { name, path } of pages) {
  test(`${name}: no accessibility violations, no sideways scrolling, readable text`, async ({ page }, testInfo) => {
    await page.goto(await path(page));
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    const { scrollWidth, innerWidth, bodySize } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      bodySize: parseFloat(getComputedStyle(document.body).fontSize),
    }));
    // docs/reading.md's quality figures come from these lines.
    console.log(`quality (${testInfo.project.name}) ${name}: ${violations.length} axe violations, page ${scrollWidth} px wide in a ${innerWidth} px viewport, body text ${bodySize} px`);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    expect(bodySize).toBeGreaterThanOrEqual(16);
  });
}

test('tap targets in the page shell are at least 44 px tall', async ({ page, isMobile }, testInfo) => {
  await page.goto('/');
  if (isMobile) await page.getByText('Menu', { exact: true }).click();
  const heights = await page
    .locator('header a:visible, header button:visible, header summary:visible, footer a:visible')
    .evaluateAll((nodes) => nodes.map((n) => ({ text: n.textContent?.trim(), height: n.getBoundingClientRect().height })));
  console.log(`quality (${testInfo.project.name}) shell: ${heights.length} tap targets, smallest ${Math.min(...heights.map((h) => h.height))} px tall`);
  expect(heights.filter((h) => h.height < 44)).toEqual([]);
});

test('the skip link is the first stop for keyboard users', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
});
