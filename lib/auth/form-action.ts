import { getCurrentUser } from './session';
import type { ActionState, Command } from './actions';

/** A command as a server action for useActionState: the user comes from the session cookie. */
export const formAction =
  (run: Command) =>
  async (_previous: ActionState, form: FormData): Promise<ActionState> =>
    run(await getCurrentUser(), Object.fromEntries(form));
