// How a piece lives in its shared (Yjs) document, the one layout the browsers and the server agree on: each text
// field a Y.Text (so two people typing in one headline both keep their words), key points one per line of a Y.Text,
// the choices (category, author, cover) last-writer-wins in a Y.Map, and the body Tiptap's XML fragment.
import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { Piece } from '@/db/queries/pieces';
import { followsTitle } from '@/db/slugs';
import type { BodyDocument, Inline, Mark } from '@/lib/content/document/types';

export const TEXT_FIELDS = ['title', 'slug', 'dek', 'keyPoints', 'summary', 'disclaimer', 'tags', 'seoTitle', 'seoDescription', 'coverImageAlt'] as const;
export const CHOICE_FIELDS = ['categoryId', 'authorId', 'coverImageUrl'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
export type ChoiceField = (typeof CHOICE_FIELDS)[number];
/** Every field as text, as a form carries it: key points one per line, tags separated by commas. */
export type SharedFields = Record<TextField | ChoiceField, string>;

export const BODY_FIELD = 'body';
/** The stateless message an editor sends to have the server store its document at once. */
export const STORE_NOW = 'store-now';
export const sharedText = (doc: Y.Doc, field: TextField) => doc.getText(field);
export const sharedChoices = (doc: Y.Doc) => doc.getMap<string>('choices');
export const sharedBody = (doc: Y.Doc) => doc.getXmlFragment(BODY_FIELD);

export function readSharedFields(doc: Y.Doc): SharedFields {
  const choices = sharedChoices(doc);
  const fields = Object.fromEntries(TEXT_FIELDS.map((field) => [field, sharedText(doc, field).toString()]));
  for (const field of CHOICE_FIELDS) fields[field] = choices.get(field) ?? '';
  return fields as SharedFields;
}

/** The body as the editor's JSON (not yet validated: lib/content/document/validate.ts does that). */
export const readSharedBody = (doc: Y.Doc): unknown => yXmlFragmentToProsemirrorJSON(sharedBody(doc));

/** A piece's fields as the shared document holds them. A generated summary is left out: an empty one is generated. */
export const pieceSharedFields = (piece: Piece): SharedFields => ({
  title: piece.title,
  // Empty while the slug follows the headline (the server makes it), so a colleague's new headline moves it too.
  slug: piece.title === '' || followsTitle(piece.slug, piece.title) ? '' : piece.slug,
  dek: piece.dek,
  keyPoints: piece.keyPoints.join('\n'),
  summary: piece.summarySource === 'editor' ? piece.summary : '',
  disclaimer: piece.disclaimer,
  tags: piece.tagNames.join(', '),
  seoTitle: piece.seoTitle ?? '',
  seoDescription: piece.seoDescription ?? '',
  coverImageAlt: piece.coverImageAlt,
  categoryId: piece.categoryId === null ? '' : String(piece.categoryId),
  authorId: String(piece.authorId),
  coverImageUrl: piece.coverImageUrl ?? '',
});

/** The shared fields as the save commands' form takes them (lib/newsroom/pieces.ts). */
export function sharedFieldsAsForm(id: number, fields: SharedFields, body: unknown): Record<string, string> {
  const list = (text: string, separator: string) => JSON.stringify(text.split(separator).map((item) => item.trim()).filter(Boolean));
  return { ...fields, id: String(id), keyPoints: list(fields.keyPoints, '\n'), tags: list(fields.tags, ','), bodyDoc: JSON.stringify(body) };
}

/** Writes a piece into an empty shared document: the server does this once per piece, under a lock. */
export function seedSharedDocument(doc: Y.Doc, fields: SharedFields, body: BodyDocument) {
  doc.transact(() => {
    for (const field of TEXT_FIELDS) if (fields[field]) sharedText(doc, field).insert(0, fields[field]);
    for (const field of CHOICE_FIELDS) if (fields[field]) sharedChoices(doc).set(field, fields[field]);
    appendNodes(sharedBody(doc), body.content);
  });
}

/** Replaces everything in a shared document with a piece's fields, as one edit (a restore). */
export function replaceSharedDocument(doc: Y.Doc, fields: SharedFields, body: BodyDocument) {
  doc.transact(() => {
    for (const field of TEXT_FIELDS) sharedText(doc, field).delete(0, sharedText(doc, field).length);
    for (const field of CHOICE_FIELDS) sharedChoices(doc).delete(field);
    sharedBody(doc).delete(0, sharedBody(doc).length);
    seedSharedDocument(doc, fields, body);
  });
}

type JsonNode = { type: string; attrs?: Record<string, unknown>; content?: JsonNode[]; text?: string; marks?: Mark[] };

// As y-prosemirror stores a document: a node is an XmlElement named by its type with its attributes, and a run of
// text is one XmlText whose formatting attributes are its marks (name → the mark's attributes).
function appendNodes(parent: Y.XmlFragment | Y.XmlElement, nodes: readonly JsonNode[]) {
  let run: Inline[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const text = new Y.XmlText();
    parent.push([text]);
    let at = 0;
    for (const node of run as Extract<Inline, { type: 'text' }>[]) {
      text.insert(at, node.text, Object.fromEntries((node.marks ?? []).map((mark) => [mark.type, 'attrs' in mark ? mark.attrs : {}])));
      at += node.text.length;
    }
    run = [];
  };
  for (const node of nodes) {
    if (node.type === 'text') {
      run.push(node as Inline);
      continue;
    }
    flush();
    const element = new Y.XmlElement(node.type);
    parent.push([element]);
    for (const [key, value] of Object.entries(node.attrs ?? {})) if (value !== null && value !== undefined) element.setAttribute(key, value as string);
    appendNodes(element, node.content ?? []);
  }
  flush();
}
