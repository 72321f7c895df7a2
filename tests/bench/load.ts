// One load-generator run against one URL, summarised the way the benchmark table reports it. The generator is
// wrk (Debian's `wrk` package): autocannon, in one process of Node, topped out near 3,000 req/s here, below the
// servers it measured; `toolCeiling` shows in every run what wrk itself reaches.
import { execFile } from 'node:child_process';
import { get, type IncomingHttpHeaders } from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';

export type LoadResult = { rps: number; p50: number; p99: number; bytes: number; errors: number; non2xx: number };
export type LoadOptions = { seconds: number; connections: number };

// As a browser asks: every reader's browser accepts gzip and Brotli.
export const READER_HEADERS = { 'accept-encoding': 'gzip, deflate, br' };

const SCRIPT = path.join(import.meta.dirname, 'wrk-report.lua');
// Two threads: the machine the benchmark was written on has two cores, shared with the server under test.
const THREADS = 2;

/**
 * wrk against `url` for `seconds` over `connections` connections; with `unique`, every request at an address of
 * its own (`?bench=…`), so none can come from the page cache.
 */
export async function load(url: string, { seconds, connections }: LoadOptions, { unique = false } = {}): Promise<LoadResult> {
  const headers = Object.entries(READER_HEADERS).flatMap(([name, value]) => ['-H', `${name}: ${value}`]);
  const args = ['-t', String(Math.min(THREADS, connections)), '-c', String(connections), '-d', `${seconds}s`, '--timeout', '10s', '-s', SCRIPT, ...headers, url];
  const { stdout } = await promisify(execFile)('wrk', args, { env: { ...process.env, UNIQUE: unique ? '1' : '0' } }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new Error('The benchmark drives its load with wrk: `apt-get install -y wrk`.');
    throw error;
  });
  const report = JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<'requests' | 'us' | 'bytes' | 'connect' | 'read' | 'write' | 'status' | 'timeout' | 'p50' | 'p99', number>;
  return {
    rps: Math.round(report.requests / (report.us / 1e6)),
    p50: Math.round(report.p50 / 100) / 10,
    p99: Math.round(report.p99 / 100) / 10,
    bytes: report.requests ? Math.round(report.bytes / report.requests) : 0,
    errors: report.connect + report.read + report.write + report.timeout,
    non2xx: report.status,
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
