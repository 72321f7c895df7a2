import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { articles } from '@/db/schema';
import { connectE2eDatabase } from '../support/e2e-database';
import { expect, test } from '../support/e2e-portal';
import { confirmMove } from '../support/piece-editor';

async function openNewPieceAsEditor(page: Page) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('editor@tickerwire.test');
  await page.getByLabel('Password').fill('editor-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole('button', { name: 'New piece' }).click();
  await expect(page).toHaveURL(/\/admin\/pieces\/\d+$/);
}

async function storedPiece(id: number) {
  const { db, close } = connectE2eDatabase();
  const [row] = await db.select({ slug: articles.slug, coverImageUrl: articles.coverImageUrl }).from(articles).where(eq(articles.id, id));
  await close();
  return row!;
}

test('an editor gives a piece a cover with alt text, and readers see that image with that text', async ({ page }) => {
  const photo = await sharp({ create: { width: 1280, height: 720, channels: 3, background: '#f7931a' } }).png().toBuffer();
  const alt = `Rows of mining machines in a shipping container`;
  await openNewPieceAsEditor(page);
  await page.getByLabel('Headline').fill(`Hashprice slides as difficulty climbs`);
  await page.getByLabel('Dek').fill('Miners lean on hosting income while fees stay thin.');
  await page.getByLabel('Key point 1', { exact: true }).fill('Difficulty rose for the fourth adjustment in a row.');
  await page.getByLabel(/^Category/).selectOption({ label: 'Mining' });
  await page.getByRole('textbox', { name: 'Body' }).fill('Public miners reported thinner margins this month as network difficulty kept rising.');
  await page.getByLabel('Cover image').setInputFiles({ name: 'container.png', mimeType: 'image/png', buffer: photo });
  await page.getByLabel('Alt text (required)').fill(alt);
  await expect(page.getByRole('img', { name: alt })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible({ timeout: 10_000 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);

  await confirmMove(page, 'Publish now', 'Publish');
  await expect(page.getByText('Published.')).toBeVisible();
  const piece = await storedPiece(Number(page.url().split('/').pop()));

  await page.goto(`/news/${piece.slug}`);
  const cover = page.locator('main article').getByRole('img', { name: alt });
  await expect(cover).toBeVisible();
  await expect.poll(() => cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  // next/image serves its own sizes of the stored rendition; the rendition itself is the `url` it names.
  const mediaUrl = new URL((await cover.getAttribute('src'))!, page.url()).searchParams.get('url');
  expect(mediaUrl).toBe(piece.coverImageUrl);
  const media = await page.request.get(mediaUrl!);
  expect(media.status()).toBe(200);
  expect(media.headers()).toMatchObject({ 'cache-control': 'public, max-age=31536000, immutable', 'content-type': 'image/webp' });
});

test('an SVG is refused with a message that says why, and no cover is set', async ({ page }) => {
  await openNewPieceAsEditor(page);
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675"><rect width="1200" height="675" fill="#333"/></svg>';
  await page.getByLabel('Cover image').setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(svg) });
  await expect(page.locator('main').getByRole('alert')).toHaveText('SVG images cannot be used as covers. Export it as a JPEG, PNG, WebP or AVIF image.');
  await expect(page.getByLabel('Alt text (required)')).toHaveCount(0);
});

test('a photo over 8 MB is refused with a message that gives the limit', async ({ page }) => {
  await openNewPieceAsEditor(page);
  const noise = await sharp(randomBytes(1800 * 1700 * 3), { raw: { width: 1800, height: 1700, channels: 3 } }).png({ compressionLevel: 0 }).toBuffer();
  await page.getByLabel('Cover image').setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: noise });
  await expect(page.locator('main').getByRole('alert')).toHaveText('The image is larger than 8 MB. Upload a smaller file.');
});
