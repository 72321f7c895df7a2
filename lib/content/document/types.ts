// The article body as the editor stores it: ProseMirror's JSON, in the node and mark names Tiptap 3 uses, plus four
// nodes of our own (pullQuote, figure, embed, coin). This is the one format the editor (components/admin/body-editor),
// the server's validation and HTML renderer (lib/content/document) and the Markdown import agree on.
//
// Tiptap writes every attribute it knows, defaults included (a link's target, rel, class and title, a list's type, a
// table cell's colwidth): readers accept and ignore attributes not listed here, and never copy one into a page.

export type Mark =
  | { type: 'bold' }
  | { type: 'italic' }
  | { type: 'strike' }
  | { type: 'code' }
  /** href: http(s), mailto, or a path on this site ("/news/…"); nothing else. */
  | { type: 'link'; attrs: { href: string } };

export type Text = { type: 'text'; text: string; marks?: Mark[] };
export type HardBreak = { type: 'hardBreak' };
/** A coin named in the text, shown as a live price chip linking to /prices/<symbol in lower case>. */
export type Coin = { type: 'coin'; attrs: { symbol: string } };
export type Inline = Text | HardBreak | Coin;

export type Paragraph = { type: 'paragraph'; content?: Inline[] };
export type Heading = { type: 'heading'; attrs: { level: 2 | 3 }; content?: Inline[] };
export type ListItem = { type: 'listItem'; content: Block[] };
export type BulletList = { type: 'bulletList'; content: ListItem[] };
export type OrderedList = { type: 'orderedList'; attrs?: { start?: number }; content: ListItem[] };
export type Blockquote = { type: 'blockquote'; content: Block[] };
/** A line lifted out of the story and set large; its text only, with an optional attribution. */
export type PullQuote = { type: 'pullQuote'; attrs?: { attribution?: string }; content?: Inline[] };
export type HorizontalRule = { type: 'horizontalRule' };
export type CodeBlock = { type: 'codeBlock'; attrs?: { language?: string | null }; content?: Text[] };
export type TableCell = { type: 'tableCell' | 'tableHeader'; attrs?: { colspan?: number; rowspan?: number }; content: Block[] };
export type TableRow = { type: 'tableRow'; content: TableCell[] };
export type Table = { type: 'table'; content: TableRow[] };
/** An image from our own upload store (/media/…) or the demo covers (/covers/…); alt text is required. */
export type Figure = { type: 'figure'; attrs: { src: string; alt: string; caption: string; credit: string } };
/**
 * A link to an X post, a YouTube video or another page, shown as a card: the page fetches nothing from the third
 * party until the reader follows the link. url: http(s) only.
 */
export type Embed = { type: 'embed'; attrs: { url: string; caption: string } };

export type Block = Paragraph | Heading | BulletList | OrderedList | Blockquote | PullQuote | HorizontalRule | CodeBlock | Table | Figure | Embed;

export type BodyDocument = { type: 'doc'; content: Block[] };

export const EMPTY_DOCUMENT: BodyDocument = { type: 'doc', content: [{ type: 'paragraph' }] };
