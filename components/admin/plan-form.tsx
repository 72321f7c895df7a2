'use client';

import Link from 'next/link';
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from 'react';
import { Field, inputClass, Options } from '@/components/ui/field';
import type { ActionState } from '@/lib/auth/actions';
import { instantToZonedTime, zonedTimeToInstant } from '@/lib/newsroom/time';
import { useNewsroomTimeZone } from './newsroom-time';
import { FormMessage } from './form-message';

export type PlanAction = (state: ActionState, form: FormData) => Promise<ActionState>;
export type StaffOption = { id: number; name: string };
/** A piece's plan as it stands, for changing it; a new plan starts empty. */
export type CurrentPlan = { id: number; slugLine: string; assigneeId: number | null; dueAt: Date | null; plannedFor: Date | null };

type Props = { action: PlanAction; staff: StaffOption[]; current?: CurrentPlan; submitLabel: string };

// The pickers' wall-clock times are the newsroom's: sent as the instants they name there.
const PICKED = { dueLocal: 'dueAt', plannedLocal: 'plannedFor' } as const;

/** Slug line, assignee, due time and planned publication time: planning a story, or changing a piece's plan. */
export function PlanForm({ action, staff, current, submitLabel }: Props) {
  const zone = useNewsroomTimeZone();
  const [state, dispatch, pending] = useActionState(action, {});
  const form = useRef<HTMLFormElement>(null);
  const prefix = current ? `plan-${current.id}` : 'plan-new';

  useEffect(() => {
    if (state.ok && !current) form.current?.reset();
  }, [state, current]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    for (const [picker, field] of Object.entries(PICKED)) {
      const local = String(data.get(picker) ?? '');
      data.delete(picker);
      data.set(field, local ? (zonedTimeToInstant(local, zone)?.toISOString() ?? local) : '');
    }
    startTransition(() => dispatch(data));
  }

  const error = (name: string) => state.fieldErrors?.[name]?.join(' ');
  const control = (name: string) => ({
    id: `${prefix}-${name}`,
    'aria-invalid': error(name) ? true : undefined,
    'aria-describedby': error(name) ? `${prefix}-${name}-error` : undefined,
    className: `${inputClass} aria-invalid:border-red-600`,
  });
  const picked = (value: Date | null | undefined) => (value ? instantToZonedTime(value, zone) : '');
  const created = !current && typeof state.data?.id === 'number' ? state.data.id : null;
  // The message sits under the fields: it repeats their refusals rather than pointing "below".
  const refusals = Object.values(state.fieldErrors ?? {}).flat();
  const outcome = refusals.length ? { error: `Nothing was saved. ${refusals.join(' ')}` } : state;

  return (
    // Unvalidated by the browser: the server's refusal names the field and says why, in the page's own words.
    <form ref={form} onSubmit={submit} noValidate className="grid max-w-2xl gap-4 sm:grid-cols-2" aria-label={submitLabel}>
      {current && <input type="hidden" name="id" value={current.id} />}
      <Field id={`${prefix}-slugLine`} label="Slug line" error={error('slugLine')} hint="A short working name, up to 80 characters.">
        <input name="slugLine" defaultValue={current?.slugLine} autoComplete="off" aria-required {...control('slugLine')} />
      </Field>
      <Field id={`${prefix}-assigneeId`} label="Assigned to" error={error('assigneeId')}>
        <select name="assigneeId" defaultValue={current?.assigneeId ?? ''} aria-required {...control('assigneeId')}>
          <Options items={staff.map((s) => ({ value: s.id, label: s.name }))} empty="Choose someone" />
        </select>
      </Field>
      <Field id={`${prefix}-dueAt`} label={`Due (newsroom time, ${zone})`} error={error('dueAt')}>
        <input name="dueLocal" type="datetime-local" defaultValue={picked(current?.dueAt)} aria-required {...control('dueAt')} />
      </Field>
      <Field id={`${prefix}-plannedFor`} label={`Planned publication (newsroom time, ${zone})`} error={error('plannedFor')} hint="Optional.">
        <input name="plannedLocal" type="datetime-local" defaultValue={picked(current?.plannedFor)} {...control('plannedFor')} />
      </Field>
      <div className="space-y-3 sm:col-span-2">
        <FormMessage state={outcome} />
        {created && (
          <Link href={`/admin/pieces/${created}`} className="inline-flex min-h-11 items-center font-semibold text-brand-700 hover:underline dark:text-brand-300">
            Open the planned piece
          </Link>
        )}
        <button type="submit" disabled={pending} className="block min-h-11 rounded bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
          {pending ? 'Saving…' : submitLabel}
        </button>
      </div>
    </form>
  );
}
