// Writing together across instances: two portals of the test's own on one database and one Redis, as two instances
// of one deployment behind a balancer; an editor on each, in one piece, for a few words and for the minute of
// typing-together.ts that collaboration.spec.ts runs on one portal.
import { randomBytes } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { createDatabase, dropDatabase, uniqueDatabaseName, withConnection } from '../support/database';
import { makeDataDir, startPortal, stopPortal, type Portal } from '../support/portal-process';
import { bodyBox, bodyText, startPiece, statusLine } from '../support/piece-editor';
import { signIn, type DemoRole } from '../support/sign-in';
import { typeTogetherForAMinute, type StoredText } from '../support/typing-together';

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

const storedArticle = async (id: number) => (await withConnection(databaseUrl, (sql) => sql<StoredText[]>`select title, dek, body from articles where id = ${id}`))[0]!;

test('co-editors connected to different instances see each other’s words as they type, and Postgres keeps both', async ({ browser }) => {
  const [a, b] = portals as [Portal, Portal];
  const editor = await editorOn(browser, a, 'editor');
  const id = await startPiece(editor, a.url);
  const admin = await editorOn(browser, b, 'admin');
  await admin.goto(`${b.url}/admin/pieces/${id}`);

  await editor.getByLabel('Headline').pressSequentially('Miners hedge', { delay: 40 });
  await expect(admin.getByLabel('Headline')).toHaveValue('Miners hedge');
  await admin.getByLabel('Headline').click();
  await admin.keyboard.press('End');
  await admin.keyboard.type(' power costs', { delay: 40 });
  await expect(editor.getByLabel('Headline')).toHaveValue('Miners hedge power costs');

  await bodyBox(editor).click();
  await editor.keyboard.type('Written on instance A.', { delay: 20 });
  await editor.keyboard.press('Enter');
  await expect.poll(() => bodyText(admin)).toBe('Written on instance A.\n');
  await bodyBox(admin).click();
  await admin.keyboard.press('ControlOrMeta+End');
  await admin.keyboard.type('Written on instance B.', { delay: 20 });
  for (const page of [editor, admin]) {
    await expect.poll(() => bodyText(page)).toBe('Written on instance A.\nWritten on instance B.');
    await expect(statusLine(page)).toContainText('All changes saved', { timeout: 20_000 });
  }
  expect(await storedArticle(id)).toEqual({ title: 'Miners hedge power costs', dek: '', body: 'Written on instance A.\n\nWritten on instance B.' });
});

test('a writer on one instance and an editor on another, typing at once for a minute, the editor offline for ten seconds, keep every word', async ({ browser }) => {
  const [a, b] = portals as [Portal, Portal];
  const [writer, editor] = [await editorOn(browser, a, 'writer'), await editorOn(browser, b, 'editor')];
  await typeTogetherForAMinute({ page: writer, site: a.url }, { page: editor, site: b.url }, storedArticle);
});
