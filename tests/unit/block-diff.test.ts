import { describe, expect, it } from 'vitest';
import { diffBlocks, diffWords, documentBlocks, listBlocks, textBlocks, withContext, type BlockChange } from '@/lib/content/block-diff';
import type { Block, BodyDocument } from '@/lib/content/document/types';

const p = (text: string): Block => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const h2 = (text: string): Block => ({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text }] });
const doc = (...content: Block[]): BodyDocument => ({ type: 'doc', content });
const compare = (before: BodyDocument, after: BodyDocument) => diffBlocks(documentBlocks(before), documentBlocks(after));
// Each change as a reader sees it: [what happened, the block's text, with [-removed-] and {+added+} words].
const shown = (changes: BlockChange[]) =>
  changes.map((c) => [
    c.op === 'change' ? 'change' : c.op === 'equal' ? 'equal' : c.moved ? `moved-${c.op}` : c.op,
    c.op === 'change' ? c.parts.map((w) => (w.op === 'delete' ? `[-${w.text}-]` : w.op === 'insert' ? `{+${w.text}+}` : w.text)).join('') : c.block.text,
  ]);

const story = doc(h2('Outlook'), p('Bitcoin rose 5% on Monday as volumes thinned.'), p('Miners sold less than in March.'), p('Analysts expect a quiet week.'));

describe('comparing bodies block by block', () => {
  it('shows a paragraph inserted at the top as one inserted block and every other block unchanged', () => {
    const after = doc(p('Desk note: this story was updated.'), ...story.content);
    const changes = compare(story, after);
    expect(shown(changes)).toEqual([
      ['insert', 'Desk note: this story was updated.'],
      ['equal', 'Outlook'],
      ['equal', 'Bitcoin rose 5% on Monday as volumes thinned.'],
      ['equal', 'Miners sold less than in March.'],
      ['equal', 'Analysts expect a quiet week.'],
    ]);
  });

  it('shows a changed word as one changed block with that word marked', () => {
    const after = doc(h2('Outlook'), p('Bitcoin rose 6% on Monday as volumes thinned.'), p('Miners sold less than in March.'), p('Analysts expect a quiet week.'));
    expect(shown(compare(story, after)).filter(([op]) => op !== 'equal')).toEqual([['change', 'Bitcoin rose [-5-]{+6+}% on Monday as volumes thinned.']]);
  });

  it('shows a deleted paragraph as one deleted block, and a rewritten one as removed and added', () => {
    const after = doc(h2('Outlook'), p('Bitcoin rose 5% on Monday as volumes thinned.'), p('Regulators in Seoul approved two new exchanges.'));
    expect(shown(compare(story, after)).filter(([op]) => op !== 'equal')).toEqual([
      ['delete', 'Miners sold less than in March.'],
      ['delete', 'Analysts expect a quiet week.'],
      ['insert', 'Regulators in Seoul approved two new exchanges.'],
    ]);
  });

  it('shows a moved paragraph as moved from one place and to another, the rest unchanged', () => {
    const [heading, first, second, third] = story.content;
    const changes = shown(compare(story, doc(heading!, third!, first!, second!)));
    expect(changes.filter(([op]) => op !== 'equal').map(([op]) => op).sort()).toEqual(['moved-delete', 'moved-insert']);
    expect(changes.filter(([op]) => op === 'equal')).toHaveLength(3);
  });

  it('keeps headings as headings, and a heading turned paragraph is removed and added, not changed', () => {
    expect(documentBlocks(story)[0]).toMatchObject({ kind: 'heading2', text: 'Outlook' });
    const after = doc(p('Outlook'), ...story.content.slice(1));
    expect(shown(compare(story, after)).slice(0, 2)).toEqual([
      ['delete', 'Outlook'],
      ['insert', 'Outlook'],
    ]);
  });

  it('says when only the formatting of a block changed', () => {
    const bold: Block = { type: 'paragraph', content: [{ type: 'text', text: 'Miners sold less than in March.', marks: [{ type: 'bold' }] }] };
    const changes = compare(story, doc(...story.content.slice(0, 2), bold, story.content[3]!));
    expect(changes.filter((c) => c.op !== 'equal')).toMatchObject([{ op: 'change', parts: [{ op: 'equal', text: 'Miners sold less than in March.' }] }]);
  });

  it('takes list items, quotes, table rows and figures as blocks of their own', () => {
    const blocks = documentBlocks(
      doc(
        { type: 'orderedList', content: [{ type: 'listItem', content: [p('One')] }, { type: 'listItem', content: [p('Two'), { type: 'bulletList', content: [{ type: 'listItem', content: [p('Two and a half')] }] }] }] },
        { type: 'blockquote', content: [p('Said someone.')] },
        { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableHeader', content: [p('Coin')] }, { type: 'tableHeader', content: [p('Price')] }] }] },
        { type: 'figure', attrs: { src: '/media/a.webp', alt: 'A chart', caption: 'Prices', credit: 'Desk' } },
      ),
    );
    expect(blocks.map((b) => [b.kind, b.marker ?? '', b.text])).toEqual([
      ['listItem', '1.', 'One'],
      ['listItem', '2.', 'Two'],
      ['listItem', '•', 'Two and a half'],
      ['quote', '', 'Said someone.'],
      ['tableRow', '', 'Coin | Price'],
      ['figure', '', 'Image: A chart · Prices · Credit: Desk'],
    ]);
  });

  it('does not mark the items after one inserted at the top of a numbered list, though their numbers move', () => {
    const list = (...items: string[]): BodyDocument => doc({ type: 'orderedList', content: items.map((t) => ({ type: 'listItem' as const, content: [p(t)] })) });
    const changes = compare(list('First point', 'Second point'), list('New point', 'First point', 'Second point'));
    expect(changes.map((c) => [c.op, c.block.marker])).toEqual([
      ['insert', '1.'],
      ['equal', '2.'],
      ['equal', '3.'],
    ]);
  });

  it('shows a very large rewrite as replaced, every block of both sides, instead of searching without end', () => {
    const before = doc(...Array.from({ length: 1_500 }, (_, i) => p(`old ${i}`)));
    const after = doc(...Array.from({ length: 1_500 }, (_, i) => p(`new ${i}`)));
    const changes = compare(before, after);
    expect(changes.filter((c) => c.op === 'delete')).toHaveLength(1_500);
    expect(changes.filter((c) => c.op === 'insert')).toHaveLength(1_500);
  });

  it('folds long unchanged stretches, keeping one block of context around each change', () => {
    const before = doc(...Array.from({ length: 10 }, (_, i) => p(`Paragraph ${i}.`)));
    const after = doc(...before.content.slice(0, 5), p('Inserted in the middle.'), ...before.content.slice(5));
    expect(withContext(compare(before, after)).map((r) => (r.op === 'skip' ? `skip ${r.blocks.length}` : r.op))).toEqual(['skip 4', 'equal', 'insert', 'equal', 'skip 4']);
  });
});

describe('other fields', () => {
  it('compares key points item by item', () => {
    const changes = diffBlocks(listBlocks(['Rates held.', 'Volumes fell.']), listBlocks(['Rates held.', 'Stocks rose.', 'Volumes fell.']));
    expect(shown(changes)).toEqual([
      ['equal', 'Rates held.'],
      ['insert', 'Stocks rose.'],
      ['equal', 'Volumes fell.'],
    ]);
  });

  it('shows a headline edit as one changed block, and an emptied field as removed', () => {
    expect(shown(diffBlocks(textBlocks('Bitcoin rises on ETF hopes'), textBlocks('Bitcoin falls on ETF hopes')))).toEqual([['change', 'Bitcoin [-rises-]{+falls+} on ETF hopes']]);
    expect(shown(diffBlocks(textBlocks('A dek.'), textBlocks('')))).toEqual([['delete', 'A dek.']]);
    expect(shown(diffBlocks(textBlocks('bitcoin-rises-on-etf-hopes'), textBlocks('bitcoin-falls-on-etf-hopes')))).toEqual([['change', 'bitcoin-[-rises-]{+falls+}-on-etf-hopes']]);
  });
});

describe('words inside a changed block', () => {
  const marked = (before: string, after: string) => diffWords(before, after).map((w) => (w.op === 'delete' ? `[-${w.text}-]` : w.op === 'insert' ? `{+${w.text}+}` : w.text)).join('');

  it('marks a changed word or figure, not the punctuation beside it', () => {
    expect(marked('Bitcoin’s hashrate rose 5%, miners said.', 'Ether’s hashrate rose 6%, miners said.')).toBe('[-Bitcoin-]{+Ether+}’s hashrate rose [-5-]{+6+}%, miners said.');
  });

  it('marks a changed phrase as one piece, spaces included', () => {
    expect(marked('the quick brown fox', 'the slow red fox')).toBe('the [-quick brown-]{+slow red+} fox');
  });

  it('marks a change of spacing, which the page shows as written', () => {
    expect(marked('Two  spaces.', 'Two spaces.')).toBe('Two[-  -]{+ +}spaces.');
  });

  it('keeps both texts whole', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % n);
    for (let round = 0; round < 200; round++) {
      const text = () => Array.from({ length: 1 + random(12) }, () => ['alpha', 'beta', 'gamma', ',', ' ', '  '][random(6)]).join(' ');
      const [before, after] = [text(), text()];
      const parts = diffWords(before, after);
      expect(parts.filter((w) => w.op !== 'insert').map((w) => w.text).join('')).toBe(before);
      expect(parts.filter((w) => w.op !== 'delete').map((w) => w.text).join('')).toBe(after);
    }
  });
});
