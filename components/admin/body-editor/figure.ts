import { mergeAttributes, Node } from '@tiptap/core';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { FigureView } from './figure-view';

export type FigureAttrs = { src: string; alt: string; caption: string; credit: string };

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: { insertFigure: (attrs: Pick<FigureAttrs, 'src'> & Partial<FigureAttrs>) => ReturnType };
  }
}

/** Only images from our upload store or the demo covers: pictures pasted from other sites are dropped, not hotlinked. */
export const isOwnImage = (src: string | null): src is string => !!src && /^\/(media|covers)\//.test(src);

const text = (element: Element | null) => element?.textContent?.trim() ?? '';

/** An image with its alt text (required), caption and credit; edited in place through its node view. */
export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  atom: true,
  draggable: true,

  addAttributes() {
    return {
      src: { default: '', rendered: false },
      alt: { default: '', rendered: false },
      caption: { default: '', rendered: false },
      credit: { default: '', rendered: false },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'figure',
        getAttrs: (figure) => {
          const img = figure.querySelector('img');
          const src = img?.getAttribute('src') ?? null;
          if (!isOwnImage(src)) return false;
          const credit = figure.querySelector('[data-credit]');
          const caption = figure.querySelector('[data-caption]') ?? figure.querySelector('figcaption');
          return { src, alt: img?.getAttribute('alt') ?? '', caption: text(caption), credit: text(credit) };
        },
      },
      {
        tag: 'img[src]',
        getAttrs: (img) => {
          const src = img.getAttribute('src');
          return isOwnImage(src) ? { src, alt: img.getAttribute('alt') ?? '' } : false;
        },
      },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    const { src, alt, caption, credit } = node.attrs as FigureAttrs;
    return ['figure', mergeAttributes(HTMLAttributes), ['img', { src, alt }], ['figcaption', ['span', { 'data-caption': '' }, caption], ' ', ['small', { 'data-credit': '' }, credit]]];
  },

  addCommands() {
    return {
      insertFigure:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: { alt: '', caption: '', credit: '', ...attrs } }),
    };
  },

  addNodeView() {
    return ReactNodeViewRenderer(FigureView);
  },
});
