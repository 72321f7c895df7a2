// Writing together, measured against the production build: how long a keystroke takes to reach the other editors
// of a piece (2 and 10 of them, Hocuspocus clients on loopback in this process), what an open document costs the
// web server, and how long Chromium takes to show a keystroke in a 200 KB body.
import { randomBytes } from 'node:crypto';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { chromium } from '@playwright/test';
import { sql } from 'drizzle-orm';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { encode } from 'next-auth/jwt';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { articles, authors, staffSessions, users } from '@/db/schema';
import type * as schema from '@/db/schema';
import { bodyColumns } from '@/lib/content/body';
import { markdownToDocument } from '@/lib/content/document/markdown';
import { launchOptions } from '../support/chromium';
import { percentile } from './sse';

type Database = PostgresJsDatabase<typeof schema>;
type Portal = { base: string; secret: string; rssMiB: () => number };

const KEYSTROKES = 200;
const KEYSTROKE_MS = 25;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An editor's session cookie, signed as the portal signs them, for a session row of its own. */
async function editorCookie(db: Database, secret: string) {
  const [user] = await db
    .insert(users)
    .values({ email: `bench-${randomBytes(4).toString('hex')}@example.test`, name: 'Bench Editor', role: 'editor', passwordHash: 'not-used' })
    .returning({ id: users.id });
  const sid = randomBytes(32).toString('base64url');
  await db.insert(staffSessions).values({ id: sid, userId: user!.id, expiresAt: new Date(Date.now() + 3_600_000) });
  return `next-auth.session-token=${await encode({ token: { uid: user!.id, sid }, secret })}`;
}

async function newDraft(db: Database, markdown: string) {
  const [author] = await db.select({ id: authors.id }).from(authors).limit(1);
  const [row] = await db
    .insert(articles)
    .values({ slug: `bench-${randomBytes(4).toString('hex')}`, title: 'Bench piece', ...bodyColumns(markdownToDocument(markdown)), authorId: author!.id, status: 'draft' })
    .returning({ id: articles.id });
  return row!.id;
}

/** A co-editor outside any browser: a Hocuspocus client with the editor's cookie, synced with the piece. */
async function coEditor(base: string, cookie: string, pieceId: number) {
  class CookieSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie } });
    }
  }
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url: `${base.replace(/^http/, 'ws')}/collab`, WebSocketPolyfill: CookieSocket });
  let provider!: HocuspocusProvider;
  await new Promise<void>((resolve, reject) => {
    provider = new HocuspocusProvider({ websocketProvider: socket, name: `piece:${pieceId}`, document: doc, token: 'session-cookie', onSynced: () => resolve(), onAuthenticationFailed: ({ reason }) => reject(new Error(reason)) });
    provider.attach();
  });
  return {
    doc,
    close: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** One editor types into the dek; every other editor notes when each keystroke arrives. */
async function keystrokeLatency(base: string, cookie: string, pieceId: number, editors: number) {
  const clients = await Promise.all(Array.from({ length: editors }, () => coEditor(base, cookie, pieceId)));
  const sentAt: number[] = [];
  const delays: number[] = [];
  for (const other of clients.slice(1)) {
    const dek = other.doc.getText('dek');
    dek.observe(() => {
      const arrived = performance.now();
      // The dek grows by one character per keystroke: its length says which one arrived.
      delays.push(arrived - sentAt[dek.length - 1]!);
    });
  }
  const dek = clients[0]!.doc.getText('dek');
  for (let key = 0; key < KEYSTROKES; key++) {
    sentAt[key] = performance.now();
    dek.insert(key, 'x');
    await sleep(KEYSTROKE_MS);
  }
  await sleep(500);
  clients.forEach((client) => client.close());
  return { p50: percentile(delays, 50), p99: percentile(delays, 99), received: delays.length, expected: KEYSTROKES * (editors - 1) };
}

/** The web server's resident memory for `count` open documents (one editor each), per document. */
async function memoryPerDocument(db: Database, portal: Portal, cookie: string, count: number, body: string) {
  const pieces = await Promise.all(Array.from({ length: count }, () => newDraft(db, body)));
  const before = portal.rssMiB();
  const clients = [];
  for (const id of pieces) clients.push(await coEditor(portal.base, cookie, id));
  await sleep(2_000);
  const after = portal.rssMiB();
  clients.forEach((client) => client.close());
  return ((after - before) * 1024) / count;
}

/**
 * Keystrokes typed in Chromium at the end of a body: each from its key event (its timeStamp, so time queued behind
 * the last keystroke counts) to the next frame drawn after it, which also waits for the display's next frame (up to
 * 16.7 ms at 60 Hz however little there is to do); and the main thread's busy time per keystroke (Chromium's own
 * TaskDuration over the typing, divided by the keystrokes), which has no such wait in it.
 *
 * `editor: false` types into the same page with the editor taken off its body (a copy of the body's DOM, editable,
 * with none of the editor's code listening): what the browser alone spends on a keystroke in that page, the floor
 * under anything the editor does.
 */
async function typingLatency(db: Database, portal: Portal, cookie: string, markdown: string, editor: boolean) {
  const pieceId = await newDraft(db, markdown);
  const browser = await chromium.launch(launchOptions);
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const [name, value] = cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: portal.base }]);
    const page = await context.newPage();
    await page.goto(`${portal.base}/admin/pieces/${pieceId}`);
    const body = page.getByRole('textbox', { name: 'Body' });
    await body.waitFor();
    await body.click();
    await page.keyboard.press('ControlOrMeta+End');
    await sleep(1_000);
    if (!editor) {
      await body.evaluate((element) => {
        const copy = element.cloneNode(true) as HTMLElement;
        element.replaceWith(copy);
        copy.focus();
        getSelection()!.selectAllChildren(copy);
        getSelection()!.collapseToEnd();
      });
    }
    await page.evaluate(() => {
      const samples: number[] = [];
      (window as unknown as { keySamples: number[] }).keySamples = samples;
      addEventListener(
        'keydown',
        (event) => requestAnimationFrame(() => setTimeout(() => samples.push(performance.now() - event.timeStamp))),
        true,
      );
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const busySeconds = async () => (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'TaskDuration')!.value;
    const busyBefore = await busySeconds();
    await page.keyboard.type('x'.repeat(KEYSTROKES), { delay: 30 });
    await sleep(500);
    const busyMs = ((await busySeconds()) - busyBefore) * 1000;
    const samples = await page.evaluate(() => (window as unknown as { keySamples: number[] }).keySamples);
    return { frameP50: percentile(samples, 50), frameP99: percentile(samples, 99), busyMs: busyMs / samples.length, keystrokes: samples.length };
  } finally {
    await browser.close();
  }
}

/** A body of `kb` kilobytes: paragraphs of market prose with a section heading every forty. */
function bodyOf(kb: number) {
  const paragraph = 'Hashprice slid for a third week as difficulty climbed and fees stayed thin across every major pool. ';
  return Array.from({ length: Math.ceil((kb * 1000) / 100) }, (_, i) => `${i % 40 === 0 ? '## Section\n\n' : ''}${paragraph}`).join('\n\n').slice(0, kb * 1000);
}

/** Every collaboration figure, as notes for the benchmark's report. */
export async function measureCollaboration(db: Database, portal: Portal): Promise<string[]> {
  const cookie = await editorCookie(db, portal.secret);
  const notes: string[] = [];
  for (const editors of [2, 10]) {
    const pieceId = await newDraft(db, 'A short draft.');
    const latency = await keystrokeLatency(portal.base, cookie, pieceId, editors);
    notes.push(`writing together, ${editors} editors in one piece: keystroke to the other editors p50 ${latency.p50.toFixed(1)} ms, p99 ${latency.p99.toFixed(1)} ms (${latency.received} of ${latency.expected} arrivals; ${KEYSTROKES} keystrokes, one per ${KEYSTROKE_MS} ms)`);
  }
  const demoBody = (await db.execute<{ body: string }>(sql`select body from articles where status = 'published' order by id limit 1`))[0]!.body;
  const perDocument = await memoryPerDocument(db, portal, cookie, 50, demoBody);
  notes.push(`writing together: web server memory per open document ${perDocument.toFixed(0)} KiB (50 demo-sized pieces, one editor each, resident set before and after)`);
  // A short body first: the floor the same machine, browser and measurement give when the body costs nothing.
  for (const [kb, editor] of [[1, true], [200, true], [200, false]] as const) {
    const typing = await typingLatency(db, portal, cookie, bodyOf(kb), editor);
    const where = editor ? `at the end of a ${kb} KB body` : `at the end of the same 200 KB body with the editor taken off it (the browser alone)`;
    notes.push(`writing together: a keystroke in Chromium ${where} (${typing.keystrokes} keystrokes, one per 30 ms): main thread busy ${typing.busyMs.toFixed(1)} ms per keystroke; key event to the next frame drawn p50 ${typing.frameP50.toFixed(1)} ms, p99 ${typing.frameP99.toFixed(1)} ms`);
  }
  return notes;
}
