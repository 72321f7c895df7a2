import { ChangePasswordForm } from '@/components/admin/change-password-form';
import { requireUser } from '@/lib/auth/session';
import { changePassword } from './actions';

export const metadata = { title: 'My account' };

// Pages check the session themselves: a client-side navigation request can render a page without its layout.
export default async function AccountPage() {
  await requireUser();
  return (
    <>
      <h1 className="text-3xl font-black tracking-tight">My account</h1>
      <h2 className="mt-6 text-xl font-bold">Change my password</h2>
      <div className="mt-4">
        <ChangePasswordForm action={changePassword} />
      </div>
    </>
  );
}
