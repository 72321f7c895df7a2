/**
 * Follows a server-sent event stream in the background, the way a browser's EventSource would, keeping the
 * type of every event and the last reconnection delay the server asked for.
 */
export function followEventStream(url: string) {
  const events: string[] = [];
  let retry: number | null = null;
  let markReady = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const controller = new AbortController();
  const ended = (async () => {
    const response = await fetch(url, { signal: controller.signal });
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      markReady();
      const blocks = (buffer + chunk.value).split('\n\n');
      buffer = blocks.pop()!;
      for (const block of blocks) {
        const delay = /^retry: (\d+)$/m.exec(block)?.[1];
        if (delay) retry = Number(delay);
        const type = /^event: (\w+)$/m.exec(block)?.[1];
        if (type) events.push(type);
      }
    }
  })().catch(() => {
    // closed by the test, or the server went away
  });
  return {
    events,
    /** The first bytes have arrived: the server has this client subscribed. */
    ready,
    /** The server ended the stream (or the test closed it). */
    ended,
    retry: () => retry,
    close: () => controller.abort(),
  };
}
