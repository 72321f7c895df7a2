import type { Metadata } from 'next';
import { NewsroomFrame } from '@/components/admin/newsroom-frame';
import { NewsroomTimeZone } from '@/components/admin/newsroom-time';
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
  const staff = { name: user.name, role: user.role, links: links.filter((link) => !link.adminOnly || user.role === 'admin') };
  return (
    <NewsroomFrame staff={staff}>
      <NewsroomTimeZone zone={env.NEWSROOM_TIMEZONE}>{children}</NewsroomTimeZone>
    </NewsroomFrame>
  );
}
