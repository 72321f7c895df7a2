'use server';

import { redirect } from 'next/navigation';
import type { ActionState } from '@/lib/auth/actions';
import { formAction } from '@/lib/auth/form-action';
import { changePassword as changePasswordCommand, signOutEverywhere as signOutEverywhereCommand } from '@/lib/newsroom/account';

export const changePassword = formAction(changePasswordCommand);

const endAllSessions = formAction(signOutEverywhereCommand);

// This browser's session ended with the others, so it goes to sign-in like every other.
export async function signOutEverywhere(previous: ActionState, form: FormData): Promise<ActionState> {
  const result = await endAllSessions(previous, form);
  if (result.ok) redirect('/sign-in');
  return result;
}
