// An extractive summary: the body's most representative sentences, in their original order. No external service.
import type { Nodes, Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from '@/lib/content/markdown';

const STOPWORDS = new Set(
  'a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or other our out over own said same she should so some such than that the their them then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your'.split(' '),
);

/** Markdown to plain prose: the text of its paragraphs (in lists and quotes too), without headings, tables, code or images. */
export function plainText(markdown: string): string {
  return paragraphsOf(parseMarkdown(markdown))
    .map((paragraph) => toString(paragraph, { includeImageAlt: false, includeHtml: false }))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const paragraphsOf = (node: Nodes): Paragraph[] => (node.type === 'paragraph' ? [node] : 'children' in node ? node.children.flatMap(paragraphsOf) : []);

// A sentence ends at . ! or ? followed by a space and a capital or an opening quote, so "$104,250.75" stays whole.
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?]["”’)]?)\s+(?=[A-Z"“‘(])/)
    .map((s) => s.trim())
    .filter((s) => s.split(' ').length >= 5);
}

const words = (sentence: string) => sentence.toLowerCase().match(/[a-z0-9$%.,]+/g)?.map((w) => w.replace(/[.,]+$/, '')).filter((w) => w && !STOPWORDS.has(w)) ?? [];

/**
 * Scores each sentence by how frequent its words are across the body (normalised by length), with a bonus for
 * the lede, and returns the best ones, in body order, within `maxLength` characters.
 */
export function summarise(markdown: string, { maxSentences = 2, maxLength = 420 } = {}): string {
  const sentences = splitSentences(plainText(markdown));
  if (sentences.length === 0) return '';
  const frequency = new Map<string, number>();
  for (const sentence of sentences) for (const word of words(sentence)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const scored = sentences.map((sentence, index) => {
    const terms = words(sentence);
    const weight = terms.reduce((sum, w) => sum + (frequency.get(w) ?? 0), 0) / Math.sqrt(terms.length || 1);
    return { sentence, index, score: weight * (index === 0 ? 1.5 : index < 3 ? 1.2 : 1) };
  });
  const chosen: typeof scored = [];
  let length = 0;
  for (const candidate of [...scored].sort((a, b) => b.score - a.score)) {
    if (chosen.length >= maxSentences) break;
    if (length + candidate.sentence.length > maxLength && chosen.length > 0) continue;
    chosen.push(candidate);
    length += candidate.sentence.length + 1;
  }
  return chosen
    .sort((a, b) => a.index - b.index)
    .map((c) => c.sentence)
    .join(' ')
    .slice(0, 1000);
}
