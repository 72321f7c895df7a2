// A validated body as the public page's HTML. Written by hand, not by a serializer from the editor: the output is a
// short allow-list of tags of our choosing, and every text and attribute is escaped here whatever validation let in.
// Plain content comes out as lib/content/markdown.ts renders the same Markdown, so stories look the same either way.
import { nestMarks, type InlineTree } from './inline';
import type { Block, BodyDocument, Embed, Figure, Inline, ListItem, Mark, PullQuote, Table, TableCell } from './types';
import { embedHost, embedProvider } from './urls';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (character) => ESCAPES[character]!);

const MARK_TAGS = { bold: 'strong', italic: 'em', strike: 'del', code: 'code' } as const;

function openTag(mark: Mark): string {
  return mark.type === 'link' ? `<a href="${escapeHtml(mark.attrs.href)}">` : `<${MARK_TAGS[mark.type]}>`;
}

function renderLeaf(node: Inline): string {
  switch (node.type) {
    case 'text':
      return escapeHtml(node.text);
    case 'hardBreak':
      return '<br>\n';
    case 'coin': {
      const symbol = escapeHtml(node.attrs.symbol);
      const href = escapeHtml(`/prices/${encodeURIComponent(node.attrs.symbol.toLowerCase())}`);
      return `<a class="coin-chip" href="${href}" data-coin="${symbol}">${symbol}</a>`;
    }
  }
}

function renderTree(tree: InlineTree): string {
  if ('node' in tree) return renderLeaf(tree.node);
  const close = tree.mark.type === 'link' ? 'a' : MARK_TAGS[tree.mark.type];
  return `${openTag(tree.mark)}${tree.children.map(renderTree).join('')}</${close}>`;
}

const renderInline = (content: Inline[] = []) => nestMarks(content).map(renderTree).join('');

// Markdown's tight lists and table cells hold their text without a <p>; so do ours when a paragraph stands alone.
function renderUnwrapped(blocks: Block[]): string {
  const parts = blocks.map((block) => (block.type === 'paragraph' ? renderInline(block.content) : renderBlock(block)));
  const lead = blocks[0]?.type === 'paragraph' ? '' : '\n';
  const tail = blocks.at(-1)?.type === 'paragraph' ? '' : '\n';
  return `${lead}${parts.join('\n')}${tail}`;
}

const renderBlocks = (blocks: Block[]) => `\n${blocks.map(renderBlock).join('\n')}\n`;

function renderList(tag: 'ul' | 'ol', items: ListItem[], start = 1): string {
  const loose = items.some((item) => item.content.filter((block) => block.type === 'paragraph').length > 1);
  const rendered = items.map((item) => `<li>${loose ? renderBlocks(item.content) : renderUnwrapped(item.content)}</li>`);
  return `<${tag}${start !== 1 ? ` start="${escapeHtml(String(start))}"` : ''}>\n${rendered.join('\n')}\n</${tag}>`;
}

function renderCell(cell: TableCell): string {
  const tag = cell.type === 'tableHeader' ? 'th' : 'td';
  const spans = (['colspan', 'rowspan'] as const).map((key) => (cell.attrs?.[key] ?? 1) !== 1 ? ` ${key}="${escapeHtml(String(cell.attrs![key]))}"` : '').join('');
  return `<${tag}${spans}>${renderUnwrapped(cell.content)}</${tag}>`;
}

function renderTable(table: Table): string {
  const headerRows = table.content.findIndex((row) => row.content.some((cell) => cell.type !== 'tableHeader'));
  const split = headerRows === -1 ? table.content.length : headerRows;
  const section = (tag: string, rows: Table['content']) =>
    rows.length === 0 ? [] : [`<${tag}>\n${rows.map((row) => `<tr>\n${row.content.map(renderCell).join('\n')}\n</tr>`).join('\n')}\n</${tag}>`];
  return `<table>\n${[...section('thead', table.content.slice(0, split)), ...section('tbody', table.content.slice(split))].join('\n')}\n</table>`;
}

function renderPullQuote(quote: PullQuote): string {
  const attribution = quote.attrs?.attribution ? `<figcaption>${escapeHtml(quote.attrs.attribution)}</figcaption>` : '';
  return `<figure class="pull-quote"><blockquote><p>${renderInline(quote.content)}</p></blockquote>${attribution}</figure>`;
}

function renderFigure({ attrs }: Figure): string {
  const credit = attrs.credit ? `<span class="credit">${escapeHtml(attrs.credit)}</span>` : '';
  const caption = [escapeHtml(attrs.caption), credit].filter(Boolean).join(' ');
  const img = `<img src="${escapeHtml(attrs.src)}" alt="${escapeHtml(attrs.alt)}" loading="lazy" decoding="async">`;
  return `<figure class="body-image">${img}${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`;
}

const EMBED_LABELS = { youtube: 'Watch on YouTube', x: 'View post on X' };

// A card, not the provider's player or widget: the page loads nothing from the third party until the reader clicks.
function renderEmbed({ attrs }: Embed): string {
  const provider = embedProvider(attrs.url);
  const label = provider === 'link' ? embedHost(attrs.url) : EMBED_LABELS[provider];
  const url = escapeHtml(attrs.url);
  const link = `<a href="${url}" rel="noopener noreferrer nofollow" target="_blank"><span class="embed-label">${escapeHtml(label)}</span><span class="embed-url">${url}</span></a>`;
  return `<figure class="embed" data-provider="${provider}">${link}${attrs.caption ? `<figcaption>${escapeHtml(attrs.caption)}</figcaption>` : ''}</figure>`;
}

function renderBlock(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${renderInline(block.content)}</p>`;
    case 'heading': {
      const tag = block.attrs.level === 3 ? 'h3' : 'h2';
      return `<${tag}>${renderInline(block.content)}</${tag}>`;
    }
    case 'bulletList':
      return renderList('ul', block.content);
    case 'orderedList':
      return renderList('ol', block.content, block.attrs?.start);
    case 'blockquote':
      return `<blockquote>${renderBlocks(block.content)}</blockquote>`;
    case 'pullQuote':
      return renderPullQuote(block);
    case 'horizontalRule':
      return '<hr>';
    case 'codeBlock': {
      const language = block.attrs?.language ? ` class="language-${escapeHtml(block.attrs.language)}"` : '';
      const code = (block.content ?? []).map((text) => text.text).join('');
      return `<pre><code${language}>${escapeHtml(code)}${code ? '\n' : ''}</code></pre>`;
    }
    case 'table':
      return renderTable(block);
    case 'figure':
      return renderFigure(block);
    case 'embed':
      return renderEmbed(block);
  }
}

/** The body's HTML for the public page, from a document parseBodyDocument accepted. */
export const renderDocumentHtml = (doc: BodyDocument): string => doc.content.map(renderBlock).join('\n');
