// One load-generator run against one URL, summarised the way the benchmark table reports it.
import { get, type IncomingHttpHeaders } from 'node:http';
import autocannon from 'autocannon';

export type LoadResult = { rps: number; p50: number; p99: number; bytes: number; errors: number; non2xx: number };

// As a browser asks: every reader's browser accepts gzip.
export const READER_HEADERS = { 'accept-encoding': 'gzip, deflate, br' };

export async function load(url: string, { seconds, connections }: { seconds: number; connections: number }): Promise<LoadResult> {
  const result = await autocannon({ url, duration: seconds, connections, pipelining: 1, headers: READER_HEADERS });
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    bytes: result.requests.total ? Math.round(result.throughput.total / result.requests.total) : 0,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** A response's status, headers and body as they came over the wire (not decompressed). */
export function fetchRaw(url: string): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: READER_HEADERS }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk)).on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

/** Milliseconds for one request on its own: the first one after start-up or invalidation is the cold render. */
export async function timeOne(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  return Math.round((performance.now() - started) * 10) / 10;
}
