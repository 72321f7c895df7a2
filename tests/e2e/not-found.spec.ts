// Issue 11, item 9: every 404 is the site's own page in the server's HTML, for readers without JavaScript, screen
// readers and crawlers alike, whether the address matches no route or names something that does not exist.
import { expect, test } from '../support/e2e-portal';

const MISSING = ['/news/no-such-story', '/category/nope', '/tag/nope', '/author/nope', '/prices/nope', '/latest?page=999', '/no-such-page'];

test.use({ javaScriptEnabled: false });

for (const path of MISSING) {
  test(`${path} answers 404 with the site's not-found page, without JavaScript`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response!.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
    await expect(page.getByRole('link', { name: 'Back to the latest news' })).toBeVisible();
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('contentinfo')).toBeVisible();
  });
}
