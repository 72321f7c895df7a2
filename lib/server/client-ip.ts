// The client's address, decided once where the socket is visible (lib/server/web-server.ts) and handed to the app in a
// header of our own that overwrites anything a client sends. Next.js only sets X-Forwarded-For when it is
// missing, so a client could otherwise choose the address the sign-in rate limiter counts against.
export const CLIENT_IP_HEADER = 'x-tickerwire-client-ip';

/**
 * With no trusted proxies, the socket's peer. Each trusted proxy appends the address it saw to X-Forwarded-For, so
 * with N of them the client is the N-th entry from the end; anything before it was written by the client.
 */
export function clientAddress(forwardedFor: string | string[] | undefined, socketAddress: string | undefined, trustedHops: number): string {
  const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '')).split(',').map((s) => s.trim()).filter(Boolean);
  const fromProxies = trustedHops > 0 ? chain[chain.length - trustedHops] : undefined;
  return fromProxies ?? socketAddress ?? 'unknown';
}
