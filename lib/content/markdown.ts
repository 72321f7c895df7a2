import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { BodyRenderer } from '@/db/queries/pieces';

// GitHub's allow-list: no scripts, iframes, styles or event handlers, and only http(s)/mailto links.
// Raw HTML in the Markdown is dropped before it reaches the tree (remark-rehype without allowDangerousHtml).
const schema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
};

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize, schema).use(rehypeStringify);

/** Renders untrusted article Markdown to HTML that is safe to inject into a page. */
export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}

/** Article Markdown as a syntax tree (mdast), read as the renderer reads it, GitHub tables and all. */
export const parseMarkdown = (markdown: string) => processor.parse(markdown);

// Bodies are rendered when saved (articles.body_html). Whenever renderMarkdown's output changes (a plugin, the
// allow-list), raise this: bodies stored by the older renderer are then rendered afresh when read, never served.
export const MARKDOWN_RENDERER_VERSION = 1;

/** The stored form of a body's HTML, for an article's row. */
export const renderBodyColumns = (body: string) => ({ bodyHtml: renderMarkdown(body), bodyHtmlRenderer: MARKDOWN_RENDERER_VERSION });

/** This renderer, for the queries that store what it renders (db/queries/pieces.ts). */
export const bodyRenderer: BodyRenderer = { version: MARKDOWN_RENDERER_VERSION, render: renderMarkdown };

/** An article's body as HTML: as stored when this renderer stored it, else rendered now. */
export function readBodyHtml(article: { body: string; bodyHtml: string | null; bodyHtmlRenderer: number | null }): string {
  return article.bodyHtml !== null && article.bodyHtmlRenderer === MARKDOWN_RENDERER_VERSION ? article.bodyHtml : renderMarkdown(article.body);
}
