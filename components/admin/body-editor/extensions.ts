// The body editor's schema in one place: every node and mark here is one the stored format names
// (lib/content/document/types.ts), in Tiptap's own names, plus our pullQuote, figure, embed and coin.
import { TableKit } from '@tiptap/extension-table';
import { CharacterCount, Placeholder } from '@tiptap/extensions';
import StarterKit from '@tiptap/starter-kit';
import { Coin } from './coin';
import { Embed } from './embed';
import { Figure } from './figure';
import { isAllowedHref } from './link-policy';
import { PullQuote } from './pull-quote';

export const bodyExtensions = [
  StarterKit.configure({
    // The article page's h1 is the headline; the body starts at h2.
    heading: { levels: [2, 3] },
    // Not in the format: underlined text reads as a link on the web.
    underline: false,
    // Undo and redo come with the shared document (they undo one's own changes, never a colleague's).
    undoRedo: false,
    link: {
      openOnClick: false,
      autolink: true,
      protocols: ['http', 'https', 'mailto'],
      defaultProtocol: 'https',
      // Tiptap checks this when parsing, rendering and setting a link, so no other scheme reaches the document.
      isAllowedUri: (url) => isAllowedHref(url),
      shouldAutoLink: (url) => /^https?:\/\//i.test(url) || /^[^\s/:@]+\.[^\s/:@]+/.test(url),
      HTMLAttributes: { target: null, rel: null },
    },
  }),
  TableKit.configure({ table: { resizable: false } }),
  Placeholder.configure({ placeholder: 'Write the story…' }),
  CharacterCount,
  PullQuote,
  Figure,
  Embed,
  Coin,
];
