/** Characters outside XML 1.0's Char production (https://www.w3.org/TR/xml/#charsets), judged by code point. */
export const outsideXmlChars = (text: string) =>
  [...text].filter((c) => {
    const p = c.codePointAt(0)!;
    return !(p === 0x9 || p === 0xa || p === 0xd || (p >= 0x20 && p <= 0xd7ff) || (p >= 0xe000 && p <= 0xfffd) || (p >= 0x10000 && p <= 0x10ffff));
  });
