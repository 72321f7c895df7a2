// Writing together across instances: two portals of the test's own on one database and one Redis, as two instances
// of one deployment behind a balancer; an editor on each, in one piece.
import { randomBytes } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { createDatabase, dropDatabase, uniqueDatabaseName, withConnection } from '../support/database';
import { makeDataDir, startPortal, stopPortal, type Portal } from '../support/portal-process';
import { signIn, type DemoRole } from '../support/sign-in';

test.setTimeout(180_000);

const serverUrl = process.env.DATABASE_URL!;
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const databaseName = uniqueDatabaseName('tw_collab');
const sharedSecret = randomBytes(32).toString('base64url');
let databaseUrl: string;
let portals: Portal[] = [];
let removeDataDirs: (() => Promise<void>)[] = [];

test.beforeAll(async () => {
  test.setTimeout(180_000);
  databaseUrl = await createDatabase(serverUrl, databaseName);
  // One after the other: the first migrates and seeds the empty database.
  for (let i = 0; i < 2; i++) {
    const { dir, remove } = await makeDataDir();
    removeDataDirs.push(remove);
    portals.push(await startPortal({ dataDir: dir, databaseUrl, env: { REDIS_URL: redisUrl, AUTH_SECRET: sharedSecret } }));
  }
});

test.afterAll(async () => {
  await Promise.all(portals.map((portal) => stopPortal(portal)));
  await Promise.all(removeDataDirs.map((remove) => remove()));
  portals = [];
  removeDataDirs = [];
  await dropDatabase(serverUrl, databaseName);
});

async function editorOn(browser: Browser, portal: Portal, who: DemoRole): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, who, portal.url);
  return page;
}

const saved = (page: Page) => expect(page.getByTestId('action-bar').getByRole('status')).toHaveText(/All changes saved/, { timeout: 20_000 });
// The paragraphs' text without the co-editors' caret labels drawn inside them.
const bodyText = (page: Page) =>
  page
    .getByRole('textbox', { name: 'Body' })
    .locator('p')
    .evaluateAll((paragraphs) => paragraphs.map((p) => [...p.childNodes].filter((node) => !(node instanceof Element && node.matches('.collaboration-carets__caret'))).map((node) => node.textContent).join('')));

test('co-editors connected to different instances see each other’s words as they type, and Postgres keeps both', async ({ browser }) => {
  const [a, b] = portals as [Portal, Portal];
  const editor = await editorOn(browser, a, 'editor');
  await editor.getByRole('button', { name: 'New piece' }).click();
  await expect(editor).toHaveURL(/\/admin\/pieces\/\d+$/);
  const id = Number(editor.url().split('/').pop());
  const admin = await editorOn(browser, b, 'admin');
  await admin.goto(`${b.url}/admin/pieces/${id}`);

  await editor.getByLabel('Headline').pressSequentially('Miners hedge', { delay: 40 });
  await expect(admin.getByLabel('Headline')).toHaveValue('Miners hedge');
  await admin.getByLabel('Headline').click();
  await admin.keyboard.press('End');
  await admin.keyboard.type(' power costs', { delay: 40 });
  await expect(editor.getByLabel('Headline')).toHaveValue('Miners hedge power costs');

  await editor.getByRole('textbox', { name: 'Body' }).click();
  await editor.keyboard.type('Written on instance A.', { delay: 20 });
  await editor.keyboard.press('Enter');
  await expect.poll(() => bodyText(admin)).toEqual(['Written on instance A.', '']);
  await admin.getByRole('textbox', { name: 'Body' }).click();
  await admin.keyboard.press('ControlOrMeta+End');
  await admin.keyboard.type('Written on instance B.', { delay: 20 });
  for (const page of [editor, admin]) {
    await expect.poll(() => bodyText(page)).toEqual(['Written on instance A.', 'Written on instance B.']);
    await saved(page);
  }
  const [row] = await withConnection(databaseUrl, (sql) => sql<{ title: string; body: string }[]>`select title, body from articles where id = ${id}`);
  expect(row).toEqual({ title: 'Miners hedge power costs', body: 'Written on instance A.\n\nWritten on instance B.' });
});
