import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

// GitHub's allow-list: no scripts, iframes, styles or event handlers, and only http(s)/mailto links.
// Raw HTML in the Markdown is dropped before it reaches the tree (remark-rehype without allowDangerousHtml).
const schema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
};

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize, schema).use(rehypeStringify);

/** Renders untrusted article Markdown to HTML that is safe to inject into a page. */
export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}
