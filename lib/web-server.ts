// The web server that `lib/portal.ts` starts: Next.js's own request handler, in-process as under `next start`,
// wrapped so that every request gets an id and a log line, which `next start` has no hook for.
import { createServer } from 'node:http';
import next from 'next';
import { CLIENT_IP_HEADER, clientAddress } from '@/lib/client-ip';
import { env } from '@/lib/env';
import { flushLog, log, routeConsoleToLog } from '@/lib/log';
import { withRequestLog } from '@/lib/request-log';

routeConsoleToLog();
const app = next({ dev: false, dir: process.cwd(), hostname: env.HOST, port: env.PORT });
await app.prepare();
const requests = withRequestLog(app.getRequestHandler());
const server = createServer((request, response) => {
  request.headers[CLIENT_IP_HEADER] = clientAddress(request.headers['x-forwarded-for'], request.socket.remoteAddress, env.TRUSTED_PROXY_HOPS);
  requests.listener(request, response);
});
server.on('error', async (error) => {
  log('fatal', { message: error.message });
  await flushLog();
  process.exit(1);
});
server.listen(env.PORT, env.HOST, () => log('web_server_listening', { host: env.HOST, port: env.PORT }));

// As `next start` does: stop taking connections, let requests in flight finish (and log them), close Next, exit.
let stopping = false;
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.close(async () => {
      await requests.settled();
      await app.close().catch((error: unknown) => log('shutdown_error', { error }));
      await flushLog();
      process.exit(code);
    });
  });
}
