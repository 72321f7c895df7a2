import { expect, it } from 'vitest';
import { formatCompactUsd, formatPercent, formatUsd } from '@/lib/format';

it('prices a coin with as many decimals as its size needs', () => {
  expect([97_123.4, 1_000, 3.456, 1, 0.201_13].map(formatUsd)).toEqual(['$97,123', '$1,000', '$3.46', '$1.00', '$0.2011']);
});

it('shortens market sizes and signs changes', () => {
  expect([1_912_000_000_000, 45_600_000].map(formatCompactUsd)).toEqual(['$1.91T', '$45.60M']);
  expect([2.345, -0.5, 0].map(formatPercent)).toEqual(['+2.35%', '−0.50%', '0.00%']);
});
