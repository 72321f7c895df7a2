import { describe, expect, it } from 'vitest';
import { plainText, splitSentences, summarise } from '@/lib/content/summarise';

const body = `Bitcoin miners are turning idle substations into AI data centres as hashprice slides.

## The deal

Northgate Digital signed a ten-year lease with a cloud tenant for 200 megawatts at its Texas site. The miner will keep 150 megawatts of bitcoin mining capacity at the same site.

- Lease value: about $3 billion
- First racks: in the second quarter

> "Power is the scarce asset," one analyst said.

## Why now

Hashprice fell after bitcoin slid from its record near $125,000 to about $105,000, squeezing miners' margins. AI tenants pay for power whether or not bitcoin rallies. The weather was mild on Tuesday in the city.

| Site | MW |
|---|---|
| Texas | 200 |
`;

describe('extractive summary', () => {
  it('strips Markdown to prose', () => {
    const text = plainText(body);
    expect(text).not.toMatch(/##|\||>|^- /m);
    expect(text).toContain('Lease value: about $3 billion');
  });

  it('keeps sentences whole, including ones with decimal figures', () => {
    expect(splitSentences('Bitcoin rose 2.5% to $104,250.75 on Tuesday morning. Ether was flat all day long.')).toEqual([
      'Bitcoin rose 2.5% to $104,250.75 on Tuesday morning.',
      'Ether was flat all day long.',
    ]);
  });

  it('picks representative sentences from the body, in order, within the length limit', () => {
    const summary = summarise(body);
    expect(summary.length).toBeGreaterThan(40);
    expect(summary.length).toBeLessThanOrEqual(420);
    expect(summary).not.toContain('weather');
    const sentences = splitSentences(plainText(body));
    const picked = splitSentences(summary);
    expect(picked.every((s) => sentences.includes(s))).toBe(true);
    expect(picked.map((s) => sentences.indexOf(s))).toEqual([...picked.map((s) => sentences.indexOf(s))].sort((a, b) => a - b));
  });

  it('returns nothing for a body without sentences', () => {
    expect(summarise('## Only a heading')).toBe('');
  });
});
