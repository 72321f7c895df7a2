import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { eq, sql } from 'drizzle-orm';
import { articleRevisions, articles, articleTags, auditLog, authors, categories, pageViews, tags, users } from '@/db/schema';
import { bodyColumns } from '@/lib/content/body';
import { markdownToDocument } from '@/lib/content/document/markdown';
import { parseBodyDocument } from '@/lib/content/document/validate';
import { connectE2eDatabase } from '../support/e2e-database';
import { expect, test } from '../support/e2e-portal';
import { armedElements } from '../support/safe-html';

// Each payload calls __xss (or alert) if it ever runs. Tokens are kept short, with spaces between them, so the
// story still wraps on a phone.
const X = (id: string) => `__xss('${id}')`;
const payloads = (id: string) => [
  `<script>${X(`${id}-script`)} </script>`,
  `"><img src=x onerror=${X(`${id}-img`)}>`,
  `'><svg onload=${X(`${id}-svg`)}>`,
  `</script> <script>${X(`${id}-breakout`)} </script>`,
  `<img src=x onerror=alert('${id}')>`,
  `\${${X(`${id}-template`)}}`,
  `{{constructor.constructor("${X(`${id}-tpl`)}")()}}`,
];
const MARKER = 'Sanitiserdrill';
const body = [
  `${MARKER} checks that adversarial markup stays text. ${payloads('body').join(' ')}`,
  `<iframe src="javascript:parent.${X('iframe')}"></iframe> <iframe srcdoc="<script>parent.${X('srcdoc')}</script>"></iframe>`,
  `<details open ontoggle=${X('details')}>x</details> <math><mtext><table><mglyph><style><img src=x onerror=${X('mxss')}>`,
  `[a link](javascript:${X('md-link')}) [data](data:text/html,<script>${X('md-data')}</script>) ![pic](javascript:${X('md-img')})`,
  `<javascript:${X('autolink')}> <a href="jav&#x09;ascript:${X('entity')}">entity</a> [ref][r]\n\n[r]: javascript:${X('md-ref')}`,
].join('\n\n');
const xhtml = `<script xmlns="http://www.w3.org/1999/xhtml" >${X('xml')} </script>`;

// The editor's document carries the same payloads in every place a node of ours keeps text: they must stay text.
const text = (id: string) => ({ type: 'text', text: payloads(id).join(' ') });
// Attributes have limits of their own (an image credit 200 characters): four payloads fit every one.
const few = (id: string) => payloads(id).slice(0, 4).join(' ');
const hostileDocument = () => {
  const imported = markdownToDocument(body);
  const parsed = parseBodyDocument({
    type: 'doc',
    content: [
      ...imported.content,
      { type: 'paragraph', content: [{ ...text('link'), marks: [{ type: 'link', attrs: { href: `https://example.com/"onmouseover="${X('href')}` } }] }, { type: 'coin', attrs: { symbol: 'BTC' } }] },
      { type: 'figure', attrs: { src: '/covers/regulation-1.jpg', alt: few('figure-alt'), caption: few('caption'), credit: few('credit') } },
      { type: 'embed', attrs: { url: `https://x.com/a/status/1?q="><script>${X('embed-url')}</script>`, caption: few('embed') } },
      { type: 'pullQuote', attrs: { attribution: few('attribution') }, content: [text('pull')] },
      { type: 'codeBlock', attrs: { language: 'html' }, content: [text('code')] },
      { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableHeader', content: [{ type: 'paragraph', content: [text('cell')] }] }] }] },
    ],
  });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.doc;
};

type Story = { id: number; slug: string; tagSlug: string; authorSlug: string };
let story: Story;

async function publishHostileStory(): Promise<Story> {
  const suffix = randomBytes(3).toString('hex');
  const { db, close } = connectE2eDatabase();
  const [category] = await db.select({ id: categories.id }).from(categories).where(eq(categories.slug, 'regulation'));
  const [admin] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'admin@tickerwire.test'));
  const [author] = await db
    .insert(authors)
    .values({ slug: `xss-author-${suffix}`, name: `Eve ${payloads('author')[1]} ${xhtml}`, bio: payloads('bio').join(' ') })
    .returning();
  const [tag] = await db.insert(tags).values({ slug: `xss-tag-${suffix}`, name: `Probe <svg onload=${X('tag')}>` }).returning();
  const fields = {
    title: `${MARKER} ${payloads('title').slice(0, 3).join(' ')}`,
    dek: payloads('dek').join(' '),
    keyPoints: payloads('point'),
    summary: payloads('summary').join(' '),
    disclaimer: payloads('disclaimer').join(' '),
    coverImageUrl: '/covers/regulation-1.jpg',
    coverImageAlt: payloads('alt').join(' '),
  };
  const [row] = await db
    .insert(articles)
    .values({
      ...fields,
      // Stored as a save stores it: the pages serve this HTML rather than render the body.
      ...bodyColumns(hostileDocument()),
      slug: `xss-probe-${suffix}`,
      seoTitle: payloads('seo')[3],
      seoDescription: payloads('seo-description').join(' '),
      revisedAt: new Date(),
      revisionNote: payloads('note').join(' '),
      categoryId: category!.id,
      authorId: author!.id,
      status: 'published',
      publishedAt: new Date(),
      version: 2,
    })
    .returning();
  await db.insert(articleTags).values({ articleId: row!.id, tagId: tag!.id });
  // Two saves to compare, a line in the audit log, and reads enough to trend.
  const snapshot = { ...fields, body: row!.body, bodyDoc: row!.bodyDoc, slug: row!.slug, summarySource: 'editor', categoryId: category!.id, authorId: author!.id };
  await db.insert(articleRevisions).values([
    { articleId: row!.id, version: 1, editorId: admin!.id, snapshot: { ...snapshot, body: `${payloads('old').join(' ')}\n\n${body}` } },
    { articleId: row!.id, version: 2, editorId: admin!.id, snapshot },
  ]);
  await db
    .insert(auditLog)
    .values({ actorId: admin!.id, action: 'publish', entityType: 'article', entityId: String(row!.id), details: { from: payloads('from')[0], to: payloads('to')[1], note: xhtml } });
  await db.insert(pageViews).values({ articleId: row!.id, hour: sql`date_trunc('hour', now())`, views: 450 });
  await close();
  return { id: row!.id, slug: row!.slug, tagSlug: tag!.slug, authorSlug: author!.slug };
}

// CSP would stop most of these on its own; with it bypassed, this proves the escaping and sanitising hold by themselves.
test.use({ bypassCSP: true });

// Published in the database of this file's own portal, which starts here, before any test's fixtures.
test.beforeAll(async ({ portalFor }, testInfo) => {
  testInfo.setTimeout(180_000);
  await portalFor(testInfo);
  story = await publishHostileStory();
});

/** The traps: a payload that runs calls the exposed __xss or opens a dialog, and either is recorded here. */
async function armTraps(page: Page): Promise<string[]> {
  const executed: string[] = [];
  await page.exposeFunction('__xss', (id: string) => executed.push(id));
  page.on('dialog', (dialog) => {
    executed.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return executed;
}

/** The page shows the story, nothing in it ran, and nothing could: no handler attributes, script URLs or frames. */
async function expectInert(page: Page, executed: string[], path: string, marker = MARKER, loaded?: () => Promise<void>) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await loaded?.();
  const { elements, ...found } = await page.evaluate((marker) => {
    const text = document.documentElement.textContent + [...document.querySelectorAll('input, textarea')].map((i) => (i as HTMLInputElement).value).join(' ');
    return {
      elements: [...document.querySelectorAll('*')].map((element) => ({ tag: element.localName, attributes: [...element.attributes].map(({ name, value }): [string, string] => [name, value]) })),
      shown: text.includes(marker),
      parseError: document.querySelector('parsererror') !== null,
    };
  }, marker);
  // React's own placeholder on a form whose action is a server action: fixed text, never data.
  const reactFormAction = "javascript:throw new Error('React form unexpectedly submitted.')";
  const armed = armedElements(elements.map(({ tag, attributes }) => ({ tag, attributes: attributes.filter(([, value]) => value !== reactFormAction) })));
  expect({ ...found, armed, executed }, path).toEqual({ armed: [], shown: true, parseError: false, executed: [] });
}

test('a story full of script payloads renders inert on every public page', async ({ page }) => {
  const executed = await armTraps(page);
  const paths = [
    `/news/${story.slug}`,
    '/',
    '/category/regulation',
    `/tag/${story.tagSlug}`,
    `/author/${story.authorSlug}`,
    `/search?q=${MARKER}`,
    '/trending',
    '/feed.xml',
    '/category/regulation/feed.xml',
    '/news-sitemap.xml',
  ];
  for (const path of paths) await expectInert(page, executed, path);
  await expectInert(page, executed, '/sitemaps/articles-1.xml', story.slug);
});

test('the same story renders inert on every newsroom page', async ({ page }) => {
  const executed = await armTraps(page);
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('admin@tickerwire.test');
  await page.getByLabel('Password').fill('admin-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  const paths = [`/admin?title=${MARKER}`, `/admin/pieces/${story.id}/preview`, `/admin/pieces/${story.id}/revisions?from=1&to=2`, '/admin/audit'];
  for (const path of paths) await expectInert(page, executed, path);
  // The editor draws the document's nodes (images, embeds, pull quotes) itself, once its shared copy has arrived.
  await expectInert(page, executed, `/admin/pieces/${story.id}`, MARKER, () => expect(page.getByRole('textbox', { name: 'Body' })).toContainText(MARKER));
  expect(executed).toEqual([]);
});
