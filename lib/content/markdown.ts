import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm);

/**
 * Markdown as a syntax tree (mdast), GitHub tables and all: how Markdown is imported into the body document
 * (lib/content/document/markdown.ts) and how summaries read a body's paragraphs. Raw HTML in it stays a node of its
 * own, which neither turns into anything.
 */
export const parseMarkdown = (markdown: string) => parser.parse(markdown);
