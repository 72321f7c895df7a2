// What may reach a reader from a story's body, checked apart from the renderer so the tests never take its word for
// what it wrote. Two rules: one for any page as the browser parsed it (the stored-XSS spec), and a stricter one for
// a body's stored HTML (unit and hostile-command tests): the format's tags and attributes only.
import { isOurImage } from '@/lib/media/urls';

export type Element = { tag: string; attributes: [name: string, value: string][] };

const SITE = 'https://tickerwire.test';
// The WHATWG parser reads an address as a browser does: leading spaces and controls ignored, tabs and newlines dropped.
const resolve = (url: string) => (URL.canParse(url, SITE) ? new URL(url, SITE) : null);
const runsScript = (url: string) => {
  const parsed = resolve(url);
  if (parsed?.protocol === 'data:') return !/^data:image\/(png|gif|jpeg|webp|avif)[;,]/i.test(parsed.href);
  return parsed?.protocol === 'javascript:' || parsed?.protocol === 'vbscript:';
};
const URL_ATTRIBUTE = /^(href|src|action|formaction|xlink:href|data|srcdoc|poster|background)$/i;
const FRAMES = ['iframe', 'object', 'embed'];

/** What in a page could run script (a handler, a script address, a frame), whatever else the page holds. */
export function armedElements(elements: Element[]): string[] {
  return elements.flatMap(({ tag, attributes }) => [
    ...(FRAMES.includes(tag) ? [tag] : []),
    ...attributes
      .filter(([name, value]) => /^on/i.test(name) || (URL_ATTRIBUTE.test(name) && (runsScript(value) || /<script/i.test(value))))
      .map(([name, value]) => `${tag}[${name}=${value.slice(0, 80)}]`),
  ]);
}

const any = () => true;
const is = (...values: string[]) => (value: string) => values.includes(value);
const digits = (value: string) => /^[0-9]{1,9}$/.test(value);
/** A link leaves for the web or an email, or stays on this site. */
const isSafeHref = (href: string) => {
  const url = resolve(href);
  return url !== null && (url.origin === SITE || ['http:', 'https:', 'mailto:'].includes(url.protocol));
};
const spans = { colspan: digits, rowspan: digits };
// The tags lib/content/document/html.ts writes, and what each may carry; the body's images are ours alone.
const ALLOWED: Record<string, Record<string, (value: string) => boolean>> = {
  ...Object.fromEntries(['p', 'h2', 'h3', 'ul', 'li', 'blockquote', 'figcaption', 'hr', 'pre', 'table', 'thead', 'tbody', 'tr', 'br', 'strong', 'em', 'del'].map((tag) => [tag, {}])),
  ol: { start: digits },
  th: spans,
  td: spans,
  a: { href: isSafeHref, class: is('coin-chip'), 'data-coin': (value) => /^[A-Z0-9]{2,10}$/.test(value), rel: is('noopener noreferrer nofollow'), target: is('_blank') },
  figure: { class: is('pull-quote', 'body-image', 'embed'), 'data-provider': is('youtube', 'x', 'link') },
  img: { src: isOurImage, alt: any, loading: is('lazy'), decoding: is('async') },
  span: { class: is('credit', 'embed-label', 'embed-url') },
  code: { class: (value) => /^language-[a-z0-9+#-]{1,20}$/.test(value) },
};
const VOID = ['br', 'hr', 'img'];
// Own keys only: a tag or attribute named "constructor" must not find Object.prototype's.
const own = <T>(record: Record<string, T> | undefined, key: string) => (record && Object.hasOwn(record, key) ? record[key] : undefined);

// Tags as the renderer writes them: lower case, values in double quotes. Anything else that opens with "<" is refused.
const TAG = /<(\/?)([a-z][a-z0-9]*)((?:\s+[a-z][a-z-]*(?:="[^"]*")?)*)\s*>/y;
const ATTRIBUTE = /([a-z][a-z-]*)(?:="([^"]*)")?/g;
const REFERENCES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const UNKNOWN = '\u{10FFFF}';
// Character references as a browser reads them in an attribute (an unknown one poisons the value, so it is refused).
const decode = (value: string) =>
  value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);?/gi, (_, ref: string) => {
    if (ref[0] !== '#') return own(REFERENCES, ref) ?? UNKNOWN;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : UNKNOWN;
  });

/** Every way a body's HTML strays from the format: a tag or attribute it does not have, an unsafe value, bad nesting. */
export function unsafeBodyHtml(html: string): string[] {
  const problems: string[] = [];
  const elements: Element[] = [];
  const open: string[] = [];
  for (let at = html.indexOf('<'); at !== -1; at = html.indexOf('<', at)) {
    TAG.lastIndex = at;
    const match = TAG.exec(html);
    if (!match) {
      problems.push(`markup that is not a tag of the format: ${html.slice(at, at + 40)}`);
      at++;
      continue;
    }
    at = TAG.lastIndex;
    const [, closing, tag, rest] = match as unknown as [string, string, string, string];
    const allowed = own(ALLOWED, tag);
    if (!allowed) problems.push(`<${closing}${tag}>`);
    if (closing) {
      if (rest.trim() || VOID.includes(tag) || open.pop() !== tag) problems.push(`</${tag}> that closes nothing open`);
      continue;
    }
    const attributes = [...rest.matchAll(ATTRIBUTE)].map(([, name, value = '']) => [name!, decode(value)] as [string, string]);
    elements.push({ tag, attributes });
    for (const [name, value] of attributes) {
      if (!own(allowed, name)?.(value) || value.includes(UNKNOWN)) problems.push(`<${tag} ${name}="${value.slice(0, 80)}">`);
    }
    if (new Set(attributes.map(([name]) => name)).size !== attributes.length) problems.push(`<${tag}> with an attribute twice`);
    if (!VOID.includes(tag)) open.push(tag);
  }
  if (open.length) problems.push(`unclosed ${open.map((tag) => `<${tag}>`).join('')}`);
  return [...problems, ...armedElements(elements)];
}
