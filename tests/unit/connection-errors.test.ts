// Which errors say the connection to PostgreSQL failed: those become "We'll be right back" (503), never a raw 500.
import { describe, expect, test } from 'vitest';
import { isConnectionError } from '@/db/health';

const withCode = (code: string, message = code) => Object.assign(new Error(message), { code });

describe('isConnectionError', () => {
  test('the server shutting down, a lost or refused connection, in the driver or wrapped by Drizzle', () => {
    for (const code of ['57P01', '57P02', '57P03', '08006', '08001', '08003', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', 'CONNECT_TIMEOUT', 'ECONNREFUSED', 'ECONNRESET']) {
      expect(isConnectionError(withCode(code)), code).toBe(true);
      expect(isConnectionError(new Error('Failed query: select 1', { cause: withCode(code) })), `${code} wrapped`).toBe(true);
    }
  });

  test('not a query the database refused, nor a bug', () => {
    for (const error of [withCode('23505', 'duplicate key'), withCode('08P01', 'protocol violation'), withCode('57014', 'statement timeout'), withCode('42P01', 'no such table'), new TypeError('x is undefined'), 'a string', null]) {
      expect(isConnectionError(error), String(error)).toBe(false);
    }
  });
});
