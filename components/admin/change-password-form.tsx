'use client';

import { useActionState } from 'react';
import type { ActionState } from '@/lib/auth/actions';
import { FormMessage } from './form-message';

type Props = { action: (state: ActionState, form: FormData) => Promise<ActionState> };

const fields = [
  { name: 'current', label: 'Current password', autoComplete: 'current-password' },
  { name: 'next', label: 'New password (at least 12 characters)', autoComplete: 'new-password' },
  { name: 'confirm', label: 'New password again', autoComplete: 'new-password' },
] as const;

export function ChangePasswordForm({ action }: Props) {
  const [state, submit, pending] = useActionState(action, {});
  return (
    <form action={submit} className="max-w-sm space-y-4">
      {fields.map((field) => {
        const errors = state.fieldErrors?.[field.name];
        return (
          <div key={field.name}>
            <label htmlFor={field.name} className="font-semibold">
              {field.label}
            </label>
            <input
              id={field.name}
              name={field.name}
              type="password"
              autoComplete={field.autoComplete}
              maxLength={200}
              required
              aria-invalid={errors ? true : undefined}
              aria-describedby={errors ? `${field.name}-error` : undefined}
              className="mt-1 block min-h-11 w-full rounded border border-zinc-300 bg-white px-3 text-base aria-invalid:border-red-600 dark:border-zinc-700 dark:bg-zinc-900"
            />
            {errors && (
              <p id={`${field.name}-error`} className="mt-1 text-sm text-red-700 dark:text-red-400">
                {errors.join(' ')}
              </p>
            )}
          </div>
        );
      })}
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className="min-h-11 rounded bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
        Change password
      </button>
    </form>
  );
}
