import { refresh } from 'next/cache';
import { getCurrentUser } from './session';
import type { ActionState, Command } from './actions';

/** A command as a server action for useActionState: the user comes from the session cookie. */
export const formAction =
  (run: Command) =>
  async (_previous: ActionState, form: FormData): Promise<ActionState> =>
    run(await getCurrentUser(), Object.fromEntries(form));

/** The same, for a page that reads Postgres on every render: refreshing after a success shows the change at once. */
export function refreshingFormAction(run: Command) {
  const action = formAction(run);
  return async (previous: ActionState, form: FormData): Promise<ActionState> => {
    const result = await action(previous, form);
    if (result.ok) refresh();
    return result;
  };
}
