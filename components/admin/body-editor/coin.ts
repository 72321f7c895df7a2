import { InputRule, mergeAttributes, Node } from '@tiptap/core';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    coin: { insertCoin: (symbol: string) => ReturnType };
  }
}

/** A ticker symbol: 2 to 10 capital letters or digits, at least one a letter (so "$500" stays a price). */
export const COIN_SYMBOL = /^(?=[A-Z0-9]*[A-Z])[A-Z0-9]{2,10}$/;

/** A coin named in the text, shown as a chip ("BTC"); the public page turns it into a live price. */
export const Coin = Node.create({
  name: 'coin',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,

  addAttributes() {
    return { symbol: { default: '', rendered: false } };
  },

  parseHTML() {
    return [
      {
        tag: 'span[data-coin]',
        getAttrs: (element) => {
          const symbol = element.getAttribute('data-coin') ?? '';
          return COIN_SYMBOL.test(symbol) ? { symbol } : false;
        },
      },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    const symbol = String(node.attrs.symbol);
    return [
      'span',
      mergeAttributes(HTMLAttributes, {
        'data-coin': symbol,
        class: 'mx-0.5 inline-block rounded-full bg-brand-50 px-2 font-sans text-sm font-bold text-brand-700 dark:bg-zinc-800 dark:text-brand-300',
      }),
      symbol,
    ];
  },

  renderText: ({ node }) => String(node.attrs.symbol),

  addCommands() {
    return {
      insertCoin:
        (symbol) =>
        ({ commands }) =>
          COIN_SYMBOL.test(symbol) && commands.insertContent([{ type: this.name, attrs: { symbol } }, { type: 'text', text: ' ' }]),
    };
  },

  addInputRules() {
    return [
      // "$BTC " becomes a chip; "$500 ", "US$ETH " and "a$BC " do not: the $ starts a word and a letter follows.
      new InputRule({
        find: /(?<![\w$])\$((?=[A-Z0-9]*[A-Z])[A-Z0-9]{2,10}) $/,
        handler: ({ state, range, match }) => {
          state.tr.replaceWith(range.from, range.to, [this.type.create({ symbol: match[1] }), state.schema.text(' ')]);
        },
      }),
    ];
  },
});
