// A minute of writing together, as issue 13 asks it to be proven, on one portal or across two instances: a writer and
// an editor type different words into one piece's headline, dek and body at once, the editor offline for ten seconds
// in the middle; at the end every word either typed is in both browsers and in Postgres.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { seededRandom } from '@/lib/prices/simulated';
import { bodyBox, bodyText, startPiece, statusLine, unpluggableCollab } from './piece-editor';

/** A signed-in browser and the portal it works on ('' for the suite's own, its baseURL). */
export type Typist = { page: Page; site: string };
/** A piece's text as the articles table stores it. */
export type StoredText = { title: string; dek: string; body: string };

type Where = keyof StoredText;
// Words each typist may put into a one-line field, so both stay under the headline's 200 and the dek's 300.
const FIELD_WORDS: Record<Exclude<Where, 'body'>, number> = { title: 12, dek: 25 };

const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean);

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

/** The whole minute, checks included; the words each typist picks follow COLLAB_SEED (annotated, to replay a failure). */
export async function typeTogetherForAMinute(writerAt: Typist, editorAt: Typist, storedArticle: (id: number) => Promise<StoredText>) {
  test.setTimeout(240_000);
  const seed = Number(process.env.COLLAB_SEED ?? Date.now() % 1_000_000);
  test.info().annotations.push({ type: 'seed', description: `COLLAB_SEED=${seed}` });
  const [writer, editor] = [writerAt.page, editorAt.page];

  const id = await startPiece(writer, writerAt.site);
  // Something in each field first, so the start (the editor's) and the end (the writer's) are apart.
  await writer.getByLabel('Headline').fill('Desk notes');
  await writer.getByLabel('Dek').fill('Both');
  await bodyBox(writer).pressSequentially('Middle.');
  await expect(statusLine(writer)).toContainText('All changes saved');

  const unplug = await unpluggableCollab(editor);
  await editor.goto(`${editorAt.site}/admin/pieces/${id}`);
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
}
