import { describe, expect, it } from 'vitest';
import { renderDocumentHtml } from '@/lib/content/document/html';
import { markdownToDocument } from '@/lib/content/document/markdown';
import { EMPTY_DOCUMENT } from '@/lib/content/document/types';
import { parseBodyDocument } from '@/lib/content/document/validate';
import { unsafeBodyHtml } from '../support/safe-html';

const doc = (...content: unknown[]) => ({ type: 'doc', content });
const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content });
const text = (value: string, marks?: unknown[]) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const link = (href: string) => paragraph(text('read more', [{ type: 'link', attrs: { href } }]));
const figure = (attrs: Record<string, unknown>) => ({ type: 'figure', attrs: { src: '/covers/halving-2028.jpg', alt: 'Miners', caption: '', credit: '', ...attrs } });
const embed = (url: string) => ({ type: 'embed', attrs: { url, caption: '' } });

function refusal(value: unknown): string {
  const result = parseBodyDocument(value);
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(value)}`);
  return result.error;
}
function accepted(value: unknown) {
  const result = parseBodyDocument(value);
  if (!result.ok) throw new Error(result.error);
  return result.doc;
}
// Escaped text and quoted values may read "onerror=" harmlessly; the tags must be the format's, with nothing armed.
const expectInert = (html: string) => expect(unsafeBodyHtml(html)).toEqual([]);

describe('links, images and embeds from elsewhere', () => {
  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', '//evil.example/x', '/\\evil.example', 'https://exa mple.com', 'news/relative', '#top', ''])(
    'refuses a link to %j, saying the link is not allowed',
    (href) => expect(refusal(doc(link(href)))).toMatch(/^The link .* is not allowed/),
  );

  it.each(['https://example.com/a?b=1', 'http://example.com', 'mailto:desk@example.com', '/news/some-story', '/'])('keeps a link to %s', (href) => {
    expect(accepted(doc(link(href)))).toEqual(doc(paragraph(text('read more', [{ type: 'link', attrs: { href } }]))));
  });

  it('stores the characters that mean markup in an address percent-encoded, as a browser sends them', () => {
    const raw = 'https://x.com/a/status/1?q="><script>alert(1)</script>`';
    const encoded = 'https://x.com/a/status/1?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E%60';
    expect(accepted(doc(link(raw)))).toEqual(doc(paragraph(text('read more', [{ type: 'link', attrs: { href: encoded } }]))));
    expect(accepted(doc(embed(raw)))).toEqual(doc(embed(encoded)));
  });

  it.each(['https://evil.example/x.jpg', 'javascript:alert(1)', '/covers/../secret.jpg', '//evil.example/covers/a.jpg', 'data:image/png;base64,AAAA'])('refuses an image from %s', (src) => {
    expect(refusal(doc(figure({ src })))).toBe('Images in the body must be uploaded here; images from elsewhere cannot be used.');
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', '/news/local', 'ftp://example.com/x', `https://example.com/${'a'.repeat(2000)}`])('refuses an embed of %s', (url) => {
    expect(refusal(doc(embed(url)))).toMatch(/^An embed must link to a web page/);
  });

  it('asks for a description of every image, and keeps captions and credits short', () => {
    expect(refusal(doc(figure({ alt: '  ' })))).toBe('Describe every image in the body for readers who cannot see it.');
    expect(refusal(doc(figure({ alt: undefined })))).toBe('Describe every image in the body for readers who cannot see it.');
    expect(refusal(doc(figure({ alt: 'a'.repeat(301) })))).toBe('An image description is too long (at most 300 characters).');
    expect(refusal(doc(figure({ caption: 'a'.repeat(501) })))).toBe('An image caption is too long (at most 500 characters).');
    expect(refusal(doc(figure({ credit: 'a'.repeat(201) })))).toBe('An image credit is too long (at most 200 characters).');
  });
});

describe('elements the editor cannot store', () => {
  it.each([
    [{ type: 'iframe', attrs: { src: 'https://evil.example' } }, '"iframe"'],
    [{ type: 'script', content: [text('alert(1)')] }, '"script"'],
    [{ type: 'html', content: [text('<b>x</b>')] }, '"html"'],
    [{ type: 'image', attrs: { src: 'https://evil.example/x.png' } }, '"image"'],
    [{ type: '"><img src=x onerror=alert(1)>' }, '"\\"><img src=x onerror=alert(1)>"'],
    // Names every object has: refused as unknown, not named as Object.prototype's function ("The body has function toString()…").
    [{ type: 'toString' }, '"toString"'],
    [JSON.parse('{"type":"__proto__"}'), '"__proto__"'],
    [{ type: 'constructor' }, '"constructor"'],
  ])('refuses %j, naming it', (node, name) => {
    expect(refusal(doc(node))).toBe(`The body contains an element the editor cannot store (${name}).`);
  });

  it('refuses formatting it does not know', () => {
    expect(refusal(doc(paragraph(text('x', [{ type: 'underline' }]))))).toBe('The body contains formatting the editor cannot store ("underline").');
  });

  it('refuses elements out of place', () => {
    expect(refusal(doc({ type: 'listItem', content: [paragraph(text('x'))] }))).toBe('The body has a list item at the top level, where the editor cannot store it.');
    expect(refusal(doc(text('loose')))).toBe('The body has text at the top level, where the editor cannot store it.');
    expect(refusal(doc({ type: 'bulletList', content: [paragraph(text('x'))] }))).toBe('The body has a paragraph inside a bulleted list, where the editor cannot store it.');
    expect(refusal(doc(paragraph(paragraph())))).toBe('The body has a paragraph inside a paragraph, where the editor cannot store it.');
    expect(refusal(doc({ type: 'bulletList', content: [] }))).toBe('The body has a bulleted list with nothing in it.');
    expect(refusal({ type: 'paragraph' })).toBe('The body is not a document the editor wrote.');
    expect(refusal({ type: 'doc', content: {} })).toBe('The body is not a document the editor wrote.');
  });

  it('refuses bodies nested too deeply or too large', () => {
    let deep: unknown = paragraph(text('x'));
    for (let i = 0; i < 30; i++) deep = { type: 'blockquote', content: [deep] };
    expect(refusal(doc(deep))).toBe('The body is nested too deeply (at most 20 levels).');
    let hostile: unknown = paragraph();
    for (let i = 0; i < 100_000; i++) hostile = { type: 'blockquote', content: [hostile] };
    expect(refusal(doc(hostile))).toBe('The body is nested too deeply (at most 20 levels).');
    expect(refusal(doc(...Array.from({ length: 50_001 }, () => ({ type: 'horizontalRule' }))))).toBe('The body has too many elements (at most 50,000).');
    expect(refusal(doc(paragraph(text('a'.repeat(200_001)))))).toBe('The body is too long (at most 200,000 characters).');
    expect(accepted(doc(paragraph(text('a'.repeat(200_000)))))).toBeTruthy();
  });
});

describe('what the editor sends', () => {
  it('accepts the attributes Tiptap adds with their defaults and keeps none of them', () => {
    const fromEditor = doc(
      { type: 'heading', attrs: { level: 1, id: 'x', textAlign: 'left' }, content: [text('Title', [{ type: 'bold', attrs: { class: 'b' } }])] },
      paragraph(text('site', [{ type: 'link', attrs: { href: 'https://example.com', target: '_blank', rel: 'noopener noreferrer nofollow', class: null, title: null, onclick: 'alert(1)' } }])),
      { type: 'orderedList', attrs: { start: 1, type: null, style: 'color:red' }, content: [{ type: 'listItem', attrs: { class: 'x' }, content: [paragraph(text('one'))] }] },
      { type: 'codeBlock', attrs: { language: null }, content: [text('x')] },
      { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableHeader', attrs: { colspan: 1, rowspan: 1, colwidth: [120] }, content: [paragraph(text('a'))] }] }] },
      { type: 'heading', attrs: { level: 5 }, content: [text('small')] },
      { type: 'paragraph', attrs: { textAlign: null } },
    );
    expect(accepted(fromEditor)).toEqual(
      doc(
        { type: 'heading', attrs: { level: 2 }, content: [text('Title', [{ type: 'bold' }])] },
        paragraph(text('site', [{ type: 'link', attrs: { href: 'https://example.com' } }])),
        { type: 'orderedList', content: [{ type: 'listItem', content: [paragraph(text('one'))] }] },
        { type: 'codeBlock', content: [text('x')] },
        { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableHeader', content: [paragraph(text('a'))] }] }] },
        { type: 'heading', attrs: { level: 3 }, content: [text('small')] },
        { type: 'paragraph' },
      ),
    );
  });

  it('normalises coins, languages and spans, and stores an empty body as the empty document', () => {
    expect(accepted(doc(paragraph({ type: 'coin', attrs: { symbol: 'btc' } })))).toEqual(doc(paragraph({ type: 'coin', attrs: { symbol: 'BTC' } })));
    expect(refusal(doc(paragraph({ type: 'coin', attrs: { symbol: '<script>' } })))).toMatch(/^The coin .* cannot be stored/);
    expect(accepted(doc({ type: 'codeBlock', attrs: { language: '"><script>' }, content: [text('x')] }))).toEqual(doc({ type: 'codeBlock', content: [text('x')] }));
    expect(refusal(doc({ type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: 21 }, content: [paragraph()] }] }] }))).toMatch(/1 to 20/);
    expect(accepted(doc())).toEqual(EMPTY_DOCUMENT);
    expect(accepted({ type: 'doc' })).toEqual(EMPTY_DOCUMENT);
  });

  it('returns a new document and leaves what it was given alone', () => {
    const input = doc(paragraph(text('a'), text('b'), text('c', [{ type: 'italic' }])));
    const copy = structuredClone(input);
    expect(accepted(input)).toEqual(doc(paragraph(text('ab'), text('c', [{ type: 'italic' }]))));
    expect(input).toEqual(copy);
  });
});

describe('hostile text that validation lets through', () => {
  const payload = '"><img src=x onerror=alert(1)><script>alert(1)</script>\'';
  it('renders inert wherever it sits', () => {
    const body = accepted(
      doc(
        paragraph(text(payload, [{ type: 'bold' }, { type: 'link', attrs: { href: `https://example.com/?q="><script>` } }])),
        { type: 'heading', attrs: { level: 2 }, content: [text(payload)] },
        { type: 'pullQuote', attrs: { attribution: payload }, content: [text(payload)] },
        figure({ alt: payload, caption: payload, credit: payload }),
        { type: 'embed', attrs: { url: 'https://example.com/"onmouseover="alert(1)', caption: payload } },
        { type: 'codeBlock', attrs: { language: 'js' }, content: [text(payload)] },
        { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [paragraph(text(payload))] }] }] },
      ),
    );
    const html = renderDocumentHtml(body);
    expectInert(html);
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;');
  });

  it('renders imported Markdown payloads inert, dropping raw HTML and unsafe links', () => {
    const markdown = ['<script>alert(1)</script>', '[x](javascript:alert(1))', '[x](&#106;avascript:alert(1))', '![x](javascript:alert(1))', '<iframe src="https://evil.example"></iframe>', '[y](data:text/html;base64,PHNjcmlwdD4=)', '<div style="color:red" onclick="alert(1)">z</div>'].join('\n\n');
    const imported = markdownToDocument(markdown);
    expect(parseBodyDocument(imported).ok).toBe(true);
    expectInert(renderDocumentHtml(imported));
  });

  it('shows embeds as cards that load nothing from the third party', () => {
    const html = renderDocumentHtml(accepted(doc(embed('https://www.youtube.com/watch?v=abc'), embed('https://x.com/sec/status/1'), embed('https://example.com/report'))));
    expect(html).not.toMatch(/<(iframe|script|img)\b/);
    expect(html).toContain('<figure class="embed" data-provider="youtube"><a href="https://www.youtube.com/watch?v=abc" rel="noopener noreferrer nofollow" target="_blank">');
    expect(html).toContain('View post on X');
    expect(html).toContain('data-provider="link"');
    expect(html).toContain('example.com');
  });
});
