import type { IncomingMessage, ServerResponse } from 'node:http';
import { log } from '@/lib/log';
import { describeUrl, newRequestContext, requestIdFor, runInRequestContext } from '@/lib/server/request-context';

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/**
 * Wraps a Node request handler: each request gets an id (sent back as X-Request-Id, and passed on to the app
 * in the same request header), every log line written while it is handled carries it, and one line says how it went.
 */
export function withRequestLog(handle: Handler) {
  let open = 0;
  let onSettled: (() => void) | undefined;

  const listener = (request: IncomingMessage, response: ServerResponse) => {
    const requestId = requestIdFor(request.headers['x-request-id']);
    const context = newRequestContext(requestId);
    const started = performance.now();
    request.headers['x-request-id'] = requestId;
    response.setHeader('X-Request-Id', requestId);
    open += 1;
    // 'close' comes for finished responses and for clients that left early (a closed price stream, say).
    response.once('close', () => {
      const status = response.statusCode;
      const durationMs = Math.round((performance.now() - started) * 10) / 10;
      const outcome = { status, durationMs, dbQueries: context.dbQueries, ...(response.writableFinished ? {} : { aborted: true }) };
      log('request', { requestId, method: request.method, ...describeUrl(request.url ?? '/'), ...outcome }, status >= 500 ? 'error' : 'info');
      open -= 1;
      if (open === 0) onSettled?.();
    });
    runInRequestContext(context, () => handle(request, response)).catch((error: unknown) => {
      log('request_handler_error', { error });
      if (response.headersSent) return response.destroy();
      response.statusCode = 500;
      response.end('Internal Server Error');
    });
  };

  // A closed server calls back before the 'close' of the sockets it saw go, so their lines may still be due.
  const settled = () => new Promise<void>((resolve) => (open === 0 ? resolve() : (onSettled = resolve)));
  return { listener, settled };
}
