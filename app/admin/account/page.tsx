import { ChangePasswordForm } from '@/components/admin/change-password-form';
import { changePassword } from './actions';

export const metadata = { title: 'My account' };

export default function AccountPage() {
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
