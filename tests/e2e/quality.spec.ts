import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

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
  test(`${name}: no accessibility violations, no sideways scrolling, readable text`, async ({ page }) => {
    await page.goto(await path(page));
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    const { scrollWidth, innerWidth, bodySize } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      bodySize: parseFloat(getComputedStyle(document.body).fontSize),
    }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    expect(bodySize).toBeGreaterThanOrEqual(16);
  });
}

test('tap targets in the page shell are at least 44 px tall', async ({ page, isMobile }) => {
  await page.goto('/');
  if (isMobile) await page.getByText('Menu', { exact: true }).click();
  const small = await page.locator('header a:visible, header button:visible, header summary:visible, footer a:visible').evaluateAll((nodes) =>
    nodes.filter((n) => n.getBoundingClientRect().height < 44).map((n) => n.textContent?.trim()),
  );
  expect(small).toEqual([]);
});

test('the skip link is the first stop for keyboard users', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
});
