// An article body's stored forms, all made from the editor's document when it is saved (articles.body_doc,
// body, body_html): the document is what the newsroom edits, the Markdown what search, summaries and reading time
// read, the HTML what readers get.
import type { BodyColumns, BodyRenderer } from '@/db/queries/pieces';
import type { StoredDocument } from '@/db/schema';
import { log } from '@/lib/log';
import { documentToMarkdown, markdownToDocument } from './document/markdown';
import { renderDocumentHtml } from './document/html';
import type { BodyDocument } from './document/types';
import { parseBodyDocument } from './document/validate';

// Whenever renderDocumentHtml's output changes, raise this: bodies stored by the older renderer are then rendered
// afresh when read, never served, and the scheduler's sweep stores them again. (1 rendered Markdown.)
export const BODY_RENDERER_VERSION = 2;

/** The stored forms of a validated document, for an article's row. */
export const bodyColumns = (doc: BodyDocument): BodyColumns => ({
  bodyDoc: doc,
  body: documentToMarkdown(doc),
  bodyHtml: renderDocumentHtml(doc),
  bodyHtmlRenderer: BODY_RENDERER_VERSION,
});

/**
 * A stored document as the editor and the renderer take it. Every document was validated when it was saved; one
 * that no longer passes (a rule tightened since) is logged and read as empty rather than shown unchecked.
 */
export function readStoredDocument(stored: StoredDocument | null, markdown: string): BodyDocument {
  if (stored === null) return markdownToDocument(markdown);
  const parsed = parseBodyDocument(stored);
  if (parsed.ok) return parsed.doc;
  log('body_document_invalid', { reason: parsed.error }, 'error');
  return EMPTY_DOCUMENT;
}

/** This renderer, for the queries that store what it makes (db/queries/pieces.ts). */
export const bodyRenderer: BodyRenderer = {
  version: BODY_RENDERER_VERSION,
  columns: ({ bodyDoc, body }) => bodyColumns(readStoredDocument(bodyDoc, body)),
};

/** An article's body as HTML: as stored when this renderer stored it, else rendered now. */
export function readBodyHtml(article: { bodyDoc: StoredDocument | null; body: string; bodyHtml: string | null; bodyHtmlRenderer: number | null }): string {
  if (article.bodyHtml !== null && article.bodyHtmlRenderer === BODY_RENDERER_VERSION) return article.bodyHtml;
  return renderDocumentHtml(readStoredDocument(article.bodyDoc, article.body));
}
