import { describe, expect, it } from 'vitest';
import { armedElements, unsafeBodyHtml } from '../support/safe-html';

// The checker the hostile-input and stored-XSS tests trust: it must see each of these, or they prove nothing.
describe('the safe-HTML check', () => {
  it('passes the format as the renderer writes it', () => {
    const html = [
      '<h2>Title &amp; more</h2>',
      '<p>Text <a href="https://example.com/?a=1&amp;b=%22">link</a> <a class="coin-chip" href="/prices/btc" data-coin="BTC">BTC</a><br>',
      '<strong><em>x</em></strong> <a href="mailto:desk@example.com">mail</a></p>',
      '<ol start="3">\n<li>one</li>\n</ol>',
      '<figure class="body-image"><img src="/covers/bitcoin-1.jpg" alt="&quot;&gt;&lt;script&gt;" loading="lazy" decoding="async"><figcaption>c <span class="credit">x</span></figcaption></figure>',
      '<figure class="embed" data-provider="x"><a href="https://x.com/a/status/1" rel="noopener noreferrer nofollow" target="_blank"><span class="embed-label">X</span><span class="embed-url">u</span></a></figure>',
      '<pre><code class="language-c++">&lt;script&gt;</code></pre>',
      '<table>\n<tbody>\n<tr>\n<td colspan="2">a</td>\n</tr>\n</tbody>\n</table><hr>',
    ].join('\n');
    expect(unsafeBodyHtml(html)).toEqual([]);
  });

  it.each([
    '<script>alert(1)</script>',
    '<p><SCRIPT>alert(1)</SCRIPT></p>',
    '<iframe src="https://evil.example"></iframe>',
    '<p onclick="alert(1)">x</p>',
    '<p style="color:red">x</p>',
    '<p class="x">x</p>',
    '<a href="javascript:alert(1)">x</a>',
    '<a href=" JaVaScRiPt:alert(1)">x</a>',
    '<a href="java&#x09;script:alert(1)">x</a>',
    '<a href="&#106;avascript:alert(1)">x</a>',
    '<a href="&#x6A;avascript:alert(1)">x</a>',
    '<a href="data:text/html,x">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<a href="https://example.com/&copy">x</a>',
    '<img src="https://evil.example/x.jpg" alt="x">',
    '<img src="/covers/../x.jpg" alt="x">',
    '<img src="/covers/a.jpg" alt="x" onerror="alert(1)">',
    "<a href='javascript:alert(1)'>x</a>",
    '<a href=javascript:alert(1)>x</a>',
    '<p>a <b>c</b></p>',
    '<p>x <img src=x onerror=alert(1)></p>',
    '<p>x<!-- <script> --></p>',
    '<p>x</p></p>',
    '<p><em>x</p></em>',
    '<p>x',
    '<a href="/a" href="javascript:alert(1)">x</a>',
    '<constructor>x</constructor>',
    '<p constructor="x">x</p>',
  ])('sees what is wrong in %s', (html) => {
    expect(unsafeBodyHtml(html)).not.toEqual([]);
  });

  it('finds handlers, script addresses and frames on any page', () => {
    const page = [
      { tag: 'a', attributes: [['href', '/news/a']] as [string, string][] },
      { tag: 'img', attributes: [['src', 'data:image/png;base64,AAAA']] as [string, string][] },
      { tag: 'div', attributes: [['onmouseover', 'x']] as [string, string][] },
      { tag: 'a', attributes: [['href', '\tjava\nscript:x']] as [string, string][] },
      { tag: 'form', attributes: [['action', 'data:text/html,x']] as [string, string][] },
      { tag: 'iframe', attributes: [] },
    ];
    expect(armedElements(page)).toEqual(['div[onmouseover=x]', 'a[href=\tjava\nscript:x]', 'form[action=data:text/html,x]', 'iframe']);
  });
});
