// The throughput ceiling: the same bytes served from memory by a bare node:http server on this machine.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export async function serveFromMemory(body: Buffer, headers: Record<string, string>) {
  const server = createServer((_, res) => {
    res.writeHead(200, { ...headers, 'content-length': body.length });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
