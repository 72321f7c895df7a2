import http from 'node:http';

export type PriceStreamClient = { events: number; connected: boolean; close: () => void };

/** One reader of /api/prices/stream: counts the tick events it receives and knows whether it is still connected. */
function openPriceStream(origin: string): Promise<PriceStreamClient> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${origin}/api/prices/stream`, { agent: false, headers: { accept: 'text/event-stream' } });
    const client: PriceStreamClient = { events: 0, connected: false, close: () => request.destroy() };
    request.on('response', (response) => {
      if (response.statusCode !== 200) {
        response.resume();
        return reject(new Error(`the price stream answered ${response.statusCode}`));
      }
      client.connected = true;
      let pending = '';
      response.setEncoding('utf8');
      response.on('data', (text: string) => {
        const messages = (pending + text).split('\n\n');
        pending = messages.pop() ?? '';
        client.events += messages.filter((message) => message.split('\n').includes('event: ticks')).length;
      });
      response.on('close', () => (client.connected = false));
      resolve(client);
    });
    request.on('error', (error) => (client.connected ? (client.connected = false) : reject(error)));
  });
}

export const openPriceStreams = (origin: string, count: number) =>
  Promise.all(Array.from({ length: count }, () => openPriceStream(origin)));
