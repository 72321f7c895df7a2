import { ChangePasswordForm } from '@/components/admin/change-password-form';
import { SignOutEverywhereForm } from '@/components/admin/sign-out-everywhere-form';
import { countUserSessions } from '@/db/queries/sessions';
import { requireUser } from '@/lib/auth/session';
import { changePassword, signOutEverywhere } from './actions';

export const metadata = { title: 'My account' };

// Pages check the session themselves: a client-side navigation request can render a page without its layout.
export default async function AccountPage() {
  const user = await requireUser();
  const sessions = await countUserSessions(user.id);
  return (
    <>
      <h1 className="text-3xl font-black tracking-tight">My account</h1>
      <h2 className="mt-6 text-xl font-bold">Change my password</h2>
      <p className="mt-2 max-w-prose text-zinc-600 dark:text-zinc-400">Changing it signs you out on every other browser and device.</p>
      <div className="mt-4">
        <ChangePasswordForm action={changePassword} />
      </div>
      <h2 className="mt-10 text-xl font-bold">Sessions</h2>
      <p className="mt-2 max-w-prose">
        You are signed in on {sessions === 1 ? 'this browser only' : `${sessions} browsers or devices, this one included`}. Signing out everywhere ends
        every one of them, this one too.
      </p>
      <div className="mt-4">
        <SignOutEverywhereForm action={signOutEverywhere} />
      </div>
    </>
  );
}
