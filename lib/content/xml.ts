const entities: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' };

// Everything outside XML 1.0's Char production: C0 controls but tab, LF and CR; U+FFFE, U+FFFF; lone surrogates.
// One of them anywhere makes a whole feed or sitemap unparseable.
const FORBIDDEN_IN_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** Whether text holds a character no XML document may carry, so that it could not be published in a feed. */
export const hasCharForbiddenInXml = (text: string) => text.search(FORBIDDEN_IN_XML) !== -1;

// Drops the forbidden characters as well: text that reached the database by another way must not break a feed.
export const escapeXml = (text: string) => text.replace(FORBIDDEN_IN_XML, '').replace(/[<>&'"]/g, (c) => entities[c]!);
