import { mergeAttributes, Node } from '@tiptap/core';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { PullQuoteView } from './pull-quote-view';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    pullQuote: { setPullQuote: () => ReturnType };
  }
}

/** A line lifted out of the story and set large: text only (no lists or headings inside), with an attribution. */
export const PullQuote = Node.create({
  name: 'pullQuote',
  group: 'block',
  content: 'inline*',
  marks: 'bold italic strike link',
  defining: true,

  addAttributes() {
    return {
      attribution: {
        default: '',
        parseHTML: (element) => element.getAttribute('data-attribution') ?? '',
        renderHTML: (attributes) => ({ 'data-attribution': attributes.attribution || null }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'aside[data-pull-quote]', contentElement: 'p' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['aside', mergeAttributes({ 'data-pull-quote': '' }, HTMLAttributes), ['p', 0]];
  },

  addCommands() {
    return {
      setPullQuote:
        () =>
        ({ commands }) =>
          commands.setNode(this.name),
    };
  },

  addNodeView() {
    return ReactNodeViewRenderer(PullQuoteView);
  },
});
