import { expect, test } from '../support/e2e-portal';

test('a reader goes home → category → article → related story → author', async ({ page, isMobile }) => {
  await page.goto('/');
  if (isMobile) await page.getByText('Menu', { exact: true }).click();
  const nav = page.getByRole('navigation', { name: isMobile ? 'Sections' : 'Categories', exact: true });
  await nav.getByRole('link', { name: 'Mining' }).click();
  await expect(page).toHaveURL(/\/category\/mining$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mining');

  await page.locator('main article h2 a').first().click();
  await expect(page).toHaveURL(/\/news\//);
  const firstTitle = await page.getByRole('heading', { level: 1 }).textContent();

  const related = page.locator('section[aria-labelledby="related"] li a').first();
  const relatedTitle = (await related.textContent())!.trim();
  await related.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(relatedTitle);
  expect(relatedTitle).not.toBe(firstTitle);

  const author = page.locator('main article a[href^="/author/"]');
  const authorName = (await author.textContent())!.trim();
  await author.click();
  await expect(page).toHaveURL(/\/author\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(authorName);
  expect(await page.locator('main article h2 a').count()).toBeGreaterThan(0);
});

test('category pages paginate', async ({ page }) => {
  await page.goto('/latest');
  const firstPage = await page.locator('main article h2 a').allTextContents();
  expect(firstPage).toHaveLength(12);
  await page.getByRole('link', { name: 'Older →' }).click();
  await expect(page).toHaveURL(/\/latest\?page=2$/);
  const secondPage = await page.locator('main article h2 a').allTextContents();
  expect(secondPage.length).toBeGreaterThan(0);
  expect(secondPage.filter((t) => firstPage.includes(t))).toEqual([]);
});

test('search finds a story by a word from its body and marks the match', async ({ page, isMobile }) => {
  await page.goto('/');
  await page.locator('main article a[href^="/news/"]').first().click();
  await expect(page).toHaveURL(/\/news\//);
  // A long, specific word from the article's body.
  const words = (await page.locator('.prose-article p').first().textContent())!.match(/[A-Za-z]{9,}/g)!;
  const word = words[words.length - 1]!;
  const title = await page.getByRole('heading', { level: 1 }).textContent();

  if (isMobile) await page.getByText('Menu', { exact: true }).click();
  const box = page.getByRole('searchbox', { name: 'Search news' }).locator('visible=true');
  await box.fill(word);
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(page.getByRole('heading', { name: /stor(y|ies) match/ })).toBeVisible();
  await expect(page.getByRole('link', { name: title! })).toBeVisible();
  await expect(page.locator('mark').first()).toBeVisible();
});

test('a search page past the last one is not found, rather than saying nothing matches', async ({ request }) => {
  expect((await request.get('/search?q=bitcoin')).status()).toBe(200);
  expect((await request.get('/search?q=bitcoin&page=400')).status()).toBe(404);
});

test('a search with no match says so and offers a way on', async ({ page }) => {
  await page.goto('/search?q=zyxwvutsrqp');
  await expect(page.getByRole('heading', { name: 'No stories match “zyxwvutsrqp”' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Browse the latest news/ })).toBeVisible();
});
