// Writing together: two people in one piece keep every word either typed, through a dropped connection and a tab
// closed offline; only those who may edit the piece can join its shared document, and a disabled colleague is cut
// off at their next keystroke.
import type { Browser, Page } from '@playwright/test';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { eq } from 'drizzle-orm';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { articles } from '@/db/schema';
import { connectE2eDatabase, createStaffUser } from '../support/e2e-database';
import { expect, test } from '../support/e2e-portal';
import { bodyBox, bodyText, startPiece, statusLine, unpluggableCollab } from '../support/piece-editor';
import { signedInPage } from '../support/sign-in';
import { typeTogetherForAMinute } from '../support/typing-together';

const demo = (browser: Browser, who: 'writer' | 'editor' | 'admin') => signedInPage(browser, `${who}@tickerwire.test`, `${who}-demo-2026`);

async function storedArticle(id: number) {
  const { db, close } = connectE2eDatabase();
  try {
    const [row] = await db.select({ title: articles.title, dek: articles.dek, body: articles.body }).from(articles).where(eq(articles.id, id));
    return row!;
  } finally {
    await close();
  }
}

// The same minute runs across two instances in collaboration-instances.spec.ts.
test('a writer and an editor typing at once for a minute, one of them offline for ten seconds, keep every word', async ({ browser }) => {
  const [writer, editor] = [await demo(browser, 'writer'), await demo(browser, 'editor')];
  await typeTogetherForAMinute({ page: writer, site: '' }, { page: editor, site: '' }, storedArticle);
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

test('each sees where the other is writing, by name, and the caret follows them', async ({ browser }) => {
  const writer = await demo(browser, 'writer');
  const id = await startPiece(writer);
  await bodyBox(writer).pressSequentially('Hashprice fell.');
  const editor = await demo(browser, 'editor');
  await editor.goto(`/admin/pieces/${id}`);
  await bodyBox(editor).click();
  await editor.keyboard.press('ControlOrMeta+End');
  await editor.keyboard.type(' Fees stayed thin.');

  // The editor's caret, with her name, in the writer's copy of the body; none of the writer's own.
  const caret = bodyBox(writer).locator('.collaboration-carets__caret');
  await expect(caret).toHaveCount(1);
  await expect(caret).toHaveText('Maya Okafor');
  const textBeforeCaret = () => caret.evaluate((element) => element.previousSibling?.textContent ?? '');
  await expect.poll(textBeforeCaret).toMatch(/Fees stayed thin\.$/);

  // A paragraph the writer starts meanwhile leaves the colleague's caret where it was, drawn.
  await bodyBox(writer).click();
  await writer.keyboard.press('ControlOrMeta+End');
  await writer.keyboard.press('Enter');
  await writer.keyboard.type('Miners held.');
  await expect(caret).toHaveCount(1);
  await expect.poll(textBeforeCaret).toMatch(/Fees stayed thin\.$/);

  await editor.keyboard.press('ControlOrMeta+Home');
  await expect.poll(textBeforeCaret).toBe('');
  await expect(bodyBox(editor).locator('.collaboration-carets__caret')).toHaveText('Daniel Reyes');
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
  await admin.getByRole('dialog').getByRole('button', { name: 'Disable' }).click();
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
