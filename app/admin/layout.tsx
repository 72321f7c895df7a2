import type { Metadata } from 'next';
import Link from 'next/link';
import { NewsroomTimeZone } from '@/components/admin/newsroom-time';
import { SignOutButton } from '@/components/admin/sign-out-button';
import { requireUser } from '@/lib/auth/session';
import { env } from '@/lib/env';

export const metadata: Metadata = { title: { default: 'Newsroom', template: '%s | Tickerwire newsroom' }, robots: { index: false } };

// Only a link's visibility depends on the role here; each admin-only page checks the role itself.
const links = [
  { href: '/admin', label: 'Pieces', adminOnly: false },
  { href: '/admin/users', label: 'Users', adminOnly: true },
  { href: '/admin/audit', label: 'Audit log', adminOnly: true },
  { href: '/admin/account', label: 'My account', adminOnly: false },
];

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <div>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-2 border-b border-zinc-200 pb-3 dark:border-zinc-800">
        <nav aria-label="Newsroom" className="flex flex-wrap gap-1">
          {links.filter((link) => !link.adminOnly || user.role === 'admin').map((link) => (
            <Link key={link.href} href={link.href} className="flex min-h-11 items-center rounded px-3 font-semibold hover:bg-zinc-100 dark:hover:bg-zinc-900">
              {link.label}
            </Link>
          ))}
        </nav>
        <div className="flex items-center gap-2 text-sm">
          <span>
            Signed in as <strong>{user.name}</strong> ({user.role})
          </span>
          <SignOutButton />
        </div>
      </div>
      <NewsroomTimeZone zone={env.NEWSROOM_TIMEZONE}>{children}</NewsroomTimeZone>
    </div>
  );
}
