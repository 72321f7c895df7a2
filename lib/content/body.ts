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

/** The longest body the database stores (articles_body_length), counted in its Markdown, formatting included. */
export const BODY_MAX_CHARACTERS = 200_000;

/** The stored forms of a validated document, for an article's row. */
export const bodyColumns = (doc: BodyDocument): BodyColumns => ({
  bodyDoc: doc,
  body: documentToMarkdown(doc),
  bodyHtml: renderDocumentHtml(doc),
  bodyHtmlRenderer: BODY_RENDERER_VERSION,
});

const validStoredDocument = (stored: StoredDocument): BodyDocument | null => {
  const parsed = parseBodyDocument(stored);
  if (!parsed.ok) log('body_document_error', { reason: parsed.error });
  return parsed.ok ? parsed.doc : null;
};

/**
 * A stored document as the editor and the renderer take it: a body from before documents is read from its
 * Markdown. Every document was validated when it was saved; one that no longer passes (a rule tightened since) is
 * logged and read from the Markdown saved with it rather than shown unchecked.
 */
export function readStoredDocument(stored: StoredDocument | null, markdown: string): BodyDocument {
  return (stored && validStoredDocument(stored)) ?? markdownToDocument(markdown);
}

/** This renderer, for the queries that store what it makes (db/queries/pieces.ts). */
export const bodyRenderer: BodyRenderer = {
  version: BODY_RENDERER_VERSION,
  columns: ({ bodyDoc, body }) => {
    const doc = bodyDoc && validStoredDocument(bodyDoc);
    // A document that no longer validates is kept as it is (a sweep rewrites nobody's words); its page shows the
    // Markdown saved with it.
    if (bodyDoc && !doc) return { bodyDoc, body, bodyHtml: renderDocumentHtml(markdownToDocument(body)), bodyHtmlRenderer: BODY_RENDERER_VERSION };
    return bodyColumns(doc ?? markdownToDocument(body));
  },
};

/** An article's body as HTML: as stored when this renderer stored it, else rendered now. */
export function readBodyHtml(article: { bodyDoc: StoredDocument | null; body: string; bodyHtml: string | null; bodyHtmlRenderer: number | null }): string {
  if (article.bodyHtml !== null && article.bodyHtmlRenderer === BODY_RENDERER_VERSION) return article.bodyHtml;
  return renderDocumentHtml(readStoredDocument(article.bodyDoc, article.body));
}
