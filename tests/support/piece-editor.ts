// The piece editor as the writing-together specs drive it, on the suite's own portal (site '') or on any other.
import { expect, type Page } from '@playwright/test';

export const statusLine = (page: Page) => page.getByTestId('action-bar').getByRole('status');
export const bodyBox = (page: Page) => page.getByRole('textbox', { name: 'Body' });

/** Opens a new piece from the newsroom of `site` and returns its id. */
export async function startPiece(page: Page, site = ''): Promise<number> {
  await page.goto(`${site}/admin`);
  await page.getByRole('button', { name: 'New piece' }).click();
  await expect(page).toHaveURL(/\/admin\/pieces\/\d+$/);
  await expect(statusLine(page)).toContainText('All changes saved');
  return Number(page.url().split('/').pop());
}

/** Clicks a move's button and says yes in the confirmation it asks for ("Publish now", then "Publish"). */
export async function confirmMove(page: Page, button: string, confirm: string) {
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: confirm, exact: true }).click();
}

/** Starts a piece with everything publishing asks for, and returns its id once it is stored. */
export async function writeCompleteDraft(page: Page, title: string) {
  const id = await startPiece(page);
  await page.getByLabel('Headline').fill(title);
  await page.getByLabel('Dek').fill('The desk wants to know when it goes out.');
  await page.getByLabel('Key point 1', { exact: true }).fill('It goes out at the market open.');
  await page.getByLabel(/^Category/).selectOption({ label: 'Markets' });
  await bodyBox(page).fill('Futures point higher before the bell.');
  await expect(statusLine(page)).toContainText('All changes saved', { timeout: 10_000 });
  return id;
}

/** The body's paragraphs as a reader sees them, without the co-editors' caret name labels drawn inside them. */
export const bodyText = (page: Page) =>
  bodyBox(page).evaluate((box) => {
    const copy = box.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.collaboration-carets__caret, .collaboration-carets__label').forEach((caret) => caret.remove());
    return [...copy.querySelectorAll('p')].map((paragraph) => paragraph.textContent ?? '').join('\n');
  });

/**
 * The page's /collab connection through a socket the test can pull: Chromium's offline emulation leaves a WebSocket
 * open when another context has one to the same server, so going offline also closes it and refuses new ones.
 */
export async function unpluggableCollab(page: Page) {
  let plugged = true;
  const open = new Set<{ close: () => Promise<void> }>();
  await page.context().routeWebSocket(/\/collab$/, (socket) => {
    if (!plugged) return void socket.close({ code: 1001 });
    const server = socket.connectToServer();
    open.add({ close: async () => (await socket.close({ code: 1001 }), await server.close()) });
  });
  return async () => {
    plugged = false;
    await page.context().setOffline(true);
    await Promise.all([...open].map((socket) => socket.close()));
    open.clear();
    return async () => {
      plugged = true;
      await page.context().setOffline(false);
    };
  };
}
