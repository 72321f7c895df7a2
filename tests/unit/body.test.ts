import { describe, expect, it } from 'vitest';
import { BODY_RENDERER_VERSION, bodyColumns, bodyRenderer, readBodyHtml } from '@/lib/content/body';
import { renderDocumentHtml } from '@/lib/content/document/html';
import { markdownToDocument } from '@/lib/content/document/markdown';
import { demoArticles } from '@/lib/demo/articles';
import { unsafeBodyHtml } from '../support/safe-html';

// Known XSS vectors, embedded in Markdown the way a hostile contributor would try them: Markdown stays accepted as
// an import, so each must come out of the document as text or not at all.
const payloads = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<iframe src="https://evil.example"></iframe>',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click](  javascript:alert(1))',
  '[click](&#106;avascript:alert(1))',
  '![x](javascript:alert(1))',
  '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '<a href="javascript:alert(1)">x</a>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<details open ontoggle=alert(1)>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<body onload=alert(1)>',
  '<base href="javascript:alert(1)//">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '[x](vbscript:msgbox(1))',
  '<scr<script>ipt>alert(1)</script>',
  '```html\n<script>alert(1)</script>\n```',
];

const imported = (markdown: string) => renderDocumentHtml(markdownToDocument(markdown));

describe('Markdown imported into the body document', () => {
  it('keeps headings, lists, tables, quotes, links and code', () => {
    const html = imported('## Section\n\n- a\n- b\n\n1. one\n\n> quoted\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[site](https://example.com) and `code`');
    for (const tag of ['<h2>', '<ul>', '<ol>', '<blockquote>', '<table>', '<a href="https://example.com"', '<code>']) {
      expect(html).toContain(tag);
    }
  });

  it.each(payloads)('renders %s inert', (payload) => {
    const html = imported(`Intro paragraph.\n\n${payload}\n\nOutro.`);
    expect(unsafeBodyHtml(html)).toEqual([]);
    expect(html).toContain('Outro.');
  });
});

describe('readBodyHtml', () => {
  // A reviewer reads what changed in the file. Its name carries the version, so a new output under the old one fails.
  it('is pinned to the renderer version: when the output changes, raise BODY_RENDERER_VERSION and review the new file', async () => {
    const inputs = [...demoArticles.map((article) => [`demo article ${article.slug}`, article.body]), ...payloads.map((payload, i) => [`XSS payload ${i + 1}`, payload])];
    const output = inputs.map(([name, markdown]) => `=== ${name} ===\n--- markdown ---\n${markdown}\n--- html ---\n${imported(markdown!)}\n`).join('\n');
    await expect(output).toMatchFileSnapshot(`__snapshots__/body-renderer-v${BODY_RENDERER_VERSION}.txt`);
    // Every demo story is converted and rendered: seconds beside the integration tests on 2 busy cores.
  }, 30_000);

  const doc = markdownToDocument('Hosting pays **first**.');

  it('serves the HTML stored by this renderer as it is', () => {
    expect(bodyColumns(doc)).toMatchObject({ bodyDoc: doc, bodyHtml: '<p>Hosting pays <strong>first</strong>.</p>', bodyHtmlRenderer: BODY_RENDERER_VERSION });
    expect(readBodyHtml({ bodyDoc: doc, body: '', bodyHtml: '<p>as stored</p>', bodyHtmlRenderer: BODY_RENDERER_VERSION })).toBe('<p>as stored</p>');
  });

  it('renders the document afresh when nothing is stored or an older renderer stored it, so its rules apply to old stories', () => {
    const stale = { bodyDoc: doc, body: 'Hosting pays **first**.', bodyHtml: '<p>Hosting pays <img src="x" onerror="alert(1)"><strong>first</strong>.</p>' };
    expect(readBodyHtml({ ...stale, bodyHtmlRenderer: BODY_RENDERER_VERSION - 1 })).toBe('<p>Hosting pays <strong>first</strong>.</p>');
    expect(readBodyHtml({ ...stale, bodyHtml: null, bodyHtmlRenderer: null })).toBe('<p>Hosting pays <strong>first</strong>.</p>');
  });

  it('reads a body from before documents from its Markdown', () => {
    expect(readBodyHtml({ bodyDoc: null, body: 'Hosting pays *by the hour*.', bodyHtml: null, bodyHtmlRenderer: null })).toBe('<p>Hosting pays <em>by the hour</em>.</p>');
  });

  it('never shows a stored document that does not validate: the page reads the Markdown saved with it, and a sweep keeps the document', () => {
    const hostile = { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] };
    const article = { bodyDoc: hostile, body: 'Saved *text*.', bodyHtml: null, bodyHtmlRenderer: null };
    expect(readBodyHtml(article)).toBe('<p>Saved <em>text</em>.</p>');
    expect(bodyRenderer.columns(article)).toEqual({ bodyDoc: hostile, body: 'Saved *text*.', bodyHtml: '<p>Saved <em>text</em>.</p>', bodyHtmlRenderer: BODY_RENDERER_VERSION });
  });
});
