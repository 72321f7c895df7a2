// React's server renderer ends every render by aborting its cacheSignal with a fresh Error (react-server-dom-webpack,
// flushCompletedChunks). Until an Error's `stack` is read, V8 keeps the stack as call-site records holding each
// frame's receiver and function. That abort runs inside a setImmediate callback, so the receiver is the Immediate,
// and a run Immediate still points at the next one queued: request after request stays reachable from the first
// one anything long-lived holds on to (a database socket opened during a render, say). Under the soak this filled
// the web server's 512 MB heap in three minutes (README, Soak). React has the fix open upstream (react/react#37288,
// pull request #37289); until Next ships it, reading the stack when the reason is handed over turns it into a
// string, and the frames and what they hold are let go.
const FORMATTED = Symbol.for('tickerwire.abort-reason-stacks');

/** Makes every AbortController format an Error reason's stack as it aborts. Idempotent. */
export function formatAbortReasonStacks() {
  const prototype = AbortController.prototype as AbortController & { [FORMATTED]?: true };
  if (prototype[FORMATTED]) return;
  const abort = prototype.abort;
  prototype.abort = function (this: AbortController, reason?: unknown) {
    if (reason instanceof Error) void reason.stack;
    return abort.call(this, reason);
  };
  prototype[FORMATTED] = true;
}
