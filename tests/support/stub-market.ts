import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/** A local stand-in for a CoinGecko-style API: each request is answered by the next scripted handler. */
export async function startStubMarket() {
  const script: Handler[] = [];
  const requests: { url: string; headers: IncomingMessage['headers']; at: number }[] = [];
  const server = createServer((request, response) => {
    requests.push({ url: request.url ?? '', headers: request.headers, at: Date.now() });
    const handler = script.shift();
    if (handler) handler(request, response);
    else response.writeHead(500).end('no scripted response');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/api/v3`,
    requests,
    reply: (...handlers: Handler[]) => script.push(...handlers),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}): Handler => (_req, res) => {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers }).end(JSON.stringify(body));
};

export const raw = (body: string, status = 200, headers: Record<string, string> = {}): Handler => (_req, res) => {
  res.writeHead(status, headers).end(body);
};

/** Never answers: the client's timeout has to end the request. */
export const hang: Handler = () => {};

export const market = (id: string, price: unknown, updated = new Date()) => ({
  id,
  symbol: id.slice(0, 3),
  current_price: price,
  total_volume: 1_000_000,
  market_cap: 50_000_000,
  last_updated: updated.toISOString(),
});
