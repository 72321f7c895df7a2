'use server';

import { refresh } from 'next/cache';
import type { ActionState, Command } from '@/lib/auth/actions';
import { formAction } from '@/lib/auth/form-action';
import { changeUserRole, createUser as createUserCommand, disableUser, enableUser } from '@/lib/newsroom/users';

// The list on the page reads Postgres on every render; refreshing shows the change at once.
function refreshing(run: Command) {
  const action = formAction(run);
  return async (previous: ActionState, form: FormData): Promise<ActionState> => {
    const result = await action(previous, form);
    if (result.ok) refresh();
    return result;
  };
}

export const createUser = refreshing(createUserCommand);
export const changeRole = refreshing(changeUserRole);
export const disable = refreshing(disableUser);
export const enable = refreshing(enableUser);
