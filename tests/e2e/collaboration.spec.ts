// Writing together: two people in one piece keep every word either typed, through a dropped connection and a tab
// closed offline; only those who may edit the piece can join its shared document, and a disabled colleague is cut
// off at their next keystroke.
import type { Browser, Locator, Page } from '@playwright/test';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { eq } from 'drizzle-orm';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { articles } from '@/db/schema';
import { seededRandom } from '@/lib/prices/simulated';
import { connectE2eDatabase, createStaffUser } from '../support/e2e-database';
import { expect, test } from '../support/e2e-portal';
import { signedInPage } from '../support/sign-in';

const demo = (browser: Browser, who: 'writer' | 'editor' | 'admin') => signedInPage(browser, `${who}@tickerwire.test`, `${who}-demo-2026`);

async function startPiece(page: Page): Promise<number> {
  await page.goto('/admin');
  await page.getByRole('button', { name: 'New piece' }).click();
  await expect(page).toHaveURL(/\/admin\/pieces\/\d+$/);
  await expect(statusLine(page)).toContainText('All changes saved');
  return Number(page.url().split('/').pop());
}

const statusLine = (page: Page) => page.getByTestId('action-bar').getByRole('status');
const bodyBox = (page: Page) => page.getByRole('textbox', { name: 'Body' });
const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean);

/** The body's paragraphs as a reader sees them, without the co-editors' caret name labels drawn inside them. */
const bodyText = (page: Page) =>
  bodyBox(page).evaluate((box) => {
    const copy = box.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.collaboration-carets__caret, .collaboration-carets__label').forEach((caret) => caret.remove());
    return [...copy.querySelectorAll('p')].map((paragraph) => paragraph.textContent ?? '').join('\n');
  });

async function storedArticle(id: number) {
  const { db, close } = connectE2eDatabase();
  try {
    const [row] = await db.select({ title: articles.title, dek: articles.dek, body: articles.body }).from(articles).where(eq(articles.id, id));
    return row!;
  } finally {
    await close();
  }
}

/**
 * The page's /collab connection through a socket the test can pull: Chromium's offline emulation leaves a WebSocket
 * open when another context has one to the same server, so going offline also closes it and refuses new ones.
 */
async function unpluggableCollab(page: Page) {
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

type Where = 'title' | 'dek' | 'body';
// Words each typist may put into a one-line field, so both stay under the headline's 200 and the dek's 300.
const FIELD_WORDS: Record<Exclude<Where, 'body'>, number> = { title: 12, dek: 25 };

/**
 * One typist: a word every 300 to 800 ms into the headline, the dek or the body until `until`. The writer adds hers
 * at the end of each field, the editor his at the start, as two people adding to a shared note do.
 */
async function typeWords(page: Page, prefix: string, at: 'start' | 'end', next: () => number, until: number) {
  const typed: Record<Where, string[]> = { title: [], dek: [], body: [] };
  const fields: Record<Where, Locator> = { title: page.getByLabel('Headline'), dek: page.getByLabel('Dek'), body: bodyBox(page) };
  for (let n = 1; Date.now() < until; n++) {
    const word = `${prefix}${n}`;
    const roll = next();
    const where: Where = roll < 0.25 && typed.title.length < FIELD_WORDS.title ? 'title' : roll < 0.5 && typed.dek.length < FIELD_WORDS.dek ? 'dek' : 'body';
    const field = fields[where];
    await field.focus();
    await field.press(where === 'body' ? (at === 'end' ? 'Control+End' : 'Control+Home') : at === 'end' ? 'End' : 'Home');
    await field.pressSequentially(at === 'end' ? ` ${word}` : `${word} `, { delay: 30 });
    typed[where].push(word);
    await page.waitForTimeout(300 + next() * 500);
  }
  return typed;
}

test('a writer and an editor typing at once for a minute, one of them offline for ten seconds, keep every word', async ({ browser }) => {
  test.setTimeout(240_000);
  const seed = Number(process.env.COLLAB_SEED ?? Date.now() % 1_000_000);
  test.info().annotations.push({ type: 'seed', description: `COLLAB_SEED=${seed}` });

  const writer = await demo(browser, 'writer');
  const id = await startPiece(writer);
  // Something in each field first, so the start (the editor's) and the end (the writer's) are apart.
  await writer.getByLabel('Headline').fill('Desk notes');
  await writer.getByLabel('Dek').fill('Both');
  await bodyBox(writer).pressSequentially('Middle.');
  await expect(statusLine(writer)).toContainText('All changes saved');

  const editor = await demo(browser, 'editor');
  const unplug = await unpluggableCollab(editor);
  await editor.goto(`/admin/pieces/${id}`);
  await expect(editor.getByLabel('Headline')).toHaveValue('Desk notes');
  await expect(bodyBox(editor)).toContainText('Middle.');

  const until = Date.now() + 60_000;
  const goOffline = async () => {
    await editor.waitForTimeout(25_000);
    const plugBackIn = await unplug();
    // What the editor sees while the connection is down.
    await expect(statusLine(editor)).toContainText('Offline: changes are kept in this browser');
    await editor.waitForTimeout(10_000);
    await plugBackIn();
  };
  const [writerWords, editorWords] = await Promise.all([typeWords(writer, 'w', 'end', seededRandom(seed), until), typeWords(editor, 'e', 'start', seededRandom(seed + 1), until), goOffline()]);

  for (const page of [writer, editor]) await expect(statusLine(page)).toContainText('All changes saved', { timeout: 30_000 });
  // Read at once: "All changes saved" says Postgres already has them.
  const stored = await storedArticle(id);
  const expected = {
    title: ['Desk', 'notes', ...writerWords.title, ...editorWords.title],
    dek: ['Both', ...writerWords.dek, ...editorWords.dek],
    body: ['Middle.', ...writerWords.body, ...editorWords.body],
  };
  const missing = (have: string, want: string[]) => want.filter((word) => !wordsOf(have).includes(word));
  for (const [who, page] of [['writer', writer], ['editor', editor]] as const) {
    expect.soft(missing(await page.getByLabel('Headline').inputValue(), expected.title), `headline words missing in the ${who}'s browser`).toEqual([]);
    expect.soft(missing(await page.getByLabel('Dek').inputValue(), expected.dek), `dek words missing in the ${who}'s browser`).toEqual([]);
    expect.soft(missing(await bodyText(page), expected.body), `body words missing in the ${who}'s browser`).toEqual([]);
  }
  expect.soft(missing(stored.title, expected.title), 'headline words missing from articles.title').toEqual([]);
  expect.soft(missing(stored.dek, expected.dek), 'dek words missing from articles.dek').toEqual([]);
  expect.soft(missing(stored.body, expected.body), 'body words missing from articles.body').toEqual([]);
  // Nobody's word is there twice, and both browsers show the same text.
  expect(wordsOf(await writer.getByLabel('Headline').inputValue()).sort()).toEqual([...expected.title].sort());
  expect(await editor.getByLabel('Dek').inputValue()).toBe(await writer.getByLabel('Dek').inputValue());
  expect(await bodyText(editor)).toBe(await bodyText(writer));
});

test('a sentence typed offline in a tab that is then closed comes back and reaches the newsroom', async ({ browser }) => {
  const writer = await demo(browser, 'writer');
  const unplug = await unpluggableCollab(writer);
  const id = await startPiece(writer);
  const context = writer.context();
  const plugBackIn = await unplug();
  await expect(statusLine(writer)).toContainText('Offline: changes are kept in this browser');
  const sentence = 'Miners sold less than they mined for the third week running.';
  await bodyBox(writer).pressSequentially(sentence);
  await writer.close();

  await plugBackIn();
  const again = await context.newPage();
  await again.goto(`/admin/pieces/${id}`);
  await expect(bodyBox(again)).toHaveText(sentence);
  await expect(statusLine(again)).toContainText('All changes saved');
  await expect.poll(async () => (await storedArticle(id)).body).toBe(sentence);
});

/** A session cookie header for `page`'s signed-in account, as its browser sends it. */
async function cookieHeader(page: Page) {
  const cookies = await page.context().cookies();
  return cookies.map(({ name, value }) => `${name}=${value}`).join('; ');
}

/** A Hocuspocus client from outside any browser, with the cookies given (or none). */
function collabClient(baseURL: string, id: number, cookie: string | null) {
  class CookieSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, cookie ? { headers: { cookie } } : {});
    }
  }
  const document = new Y.Doc();
  let refused!: () => void;
  let synced!: () => void;
  const outcome = {
    refused: new Promise<void>((resolve) => (refused = resolve)),
    synced: new Promise<void>((resolve) => (synced = resolve)),
  };
  const socket = new HocuspocusProviderWebsocket({ url: `${baseURL.replace(/^http/, 'ws')}/collab`, WebSocketPolyfill: CookieSocket });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: `piece:${id}`,
    document,
    token: 'session-cookie',
    onAuthenticationFailed: () => refused(),
    onSynced: () => synced(),
  });
  provider.attach();
  const close = () => (provider.destroy(), socket.destroy());
  return { document, close, ...outcome, title: () => document.getText('title').toString() };
}

test('only someone who may edit a piece can join its shared document', async ({ browser, baseURL }) => {
  const owner = await demo(browser, 'writer');
  const id = await startPiece(owner);
  await owner.getByLabel('Headline').fill('Exchange weighs a stablecoin listing');
  await bodyBox(owner).pressSequentially('Unannounced: not for other writers.');
  await expect(statusLine(owner)).toContainText('All changes saved');

  await createStaffUser('other-writer@example.test', 'other-writer-pass-1');
  const otherWriter = await signedInPage(browser, 'other-writer@example.test', 'other-writer-pass-1');
  await otherWriter.goto(`/admin/pieces/${id}`);
  await expect(otherWriter.getByLabel('Headline')).toHaveCount(0);

  // A page of another site, even with the owner's cookie, is refused before the handshake completes.
  const crossSite = new WebSocket(`${baseURL!.replace(/^http/, 'ws')}/collab`, { headers: { origin: 'https://elsewhere.example', cookie: await cookieHeader(owner) } });
  const status = await new Promise<number>((resolve, reject) => {
    crossSite.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    crossSite.on('open', () => reject(new Error('the cross-site handshake was accepted')));
    crossSite.on('error', reject);
  });
  expect(status).toBe(403);

  const otherWriters = collabClient(baseURL!, id, await cookieHeader(otherWriter));
  const anonymous = collabClient(baseURL!, id, null);
  const ownClient = collabClient(baseURL!, id, await cookieHeader(owner));
  try {
    await Promise.all([otherWriters.refused, anonymous.refused]);
    // The owner, through the same client, gets the text: the two refused ones never did.
    await ownClient.synced;
    expect(ownClient.title()).toBe('Exchange weighs a stablecoin listing');
    for (const refused of [otherWriters, anonymous]) {
      expect(refused.title()).toBe('');
      expect(refused.document.getXmlFragment('body').length).toBe(0);
    }
  } finally {
    for (const client of [otherWriters, anonymous, ownClient]) client.close();
  }
});

test('a colleague disabled while the piece is open is cut off at their next keystroke', async ({ browser }) => {
  const admin = await demo(browser, 'admin');
  await admin.goto('/admin/users');
  const form = admin.getByRole('form', { name: 'New staff account' });
  await form.getByLabel('Name').fill('Leaving Writer');
  await form.getByLabel('Email').fill('leaving@example.test');
  await form.getByLabel('Initial password').fill('leaving-password-1');
  await form.getByLabel('Role').selectOption('writer');
  await form.getByLabel(/author profile/).check();
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect(form.getByRole('status')).toContainText('can now sign in');

  const writer = await signedInPage(browser, 'leaving@example.test', 'leaving-password-1');
  const id = await startPiece(writer);
  await writer.getByLabel('Headline').fill('Validator exits climb');
  await bodyBox(writer).pressSequentially('Queued exits doubled.');
  await expect(statusLine(writer)).toContainText('All changes saved');
  const editor = await demo(browser, 'editor');
  await editor.goto(`/admin/pieces/${id}`);
  await expect(bodyBox(editor)).toContainText('Queued exits doubled.');

  const account = admin.getByRole('listitem').filter({ hasText: 'leaving@example.test' });
  await account.getByRole('button', { name: 'Disable' }).click();
  await expect(account.getByRole('button', { name: 'Re-enable' })).toBeVisible();

  await bodyBox(writer).focus();
  await bodyBox(writer).press('Control+End');
  await bodyBox(writer).pressSequentially(' Afterthought.');
  await expect(statusLine(writer)).toContainText(/Not saved: you can no longer edit this piece|Offline/);

  // The editor's own word after it reaches Postgres; the writer's, typed before, does not arrive anywhere.
  await bodyBox(editor).focus();
  await bodyBox(editor).press('Control+End');
  await bodyBox(editor).pressSequentially(' Checked.');
  await expect(statusLine(editor)).toContainText('All changes saved');
  await expect.poll(async () => (await storedArticle(id)).body).toContain('Checked.');
  expect(await bodyText(editor)).not.toContain('Afterthought');
  expect((await storedArticle(id)).body).not.toContain('Afterthought');
});
