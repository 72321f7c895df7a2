// Many readers on the price stream at once: how long a stored tick takes to reach the last of them.
import { request } from 'node:http';

type Client = { close: () => void };

/** Opens `count` EventSource-style connections; `onData` gets each client's data lines with their arrival time. */
export async function openStreams(url: string, count: number, onData: (line: string, at: number) => void): Promise<Client[]> {
  const open = () =>
    new Promise<Client>((resolve, reject) => {
      const req = request(url, { agent: false, headers: { accept: 'text/event-stream' } }, (res) => {
        if (res.statusCode !== 200) return reject(new Error(`stream answered ${res.statusCode}`));
        let buffer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          const at = performance.now();
          buffer += chunk;
          const lines = buffer.split('\n');
          buffer = lines.pop()!;
          for (const line of lines) if (line.startsWith('data: ')) onData(line.slice(6), at);
        });
        resolve({ close: () => req.destroy() });
      });
      req.on('error', reject);
      req.end();
    });
  const clients: Client[] = [];
  // In batches, as a crowd of readers arrives, not as one SYN flood.
  for (let i = 0; i < count; i += 100) clients.push(...(await Promise.all(Array.from({ length: Math.min(100, count - i) }, open))));
  return clients;
}

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
