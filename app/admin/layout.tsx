import type { Metadata } from 'next';
import Link from 'next/link';
import { SignOutButton } from '@/components/admin/sign-out-button';
import { requireUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: { default: 'Newsroom', template: '%s | Tickerwire newsroom' }, robots: { index: false } };

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <div>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-2 border-b border-zinc-200 pb-3 dark:border-zinc-800">
        <nav aria-label="Newsroom" className="flex flex-wrap gap-1">
          <Link href="/admin" className="flex min-h-11 items-center rounded px-3 font-semibold hover:bg-zinc-100 dark:hover:bg-zinc-900">
            Pieces
          </Link>
          <Link href="/admin/account" className="flex min-h-11 items-center rounded px-3 font-semibold hover:bg-zinc-100 dark:hover:bg-zinc-900">
            My account
          </Link>
        </nav>
        <div className="flex items-center gap-2 text-sm">
          <span>
            Signed in as <strong>{user.name}</strong> ({user.role})
          </span>
          <SignOutButton />
        </div>
      </div>
      {children}
    </div>
  );
}
