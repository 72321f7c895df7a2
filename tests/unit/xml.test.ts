import { describe, expect, it } from 'vitest';
import { renderNewsSitemap } from '@/lib/content/sitemap';
import { escapeXml } from '@/lib/content/xml';
import { outsideXmlChars } from '../support/xml-chars';

const FORBIDDEN = ['\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u001f', '\ud800', '\udfff', '\ufffe', '\uffff'];

describe('the XML writer', () => {
  it('drops every character XML 1.0 forbids and escapes markup', () => {
    for (const c of FORBIDDEN) expect(escapeXml(`a${c}<b>`), JSON.stringify(c)).toBe('a&lt;b&gt;');
  });

  it('keeps tab, line breaks, DEL, U+FFFD and characters beyond the BMP', () => {
    expect(escapeXml('\t\n\r\u007f\ufffd🚀 "q" & \'a\'')).toBe('\t\n\r\u007f\ufffd🚀 &quot;q&quot; &amp; &apos;a&apos;');
  });

  // Apart: side by side, the two lone surrogates would make a pair, which is allowed.
  it('writes a news sitemap with none of them, whatever the headline holds', async () => {
    const xml = await renderNewsSitemap([{ slug: 'a-story', title: `Bitcoin ${FORBIDDEN.join('-')} rallies`, publishedAt: new Date() }], 'Tickerwire').text();
    expect(outsideXmlChars(xml)).toEqual([]);
    expect(xml).toContain(`<news:title>Bitcoin ${'-'.repeat(FORBIDDEN.length - 1)} rallies</news:title>`);
  });
});
