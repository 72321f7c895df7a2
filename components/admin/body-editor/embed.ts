import { mergeAttributes, Node } from '@tiptap/core';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { EmbedView } from './embed-view';
import { isHttpUrl } from './link-policy';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    embed: { insertEmbed: (url: string) => ReturnType };
  }
}

/** A card linking to an X post, a YouTube video or another page: nothing is loaded from the third party. */
export const Embed = Node.create({
  name: 'embed',
  group: 'block',
  atom: true,
  draggable: true,

  addAttributes() {
    return {
      url: { default: '', rendered: false },
      caption: { default: '', rendered: false },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'div[data-embed]',
        getAttrs: (element) => {
          const url = element.getAttribute('data-embed') ?? '';
          return isHttpUrl(url) ? { url, caption: element.querySelector('p')?.textContent ?? '' } : false;
        },
      },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    const { url, caption } = node.attrs as { url: string; caption: string };
    return ['div', mergeAttributes(HTMLAttributes, { 'data-embed': url }), ['a', { href: url }, url], ['p', caption]];
  },

  addCommands() {
    return {
      insertEmbed:
        (url) =>
        ({ commands }) =>
          isHttpUrl(url) && commands.insertContent({ type: this.name, attrs: { url: url.trim(), caption: '' } }),
    };
  },

  addNodeView() {
    return ReactNodeViewRenderer(EmbedView);
  },
});
