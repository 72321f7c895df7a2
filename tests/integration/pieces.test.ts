import { count, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { findRedirectedSlug, getPublishedArticle } from '@/db/queries/articles';
import { listPieces } from '@/db/queries/newsroom';
import { publishDuePieces, renderOutdatedBodies } from '@/db/queries/pieces';
import { getActiveUser, type StaffUser } from '@/db/queries/users';
import { articleRevisions, articles, articleTags, auditLog, tags, users } from '@/db/schema';
import { publishPiece, savePieceCommand, schedulePiece } from '@/lib/newsroom/pieces';
import { BODY_RENDERER_VERSION, bodyColumns, bodyRenderer, readBodyHtml } from '@/lib/content/body';
import { markdownToDocument } from '@/lib/content/document/markdown';
import { parseBodyDocument } from '@/lib/content/document/validate';
import { demoArticles } from '@/lib/demo/articles';
import { hashPassword } from '@/lib/auth/password';
import { createArticle, createAuthor, createCategory } from '../support/fixtures';

let editor: StaffUser;
let categoryId: number;

const draft = (overrides: Record<string, unknown> = {}) => ({
  title: 'Miners sign power deals with AI tenants',
  dek: 'Hosting revenue cushions a weaker hashprice.',
  keyPoints: JSON.stringify(['Three deals were signed this quarter.']),
  tags: JSON.stringify(['Mining', 'AI']),
  body: 'Bitcoin miners signed three hosting deals with AI tenants this quarter, executives said. The contracts pay for power whether or not bitcoin rallies. Hashprice fell after the halving.',
  categoryId: String(categoryId),
  ...overrides,
});

async function create(overrides: Record<string, unknown> = {}) {
  const result = await savePieceCommand(editor, draft(overrides));
  expect(result.error).toBeUndefined();
  return result.data as { id: number; version: number; slug: string; summary: string; summarySource: string };
}

describe('writing pieces', () => {
  beforeAll(async () => {
    categoryId = (await createCategory({ slug: 'mining', name: 'Mining' })).id;
    const [user] = await db.insert(users).values({ email: 'ed@example.test', name: 'Ed', role: 'editor', passwordHash: await hashPassword('x-password-long') }).returning();
    await createAuthor({ userId: user!.id, name: 'Ed Itor' });
    editor = (await getActiveUser(user!.id))!;
  });

  it('derives the slug from the headline and generates a labelled summary when none is written', async () => {
    const piece = await create();
    expect(piece.slug).toBe('miners-sign-power-deals-with-ai-tenants');
    expect(piece.summarySource).toBe('generated');
    expect(piece.summary).toContain('hosting deals');
  });

  it('stores the body as HTML on every save, so a published edit reads as written, and drops it when the body changes without it', async () => {
    const piece = await create({ title: 'Stored body check', body: '## Power\n\nHosting pays **first**.' });
    const saved = await savePieceCommand(editor, draft({ id: piece.id, version: piece.version, title: 'Stored body check', slug: piece.slug, body: '## Power\n\nHosting pays <script>alert(1)</script>*later*.' }));
    expect(saved.error).toBeUndefined();
    const [row] = await db.select({ bodyHtml: articles.bodyHtml }).from(articles).where(eq(articles.id, piece.id));
    expect(row!.bodyHtml).toBe('<h2>Power</h2>\n<p>Hosting pays alert(1)<em>later</em>.</p>');
    expect((await publishPiece(editor, { id: piece.id, version: (saved.data as { version: number }).version })).ok).toBe('Published.');
    expect(readBodyHtml((await getPublishedArticle(piece.slug))!)).toBe(row!.bodyHtml);

    // An operator's fix in SQL changes the document alone: the HTML stored for the old one must not outlive it.
    await db.update(articles).set({ bodyDoc: markdownToDocument('Hosting pays *by the hour*.') }).where(eq(articles.id, piece.id));
    const fixed = (await getPublishedArticle(piece.slug))!;
    expect(fixed.bodyHtml).toBeNull();
    expect(readBodyHtml(fixed)).toBe('<p>Hosting pays <em>by the hour</em>.</p>');
  });

  it('converts every body written as Markdown before documents, and renders those of an older renderer, a batch at a time', async () => {
    const older = [
      ...(await Promise.all(demoArticles.map((article) => createArticle({ body: article.body })))),
      await createArticle({ ...bodyColumns(markdownToDocument('Rendered by renderer 1.')), bodyHtml: '<p>stale</p>', bodyHtmlRenderer: BODY_RENDERER_VERSION - 1 }),
    ];
    let batches = 0;
    while ((await renderOutdatedBodies(bodyRenderer, db, 25)) > 0) batches += 1;
    expect(batches).toBeGreaterThanOrEqual(3);
    const rows = await db.select({ id: articles.id, bodyDoc: articles.bodyDoc, bodyHtml: articles.bodyHtml, renderer: articles.bodyHtmlRenderer }).from(articles).where(inArray(articles.id, older.map((a) => a.id)));
    expect(rows).toHaveLength(older.length);
    for (const [index, article] of demoArticles.entries()) {
      const row = rows.find((r) => r.id === older[index]!.id)!;
      // The document the Markdown describes, valid as a save would store it, and the page's HTML made from it.
      expect(parseBodyDocument(row.bodyDoc)).toEqual({ ok: true, doc: markdownToDocument(article.body) });
      expect(row).toMatchObject({ bodyHtml: bodyColumns(markdownToDocument(article.body)).bodyHtml, renderer: BODY_RENDERER_VERSION });
    }
    expect(rows.find((r) => r.id === older.at(-1)!.id)).toMatchObject({ bodyHtml: '<p>Rendered by renderer 1.</p>', renderer: BODY_RENDERER_VERSION });
    expect(await renderOutdatedBodies(bodyRenderer, db)).toBe(0);
  });

  it('keeps an editor’s own summary over a generated one', async () => {
    const piece = await create({ title: 'Second take on hosting', summary: 'Written by a human.' });
    expect(piece).toMatchObject({ summary: 'Written by a human.', summarySource: 'editor' });
  });

  it('keeps a generated summary generated, following the body, when the editor sends it back unchanged', async () => {
    const piece = await create({ title: 'Summary that follows the body' });
    const body = 'Hashprice fell to a record low this week. Miners switched off older machines across Texas. Power prices rose.';
    const saved = await savePieceCommand(editor, draft({ id: piece.id, version: piece.version, title: 'Summary that follows the body', summary: piece.summary, body }));
    expect(saved.data).toMatchObject({ summarySource: 'generated', summary: expect.stringContaining('Hashprice') });
  });

  it('lets the slug follow the headline until the piece is published or the slug is typed', async () => {
    const piece = await create({ title: 'Bitc' });
    expect(piece.slug).toBe('bitc');
    const grown = await savePieceCommand(editor, draft({ id: piece.id, version: piece.version, title: 'Bitcoin miners rethink power', slug: 'bitc' }));
    expect(grown.data).toMatchObject({ slug: 'bitcoin-miners-rethink-power' });
    const typed = await savePieceCommand(editor, draft({ id: piece.id, version: 2, title: 'Bitcoin miners rethink power deals', slug: 'miners-power' }));
    expect(typed.data).toMatchObject({ slug: 'miners-power' });
    const kept = await savePieceCommand(editor, draft({ id: piece.id, version: 3, title: 'Bitcoin miners rethink their power deals', slug: 'miners-power' }));
    expect(kept.data).toMatchObject({ slug: 'miners-power' });
  });

  it('keeps a revision for every save', async () => {
    const piece = await create({ title: 'Revisions are kept' });
    const second = await savePieceCommand(editor, draft({ id: piece.id, version: piece.version, title: 'Revisions are kept, v2' }));
    const [{ n }] = (await db.select({ n: count() }).from(articleRevisions).where(eq(articleRevisions.articleId, piece.id))) as [{ n: number }];
    expect(second.data).toMatchObject({ version: 2 });
    expect(n).toBe(2);
  });

  it('refuses a save based on a stale version, keeps the other text, and overwrites nothing', async () => {
    const piece = await create({ title: 'Two editors, one piece' });
    const first = await savePieceCommand(editor, draft({ id: piece.id, version: piece.version, title: 'Two editors, one piece', body: 'Alice’s text.' }));
    expect(first.ok).toBe('Saved.');
    const stale = await savePieceCommand(editor, draft({ id: piece.id, version: piece.version, title: 'Two editors, one piece', body: 'Bob’s text.' }));
    expect(stale.status).toBe(409);
    expect(stale.error).toMatch(/Someone else saved/);
    expect((stale.data!.current as { body: string }).body).toBe('Alice’s text.');
    const [stored] = await db.select({ body: articles.body }).from(articles).where(eq(articles.id, piece.id));
    expect(stored!.body).toBe('Alice’s text.');
  });

  it('refuses a slug another piece uses, with a message on the field', async () => {
    await create({ title: 'Unique slugs', slug: 'unique-slugs' });
    const clash = await savePieceCommand(editor, draft({ title: 'Something else', slug: 'unique-slugs' }));
    expect(clash.fieldErrors?.slug).toEqual(['Another piece already uses that slug.']);
  });

  it('gives a headline another piece already made a slug of the next free suffix, and keeps it while the headline stays', async () => {
    const first = await create({ title: 'ETF flows turn positive' });
    const second = await create({ title: 'ETF flows turn positive' });
    const third = await create({ title: 'ETF flows turn positive!' });
    expect([first.slug, second.slug, third.slug]).toEqual(['etf-flows-turn-positive', 'etf-flows-turn-positive-2', 'etf-flows-turn-positive-3']);
    // Saved again with its headline, the second keeps its address; the suffix still follows a new headline.
    const again = await savePieceCommand(editor, draft({ id: second.id, version: second.version, title: 'ETF flows turn positive' }));
    expect(again.data).toMatchObject({ slug: 'etf-flows-turn-positive-2' });
    const renamed = await savePieceCommand(editor, draft({ id: second.id, version: second.version + 1, title: 'ETF flows turn positive for a week' }));
    expect(renamed.data).toMatchObject({ slug: 'etf-flows-turn-positive-for-a-week' });
  });

  it('cuts a long headline’s slug at a whole word', async () => {
    const piece = await create({ title: 'Stablecoin supply climbs to a record as exchanges report the largest weekly inflows since the spring rally began' });
    expect(piece.slug).toBe('stablecoin-supply-climbs-to-a-record-as-exchanges-report-the-largest-weekly');
  });

  it('refuses text over a limit, naming the limit, and changes nothing', async () => {
    const piece = await create({ title: 'Limits are named' });
    const [before] = await db.select().from(articles).where(eq(articles.id, piece.id));
    const long = await savePieceCommand(editor, draft({ id: piece.id, version: piece.version, title: `Limits ${'are named '.repeat(60)}` }));
    expect(long.fieldErrors?.title).toEqual(['Use at most 200 characters.']);
    // A body whose Markdown is over what the database holds: refused on the body's field, not as an unplaced error.
    const huge = await savePieceCommand(editor, draft({ id: piece.id, version: piece.version, bodyDoc: JSON.stringify(markdownToDocument('**Fat** text. '.repeat(17_000))) }));
    expect(huge.fieldErrors?.bodyDoc?.[0]).toMatch(/^The body is too long to store: shorten it by about [\d,]+ characters \(it can hold 200,000, formatting included\)\.$/);
    const [after] = await db.select().from(articles).where(eq(articles.id, piece.id));
    expect(after).toEqual(before);
  });

  it('keeps tags as written, emoji and other scripts included, each with a slug of its own', async () => {
    const piece = await create({ title: 'Tags keep their text', tags: JSON.stringify(['🚀', 'Bitcoin 🚀', 'Bitcoin', 'ビットコイン']) });
    const stored = await db.select({ name: tags.name, slug: tags.slug }).from(articleTags).innerJoin(tags, eq(tags.id, articleTags.tagId)).where(eq(articleTags.articleId, piece.id)).orderBy(tags.slug);
    expect(stored).toEqual([
      { name: 'Bitcoin', slug: 'bitcoin' },
      { name: 'Bitcoin 🚀', slug: 'bitcoin-u1f680' },
      { name: '🚀', slug: 'u1f680' },
      { name: 'ビットコイン', slug: 'u30d3-u30c3-u30c8-u30b3-u30a4-u30f3' },
    ]);
  });

  it('will not publish a finance piece without a category, dek, key point and disclaimer', async () => {
    const piece = await create({ title: 'Incomplete piece', dek: '', keyPoints: '[]', categoryId: '', disclaimer: ' ' });
    const result = await publishPiece(editor, { id: piece.id, version: piece.version });
    expect(result.status).toBe(422);
    expect(result.error).toBe('Before publishing, add a category, a dek, at least one key point, a disclaimer.');
    expect((await db.select({ status: articles.status }).from(articles).where(eq(articles.id, piece.id)))[0]!.status).toBe('draft');
  });

  it('publishes, then keeps the old address working after the slug changes', async () => {
    const piece = await create({ title: 'Renamed after publishing' });
    expect((await publishPiece(editor, { id: piece.id, version: piece.version })).ok).toBe('Published.');
    expect(await getPublishedArticle(piece.slug)).not.toBeNull();
    const renamed = await savePieceCommand(editor, draft({ id: piece.id, version: piece.version + 1, title: 'Renamed after publishing', slug: 'a-better-slug' }));
    expect(renamed.ok).toBe('Saved.');
    expect(await getPublishedArticle('a-better-slug')).not.toBeNull();
    expect(await findRedirectedSlug(piece.slug)).toBe('a-better-slug');
  });

  it('publishes scheduled pieces once due, including ones that fell due while nothing was running, and flags lateness', async () => {
    const piece = await create({ title: 'Scheduled while the server was down' });
    expect((await schedulePiece(editor, { id: piece.id, version: piece.version, at: new Date(Date.now() + 60_000).toISOString() })).ok).toMatch(/^Scheduled/);
    expect(await publishDuePieces()).toEqual([]);
    // The due time passes with no server running.
    await db.update(articles).set({ scheduledFor: new Date(Date.now() - 5 * 60_000) }).where(eq(articles.id, piece.id));
    const published = await publishDuePieces();
    expect(published).toEqual([{ id: piece.id, slug: piece.slug, lateSeconds: expect.any(Number) }]);
    expect(published[0]!.lateSeconds).toBeGreaterThanOrEqual(299);
    expect(await getPublishedArticle(piece.slug)).not.toBeNull();
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.entityId, String(piece.id))).orderBy(auditLog.id).limit(1).offset(1);
    expect(entry).toMatchObject({ action: 'publish_scheduled', details: { lateSeconds: expect.any(Number) } });
    const { rows } = await listPieces({ title: 'Scheduled while the server was down' }, { limit: 5, offset: 0 });
    expect(rows[0]!.lateSeconds).toBeGreaterThanOrEqual(299);
  });

  it('lists who last saved a piece and says when a scheduled one goes live, in the newsroom zone (UTC in tests)', async () => {
    const piece = await create({ title: 'Who touched it last' });
    const at = new Date(Date.now() + 86_400_000);
    expect((await schedulePiece(editor, { id: piece.id, version: piece.version, at: at.toISOString() })).ok).toMatch(/^Scheduled for \d{1,2} \w{3} \d{4}, \d{2}:\d{2} UTC\.$/);
    const { rows } = await listPieces({ title: 'Who touched it last' }, { limit: 5, offset: 0 });
    expect(rows[0]).toMatchObject({ status: 'scheduled', scheduledFor: at, lastEditor: 'Ed' });
  });

  it('refuses a schedule time in the past', async () => {
    const piece = await create({ title: 'Back to the future' });
    const result = await schedulePiece(editor, { id: piece.id, version: piece.version, at: '2020-01-01T00:00:00Z' });
    expect(result.fieldErrors?.at).toEqual(['Choose a time in the future.']);
  });
});
