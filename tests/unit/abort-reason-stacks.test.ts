import { setTimeout as sleep } from 'node:timers/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { expect, it } from 'vitest';
import { formatAbortReasonStacks } from '@/lib/server/abort-reason-stacks';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/**
 * What React does at the end of every render: aborts a controller that lives on with a new Error, created in a
 * call whose receiver holds the render's data. Says whether that data survives a full collection.
 */
async function renderDataSurvivesAbort(controller: AbortController) {
  let render: WeakRef<object> | undefined;
  (() => {
    const finishedRender = { html: 'x'.repeat(1_000_000), complete: () => new Error('This render completed successfully.') };
    render = new WeakRef(finishedRender);
    controller.abort(finishedRender.complete());
  })();
  // A WeakRef keeps its target until the current job ends.
  await sleep(10);
  collectGarbage();
  return render!.deref() !== undefined;
}

it("lets go of a finished render once its controller is aborted, though the abort reason lives on", async () => {
  const keptBefore = new AbortController();
  expect(await renderDataSurvivesAbort(keptBefore), 'an unformatted stack holds the receiver (the leak this guards against)').toBe(true);

  formatAbortReasonStacks();
  const installed = AbortController.prototype.abort;
  formatAbortReasonStacks();
  expect(AbortController.prototype.abort).toBe(installed);
  const keptAfter = new AbortController();
  expect(await renderDataSurvivesAbort(keptAfter)).toBe(false);
  expect(keptAfter.signal.reason).toBeInstanceOf(Error);
  expect((keptAfter.signal.reason as Error).stack).toContain('This render completed successfully.');
  expect(keptBefore.signal.aborted && keptAfter.signal.aborted).toBe(true);
});

it('still aborts, with the default reason and with one whose stack cannot be formatted', () => {
  formatAbortReasonStacks();
  const plain = new AbortController();
  plain.abort();
  expect(plain.signal.reason).toMatchObject({ name: 'AbortError' });

  const broken = new Error('unformattable');
  Object.defineProperty(broken, 'stack', {
    get() {
      throw new Error('no stack for you');
    },
  });
  const controller = new AbortController();
  let heard = false;
  controller.signal.addEventListener('abort', () => (heard = true));
  controller.abort(broken);
  expect(heard && controller.signal.reason === broken).toBe(true);
});
