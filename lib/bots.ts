// Crawlers, link unfurlers, monitors and headless tools: their requests are not reads.
const BOT_PATTERN = /bot|crawl|spider|slurp|facebookexternalhit|embedly|preview|monitor|curl|wget|python-requests|headless|lighthouse|axios|node-fetch/i;

export const isBot = (userAgent: string | null) => !userAgent || BOT_PATTERN.test(userAgent);
