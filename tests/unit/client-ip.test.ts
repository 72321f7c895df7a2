import { describe, expect, it } from 'vitest';
import { clientAddress } from '@/lib/server/client-ip';

describe('the client address the sign-in limiter counts', () => {
  it('is the socket’s peer when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    expect(clientAddress('6.6.6.6', '203.0.113.9', 0)).toBe('203.0.113.9');
  });

  it('is the entry the nearest trusted proxy appended, not one the client wrote before it', () => {
    expect(clientAddress('6.6.6.6, 198.51.100.7', '10.0.0.2', 1)).toBe('198.51.100.7');
    expect(clientAddress(['6.6.6.6', '198.51.100.7, 10.0.0.5'], '10.0.0.2', 2)).toBe('198.51.100.7');
  });

  it('falls back to the socket when the proxies sent fewer entries than trusted', () => {
    expect(clientAddress(undefined, '10.0.0.2', 1)).toBe('10.0.0.2');
  });
});
