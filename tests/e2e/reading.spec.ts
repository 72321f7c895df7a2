import { demoArticles } from '@/lib/demo/articles';
import { expect, test } from '../support/e2e-portal';

// Other specs publish pieces of their own (without covers) while these run, so this one reads a known demo story.
const demoStory = demoArticles.filter((a) => !a.status).sort((a, b) => a.publishedDaysAgo - b.publishedDaysAgo)[0]!;

test('home leads with a story and lists the latest, each opening with its headline', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: 'Latest news' })).toBeVisible();
  await expect(page.locator('main img').first()).toHaveAttribute('alt', /.+/);
  const links = page.locator('section[aria-labelledby="latest"] article h3 a');
  expect(await links.count()).toBeGreaterThanOrEqual(10);

  const first = links.first();
  const title = (await first.textContent())!.trim();
  await first.click();
  await expect(page).toHaveURL(/\/news\/[a-z0-9-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page).toHaveTitle(`${title} | Tickerwire`);
});

test('an article shows its parts in the newsroom order', async ({ page }) => {
  await page.goto(`/news/${demoStory.slug}`);
  const article = page.locator('main article').first();
  await expect(article.locator('time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
  await expect(article.getByText(/\d+ min read/)).toBeVisible();

  // Category, headline, dek, byline, cover, key points, summary, body, tags, disclaimer: top to bottom.
  const parts = [
    article.locator('header a').first(),
    article.getByRole('heading', { level: 1 }),
    article.locator('header p').nth(0),
    article.locator('a[href^="/author/"]'),
    article.locator('img').first(),
    article.getByRole('heading', { name: 'Key points' }),
    article.getByRole('heading', { name: /^Summary/ }),
    article.locator('.prose-article h2').first(),
    article.getByRole('list', { name: 'Tags' }),
    article.getByText(/not investment, legal or tax advice/),
    page.getByRole('heading', { name: 'You may also like' }),
  ];
  let previous = -1;
  for (const part of parts) {
    const box = await part.first().boundingBox();
    expect(box, `${part} is on the page`).not.toBeNull();
    expect(box!.y).toBeGreaterThan(previous);
    previous = box!.y;
  }
  const related = page.locator('section[aria-labelledby="related"] li');
  expect(await related.count()).toBeGreaterThanOrEqual(4);
  await expect(related.first().locator('p')).not.toBeEmpty();
  for (const box of ['Trending news', 'Crypto prices']) {
    const section = page.getByRole('region', { name: box });
    await expect(section.getByRole('link', { name: /^More/ })).toBeVisible();
  }
});

test('an unknown story, category or page number answers 404 with the site’s not-found page', async ({ page }) => {
  for (const path of ['/news/this-story-does-not-exist', '/category/no-such-section', '/latest?page=abc', '/latest?page=9999']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  }
  await expect(page.getByRole('link', { name: 'Back to the latest news' })).toBeVisible();
});
