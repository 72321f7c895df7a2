import { describe, expect, it } from 'vitest';
import { formInteger } from '@/lib/auth/actions';

describe('an id or version from a form', () => {
  it('is taken when it is written in decimal digits', () => {
    for (const [text, value] of [['1', 1], ['42', 42], ['2147483647', 2_147_483_647]] as const) expect(formInteger.parse(text)).toBe(value);
  });

  it('is refused in any other spelling Number() would accept, and out of range', () => {
    for (const text of ['0x1f', '0b11', '0o7', '1e3', ' 7 ', '+7', '07', '7.0', '７', '', '0', '-1', '2147483648', '99999999999'])
      expect(formInteger.safeParse(text).success, text).toBe(false);
  });
});
