'use client';

import { useActionState } from 'react';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { inputClass, Options } from '@/components/ui/field';
import type { ActionState } from '@/lib/auth/actions';
import { FormMessage } from './form-message';

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;
export type UserActions = { changeRole: Action; disable: Action; enable: Action };

type Props = {
  user: { id: number; name: string; role: string; disabled: boolean };
  roles: { value: string; label: string }[];
  actions: UserActions;
};

const button = 'min-h-11 rounded border border-zinc-300 px-4 font-semibold hover:bg-zinc-100 disabled:opacity-60 dark:border-zinc-700 dark:hover:bg-zinc-900';

/** Role and access for one account; the server checks every rule again (own account, last admin). */
export function UserControls({ user, roles, actions }: Props) {
  // One state for both forms, so the message shown always answers the latest click.
  const [state, run, pending] = useActionState((previous: ActionState, form: FormData) => {
    const action = form.get('intent') === 'role' ? actions.changeRole : user.disabled ? actions.enable : actions.disable;
    return action(previous, form);
  }, {});
  return (
    <div className="mt-3 space-y-3 border-t border-zinc-200 pt-3 dark:border-zinc-800">
      {/* Keyed by role so that after a change the select starts again from the stored role. */}
      <form key={user.role} action={run} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="id" value={user.id} />
        <input type="hidden" name="intent" value="role" />
        <div className="min-w-0 flex-1">
          <label htmlFor={`role-${user.id}`} className="font-semibold">
            Role
          </label>
          <select id={`role-${user.id}`} name="role" defaultValue={user.role} className={inputClass}>
            <Options items={roles} />
          </select>
        </div>
        <button type="submit" disabled={pending} className={button}>
          Change role<span className="sr-only"> of {user.name}</span>
        </button>
      </form>
      <form action={run}>
        <input type="hidden" name="id" value={user.id} />
        <input type="hidden" name="intent" value="access" />
        {user.disabled ? (
          <button type="submit" disabled={pending} className={button}>
            Re-enable<span className="sr-only"> {user.name}</span>
          </button>
        ) : (
          <ConfirmButton
            disabled={pending}
            className={button}
            question={`Disable ${user.name}?`}
            consequence="They are signed out everywhere at once and cannot sign in until an admin re-enables the account; their pieces stay as they are."
            confirmLabel="Disable"
          >
            Disable<span className="sr-only"> {user.name}</span>
          </ConfirmButton>
        )}
      </form>
      <FormMessage state={state} />
    </div>
  );
}
