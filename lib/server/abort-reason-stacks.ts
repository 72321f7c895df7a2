// React's server renderer aborts a signal with a new Error at the end of every render. Until an Error's stack is
// read, V8 keeps it as call-site records that hold each frame's receiver, here the run Immediate that still points
// at the next one queued: finished requests stayed reachable from one another (docs/reliability.md, Soak; react/react#37288).
// Reading the stack turns it into a string and lets the frames go.
const INSTALLED = Symbol.for('tickerwire.abort-reason-stacks');

/** Makes every AbortController format its reason's stack as it aborts, the default reason's too. Idempotent. */
export function formatAbortReasonStacks() {
  const prototype = AbortController.prototype as AbortController & { [INSTALLED]?: true };
  if (prototype[INSTALLED]) return;
  const abort = prototype.abort;
  prototype.abort = function (this: AbortController, reason?: unknown) {
    abort.call(this, reason);
    const { reason: given } = this.signal;
    if (!(given instanceof Error)) return;
    try {
      void given.stack;
    } catch {
      // A stack that cannot be formatted (a throwing Error.prepareStackTrace) is no reason to fail an abort that happened.
    }
  };
  prototype[INSTALLED] = true;
}
