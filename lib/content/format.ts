// Number formats for prices: enough significant digits for a $0.20 coin, none wasted on a $100,000 one.

// Building an Intl formatter costs far more than using one (a price box made 1.5 ms of every render): made once.
const usd = (digits: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: digits, maximumFractionDigits: digits });
const usdByDigits = new Map([0, 2, 4].map((digits) => [digits, usd(digits)]));
// Both ends pinned: left open, Node's ICU writes "$90.90B" and Chromium "$90.9B", and the prices table fails to hydrate.
const compactUsd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', notation: 'compact', minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function formatUsd(value: number): string {
  return usdByDigits.get(value >= 1000 ? 0 : value >= 1 ? 2 : 4)!.format(value);
}

export function formatCompactUsd(value: number): string {
  return compactUsd.format(value);
}

export function formatPercent(value: number): string {
  return `${value > 0 ? '+' : value < 0 ? '−' : ''}${Math.abs(value).toFixed(2)}%`;
}

export function formatUtcTime(value: Date): string {
  return `${value.toISOString().slice(11, 16)} UTC`;
}
