// The one place that touches a ServerResponse's methods: Next.js writes a response as if to the socket, and this
// decides whether it goes there. A response the pipeline needs whole (a page it may cache, an error it may replace)
// is collected; anything else streams through untouched after its first line.
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

export type Collected = { status: number; headers: OutgoingHttpHeaders; body: Buffer };
export type Outcome = { streamed: true } | { streamed: false; collected: Collected };

type Mode = {
  /** Collect the whole response, whatever its status. */
  collect: boolean;
  /** Otherwise, collect it only when its status says so (an error to replace). */
  hold: (status: number) => boolean;
};

type Writer = Pick<ServerResponse, 'writeHead' | 'flushHeaders' | 'write' | 'end'>;

const bytesOf = (chunk: unknown, encoding: unknown): Buffer | undefined => {
  if (chunk == null || typeof chunk === 'function') return undefined;
  if (typeof chunk === 'string') return Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
};
const callbackOf = (...args: unknown[]) => args.find((arg) => typeof arg === 'function') as (() => void) | undefined;

/**
 * Lets `render` write to `response` and says what became of it. Collected responses reach the client only when
 * the caller answers; `abandon` swallows whatever `render` still writes, for a caller that answers in its place
 * through `own`, the response's own methods.
 */
export function capture(response: ServerResponse, mode: Mode) {
  const own: Writer = { writeHead: response.writeHead, flushHeaders: response.flushHeaders, write: response.write, end: response.end };
  const chunks: Buffer[] = [];
  let state: 'deciding' | 'collecting' | 'streaming' | 'done' | 'abandoned' = mode.collect ? 'collecting' : 'deciding';
  let finish: (outcome: Outcome) => void;
  const done = new Promise<Outcome>((resolve) => (finish = resolve));

  // The methods stay wrapped for the response's life (others, like Next's compression, may wrap them in turn), and
  // pass calls on once the response streams, or once Next.js has finished and the caller answers.
  const passes = () => state === 'streaming' || state === 'done';
  // Decided at the first line, when the status is known: collect it, or give the response back to the socket.
  const decide = () => {
    if (state !== 'deciding') return;
    state = mode.hold(response.statusCode) ? 'collecting' : 'streaming';
    if (state === 'streaming') finish({ streamed: true });
  };

  response.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    this.statusCode = status;
    const headers = rest.find((r) => typeof r === 'object' && r !== null);
    if (Array.isArray(headers)) for (let i = 0; i + 1 < headers.length; i += 2) this.appendHeader(String(headers[i]), String(headers[i + 1]));
    else if (headers) for (const [name, value] of Object.entries(headers)) if (value !== undefined) this.setHeader(name, value as string);
    decide();
    return passes() ? own.writeHead.call(this, status) : this;
  } as ServerResponse['writeHead'];

  response.flushHeaders = function (this: ServerResponse) {
    decide();
    if (passes()) own.flushHeaders.call(this);
  };

  response.write = function (this: ServerResponse, chunk: unknown, encoding?: unknown, callback?: unknown) {
    decide();
    if (passes()) return own.write.call(this, chunk as never, encoding as never, callback as never);
    const bytes = state === 'collecting' ? bytesOf(chunk, encoding) : undefined;
    if (bytes) chunks.push(Buffer.from(bytes));
    const written = callbackOf(encoding, callback);
    if (written) queueMicrotask(written);
    return true;
  } as ServerResponse['write'];

  response.end = function (this: ServerResponse, chunk?: unknown, encoding?: unknown, callback?: unknown) {
    decide();
    if (passes()) return own.end.call(this, chunk as never, encoding as never, callback as never);
    if (state === 'collecting') {
      const bytes = bytesOf(chunk, encoding);
      if (bytes) chunks.push(Buffer.from(bytes));
      // Next.js is done with the response: it is the caller's to answer with.
      state = 'done';
      finish({ streamed: false, collected: { status: this.statusCode, headers: this.getHeaders(), body: Buffer.concat(chunks) } });
    }
    const ended = callbackOf(chunk, encoding, callback);
    if (ended) this.once('finish', ended);
    return this;
  } as ServerResponse['end'];

  return {
    done,
    /** Nothing has reached the client yet, and Next.js is still writing. */
    untouched: () => (state === 'deciding' || state === 'collecting') && !response.headersSent,
    /** The caller answers instead of `render`: what `render` still writes goes nowhere. */
    abandon: () => {
      if (state === 'deciding' || state === 'collecting') state = 'abandoned';
    },
    /** The response's own methods, for answering in place of an abandoned render. */
    own,
  };
}
