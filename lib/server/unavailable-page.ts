import { createHash } from 'node:crypto';

// What a visitor gets while PostgreSQL cannot be reached, or when they search faster than the rate limit allows.
// Written out here rather than rendered by Next.js, because every Next.js page needs the database (the layout reads
// categories and prices), and a refused search must cost nothing.
export const RETRY_AFTER_SECONDS = 5;

// The site's colours, type and 44 px touch target, in plain CSS; dark mode follows the system, as the site does.
const style = `
:root{color-scheme:light dark;--brand:oklch(0.5 0.17 255);--brand-text:oklch(0.43 0.16 258)}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 ui-sans-serif,system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;background:#fff;color:#18181b}
header{border-bottom:1px solid #e4e4e7}
.wrap{max-width:72rem;margin:0 auto;padding:0 1rem}
.logo{display:inline-flex;min-height:2.75rem;align-items:center;font-size:1.5rem;font-weight:900;letter-spacing:-0.025em}
.logo span,.code{color:var(--brand-text)}
main{padding:4rem 0;text-align:center}
.code{margin:0;font-size:.875rem;font-weight:600;text-transform:uppercase;letter-spacing:.025em}
h1{margin:.5rem 0 0;font-size:1.875rem;line-height:1.2;font-weight:900;letter-spacing:-0.025em}
p{color:#3f3f46}
a.button{display:inline-flex;min-height:2.75rem;align-items:center;margin-top:1.5rem;padding:0 1rem;border-radius:.25rem;background:var(--brand);color:#fff;font-weight:600;text-decoration:none}
@media (prefers-color-scheme:dark){
body{background:#09090b;color:#f4f4f5}
header{border-color:#27272a}
p{color:#d4d4d8}
.logo span,.code{color:oklch(0.78 0.1 250)}
}`;

const page = (code: number, title: string, message: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} | Tickerwire</title>
<style>${style}</style>
</head>
<body>
<header><div class="wrap"><div class="logo">Ticker<span>wire</span></div></div></header>
<main class="wrap">
<p class="code">${code}</p>
<h1>${title}</h1>
<p>${message}</p>
<a class="button" href="">Try again</a>
</main>
</body>
</html>
`;

// No script at all, and only this exact stylesheet (by hash), whatever policy the pages themselves carry.
const styleHash = createHash('sha256').update(style).digest('base64');
const policy = `default-src 'none'; style-src 'sha256-${styleHash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

function standalone(wantsPage: boolean, retryAfter: number, html: string, text: string) {
  return {
    headers: {
      'Content-Type': wantsPage ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
      'Retry-After': String(retryAfter),
      'Content-Security-Policy': policy,
    },
    body: wantsPage ? html : text,
  };
}

const unavailableHtml = page(503, "We'll be right back", 'Tickerwire cannot reach its newsroom database for a moment. Nothing is lost; please try again in a few seconds.');
const unavailableText = "We'll be right back: Tickerwire cannot reach its database for a moment. Try again in a few seconds.\n";

/** The 503 for a browser that asked for a page (HTML), or a one-line explanation for anything else. */
export const unavailableResponse = (wantsPage: boolean) => standalone(wantsPage, RETRY_AFTER_SECONDS, unavailableHtml, unavailableText);

/** The 429 for a client over the search rate limit, which may search again in `seconds`. */
export function tooManySearchesResponse(wantsPage: boolean, seconds: number) {
  const wait = `${seconds} second${seconds === 1 ? '' : 's'}`;
  return standalone(wantsPage, seconds, page(429, 'Too many searches', `Too many searches; try again in ${wait}.`), `Too many searches; try again in ${wait}.\n`);
}
