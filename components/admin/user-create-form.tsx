'use client';

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from 'react';
import { Field, inputClass, Options } from '@/components/ui/field';
import type { ActionState } from '@/lib/auth/actions';
import { FormMessage } from './form-message';

type Props = { action: (state: ActionState, form: FormData) => Promise<ActionState>; roles: { value: string; label: string }[] };

const fields = [
  { name: 'name', label: 'Name', type: 'text', autoComplete: 'off', maxLength: 120 },
  { name: 'email', label: 'Email', type: 'email', autoComplete: 'off', maxLength: 254 },
  { name: 'password', label: 'Initial password', type: 'password', autoComplete: 'new-password', maxLength: 200, hint: 'At least 12 characters. Give it to them privately; they can change it under My account.' },
] as const;

export function UserCreateForm({ action, roles }: Props) {
  const [state, dispatch, pending] = useActionState(action, {});
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (state.ok) form.current?.reset();
  }, [state]);

  // Submitted by hand rather than through the form's action, which would clear the fields even when an error
  // (a taken email, say) asks for one of them to be corrected.
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  }

  const error = (name: string) => state.fieldErrors?.[name]?.join(' ');
  return (
    <form ref={form} onSubmit={submit} className="grid max-w-2xl gap-4 sm:grid-cols-2" aria-label="New staff account">
      {fields.map((field) => (
        <Field key={field.name} id={`new-${field.name}`} label={field.label} error={error(field.name)} hint={'hint' in field ? field.hint : undefined}>
          <input
            id={`new-${field.name}`}
            name={field.name}
            type={field.type}
            autoComplete={field.autoComplete}
            maxLength={field.maxLength}
            minLength={field.name === 'password' ? 12 : undefined}
            required
            aria-invalid={error(field.name) ? true : undefined}
            aria-describedby={error(field.name) ? `new-${field.name}-error` : undefined}
            className={`${inputClass} aria-invalid:border-red-600`}
          />
        </Field>
      ))}
      <Field id="new-role" label="Role" error={error('role')}>
        <select id="new-role" name="role" defaultValue="writer" className={inputClass}>
          <Options items={roles} />
        </select>
      </Field>
      <label className="flex min-h-11 items-center gap-3 sm:col-span-2">
        <input type="checkbox" name="withAuthor" className="size-5" />
        Also create a public author profile (byline) for them
      </label>
      <div className="space-y-3 sm:col-span-2">
        <FormMessage state={state} />
        <button type="submit" disabled={pending} className="min-h-11 rounded bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
          {pending ? 'Creating…' : 'Create account'}
        </button>
      </div>
    </form>
  );
}
