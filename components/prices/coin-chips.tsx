'use client';

import { useEffect } from 'react';
import { formatUsd } from '@/lib/content/format';
import { getLiveQuote, subscribe } from './price-store';

/**
 * Puts the live price into the coin chips of an article's body (`<a data-coin="BTC">`, lib/content/document/html.ts).
 * The body is stored HTML, not React, so the chips are filled in place; a coin with no price yet shows its symbol.
 */
export function CoinChips({ containerId }: { containerId: string }) {
  useEffect(() => {
    const chips = [...(document.getElementById(containerId)?.querySelectorAll<HTMLElement>('[data-coin]') ?? [])];
    if (chips.length === 0) return;
    const prices = chips.map((chip) => {
      const price = document.createElement('span');
      price.dataset.coinPrice = '';
      chip.append(price);
      return price;
    });
    const show = () =>
      chips.forEach((chip, index) => {
        const quote = getLiveQuote(chip.dataset.coin!);
        prices[index]!.textContent = quote ? formatUsd(quote.price) : '';
      });
    show();
    const unsubscribe = subscribe(show);
    return () => {
      unsubscribe();
      prices.forEach((price) => price.remove());
    };
  }, [containerId]);
  return null;
}
