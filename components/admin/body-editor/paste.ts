// What reaches the body from the clipboard. HTML from Google Docs, Word and web pages is reduced to the structure
// the format keeps (headings, lists, links, tables, bold, italic) before ProseMirror's schema parses it; plain text
// that looks like Markdown goes through the server's Markdown import, so pasting a draft keeps its structure.
import { Fragment, Slice } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import type { BodyDocument } from '@/lib/content/document/types';

// Their content is code or metadata, never text for the story.
const DROPPED = 'script, style, noscript, template, iframe, object, embed, meta, link, title, head, svg, math, xml';

export function cleanPastedHTML(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll(DROPPED).forEach((element) => element.remove());
  // Hidden on the page it came from (ad slots, screen-reader-only duplicates): not part of what was copied to read.
  doc.querySelectorAll<HTMLElement>('[style]').forEach((element) => element.style.display === 'none' && element.remove());
  dropWordListMarkers(doc);
  // Google Docs wraps everything in <b style="font-weight:normal" id="docs-internal-guid-…">, which is not bold.
  doc.querySelectorAll('b, strong').forEach((element) => {
    if (isNormalWeight(element as HTMLElement)) unwrap(element);
  });
  doc.querySelectorAll('span, font').forEach((element) => markFromStyle(element as HTMLElement));
  buildWordLists(doc);
  doc.querySelectorAll('h1').forEach((h) => rename(h, 'h2'));
  doc.querySelectorAll('h4, h5, h6').forEach((h) => rename(h, 'h3'));
  // Word's <o:p> holds a paragraph's trailing &nbsp;; other Office tags (<w:…>, <st1:…>) wrap real text.
  doc.querySelectorAll('*').forEach((element) => {
    if (element.tagName.toLowerCase() === 'o:p') element.remove();
    else if (element.tagName.includes(':')) unwrap(element);
  });
  // Line breaks between blocks (Google Docs puts them between a list and the next paragraph) are not text.
  doc.querySelectorAll('body > br').forEach((br) => br.remove());
  doc.querySelectorAll('p').forEach((p) => {
    if (!p.textContent?.replace(/\u00a0/g, ' ').trim() && !p.querySelector('img')) p.remove();
  });
  // Presentation, and the source page's link behaviour (target, rel): the public page decides its own.
  const dropped = ['style', 'class', 'id', 'dir', 'align', 'lang', 'target', 'rel'];
  doc.querySelectorAll(dropped.map((name) => `[${name}]`).join(', ')).forEach((element) => dropped.forEach((name) => element.removeAttribute(name)));
  return doc.body.innerHTML;
}

const isNormalWeight = (element: HTMLElement) => /^(normal|[1-4]00)$/.test(element.style.fontWeight);

function unwrap(element: Element) {
  element.replaceWith(...Array.from(element.childNodes));
}

function rename(element: Element, tag: string) {
  const renamed = element.ownerDocument.createElement(tag);
  renamed.append(...Array.from(element.childNodes));
  element.replaceWith(renamed);
}

/** Google Docs marks bold and italic by style only: <span style="font-weight:700">. */
function markFromStyle(element: HTMLElement) {
  const { fontWeight, fontStyle, textDecorationLine, textDecoration } = element.style;
  const wrappers = [
    (fontWeight === 'bold' || Number(fontWeight) >= 600) && 'strong',
    fontStyle === 'italic' && 'em',
    /line-through/.test(textDecorationLine || textDecoration) && 's',
  ].filter((tag): tag is string => !!tag);
  for (const tag of wrappers) {
    const mark = element.ownerDocument.createElement(tag);
    mark.append(...Array.from(element.childNodes));
    element.append(mark);
  }
}

/**
 * Word writes a list item's bullet or number as text between <!--[if !supportLists]--> and <!--[endif]-->
 * (or <![if !supportLists]>, which the HTML parser also reads as a comment), inside a span marked mso-list:Ignore.
 * The marker's text is kept on the paragraph, to tell numbered lists from bulleted ones.
 */
function dropWordListMarkers(doc: Document) {
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_COMMENT);
  const starts: Comment[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (/^\[if !supportLists\]/.test((node as Comment).data)) starts.push(node as Comment);
  for (const start of starts) {
    const marker: string[] = [];
    let next = start.nextSibling;
    while (next && !(next.nodeType === Node.COMMENT_NODE && /^\[endif\]/.test((next as Comment).data))) {
      marker.push(next.textContent ?? '');
      const done = next;
      next = next.nextSibling;
      done.remove();
    }
    start.parentElement?.setAttribute('data-list-marker', marker.join('').replace(/\u00a0/g, ' ').trim());
    next?.remove();
    start.remove();
  }
  doc.querySelectorAll('[style*="mso-list:Ignore" i], [style*="mso-list: Ignore" i]').forEach((element) => {
    element.closest('p')?.setAttribute('data-list-marker', (element.textContent ?? '').replace(/\u00a0/g, ' ').trim());
    element.remove();
  });
}

/** Word's list items are paragraphs styled "mso-list:l0 level1 lfo1": runs of them become real nested lists. */
function buildWordLists(doc: Document) {
  const isItem = (node: Element | null): node is HTMLElement => !!node && node.tagName === 'P' && /mso-list:\s*l\d+\s+level\d+/i.test(node.getAttribute('style') ?? '');
  for (const first of Array.from(doc.querySelectorAll('p'))) {
    if (!isItem(first) || isItem(first.previousElementSibling)) continue;
    const run: HTMLElement[] = [];
    for (let item: Element | null = first; isItem(item); item = item.nextElementSibling) run.push(item);
    const stack: { level: number; list: HTMLElement }[] = [];
    let root: HTMLElement | null = null;
    for (const paragraph of run) {
      const level = Number(/level(\d+)/i.exec(paragraph.getAttribute('style') ?? '')?.[1] ?? 1);
      while (stack.length && stack[stack.length - 1]!.level > level) stack.pop();
      if (!stack.length || stack[stack.length - 1]!.level < level) {
        const numbered = /^(\d+|[a-z]|[ivxlc]+)[.)]$/i.test(paragraph.getAttribute('data-list-marker') ?? '');
        const list = doc.createElement(numbered ? 'ol' : 'ul');
        const parentItem = stack.length ? stack[stack.length - 1]!.list.lastElementChild : null;
        if (parentItem) parentItem.append(list);
        else root = list;
        stack.push({ level, list });
      }
      const item = doc.createElement('li');
      const text = doc.createElement('p');
      text.append(...Array.from(paragraph.childNodes));
      item.append(text);
      stack[stack.length - 1]!.list.append(item);
    }
    first.before(root!);
    run.forEach((paragraph) => paragraph.remove());
  }
}

const MARKDOWN_LINE = /^(#{1,6} |[-*+] |\d+[.)] |> ?|\|.*\|\s*$)/m;
const MARKDOWN_INLINE = /\*\*[^*\n]+\*\*|\[[^\]\n]+\]\([^)\s]+\)/;

export const looksLikeMarkdown = (text: string) => MARKDOWN_LINE.test(text) || MARKDOWN_INLINE.test(text);

/**
 * A handlePaste for the editor: plain text (with no HTML beside it) that looks like Markdown is sent to
 * importMarkdown and its document pasted where the selection was; anything else is left to ProseMirror.
 */
export function markdownPasteHandler(importMarkdown: (markdown: string) => Promise<BodyDocument | null>) {
  return (view: EditorView, event: ClipboardEvent): boolean => {
    const data = event.clipboardData;
    const text = data?.getData('text/plain') ?? '';
    if (!data || data.types.includes('text/html') || !looksLikeMarkdown(text)) return false;
    void importMarkdown(text)
      .catch(() => null)
      .then((doc) => {
        if (view.isDestroyed) return;
        const fragment = doc && toFragment(view, doc);
        if (!fragment) {
          view.pasteText(text);
          return;
        }
        // Opened as far as it goes, as a paste is: the first paragraph joins the one the cursor is in.
        view.dispatch(view.state.tr.replaceSelection(Slice.maxOpen(fragment)).scrollIntoView());
      });
    return true;
  };
}

function toFragment(view: EditorView, doc: BodyDocument): Fragment | null {
  try {
    return Fragment.fromArray(doc.content.map((block) => view.state.schema.nodeFromJSON(block)));
  } catch {
    // A document this editor's schema refuses is pasted as the text it came from.
    return null;
  }
}
