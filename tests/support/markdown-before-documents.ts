// The renderer pages used before bodies were the editor's documents (migration 0008): GitHub's allow-list over
// remark. Kept for the tests only, to show that every story reads on its page as it did before the conversion.
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

const schema = { ...defaultSchema, protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], src: ['http', 'https'] } };
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize, schema).use(rehypeStringify);

export const renderMarkdownBeforeDocuments = (markdown: string) => String(processor.processSync(markdown));
