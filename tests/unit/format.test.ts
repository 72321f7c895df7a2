import { expect, it, vi } from 'vitest';
import { formatCompactUsd, formatPercent, formatUsd } from '@/lib/content/format';

it('prices a coin with as many decimals as its size needs', () => {
  expect([97_123.4, 1_000, 3.456, 1, 0.201_13].map(formatUsd)).toEqual(['$97,123', '$1,000', '$3.46', '$1.00', '$0.2011']);
});

it('shortens market sizes and signs changes', () => {
  expect([1_912_000_000_000, 45_600_000].map(formatCompactUsd)).toEqual(['$1.91T', '$45.60M']);
  expect([2.345, -0.5, 0].map(formatPercent)).toEqual(['+2.35%', '−0.50%', '0.00%']);
});

/**
 * lib/content/format.ts as Chromium runs it. Chromium follows ECMA-402 as of 2023: compact notation asks for no minimum
 * fraction digits unless told, where Node 20 keeps the currency's two ("$90.9B" against "$90.90B").
 */
async function loadFormatLikeChromium() {
  const NumberFormat = Intl.NumberFormat;
  const chromiumDefaults = (options?: Intl.NumberFormatOptions) =>
    options?.notation === 'compact' && options.minimumFractionDigits === undefined ? { ...options, minimumFractionDigits: 0 } : options;
  const ChromiumNumberFormat = function (locale: string, options?: Intl.NumberFormatOptions) {
    return new NumberFormat(locale, chromiumDefaults(options));
  };
  vi.stubGlobal('Intl', Object.assign(Object.create(Intl), { NumberFormat: ChromiumNumberFormat }));
  vi.resetModules();
  try {
    return await import('@/lib/content/format');
  } finally {
    vi.unstubAllGlobals();
  }
}

// The server's text must be the browser's, or the prices table fails to hydrate (React #418).
it('writes market sizes ending in zero the same in Node and in the browser', async () => {
  const sizes = [90_900_000_000, 1_000_000_000, 45_600_000, 2_500, 12];
  const shown = ['$90.90B', '$1.00B', '$45.60M', '$2.50K', '$12.00'];
  expect(sizes.map(formatCompactUsd)).toEqual(shown);
  expect(sizes.map((await loadFormatLikeChromium()).formatCompactUsd)).toEqual(shown);
});
