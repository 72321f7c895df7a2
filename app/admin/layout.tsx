import type { Metadata } from 'next';
import { NewsroomFrame } from '@/components/admin/newsroom-frame';
import { NewsroomTimeZone } from '@/components/admin/newsroom-time';
import { countUnreadNotifications } from '@/db/queries/notifications';
import { countWaitingForReview } from '@/db/queries/review';
import { requireUser } from '@/lib/auth/session';
import { env } from '@/lib/env';

export const metadata: Metadata = { title: { default: 'Newsroom', template: '%s | Tickerwire newsroom' }, robots: { index: false } };

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const editor = user.role !== 'writer';
  const [waiting, unread] = await Promise.all([editor ? countWaitingForReview() : 0, countUnreadNotifications(user)]);
  // Only a link's visibility depends on the role here; each page checks the role itself.
  const links = [
    { href: '/admin', label: 'Pieces' },
    ...(editor ? [{ href: '/admin/review', label: 'Review', count: waiting, countLabel: 'waiting for review' }] : []),
    { href: '/admin/planned', label: 'Planned' },
    { href: '/admin/notifications', label: 'Notifications', count: unread, countLabel: 'unread' },
    ...(user.role === 'admin' ? [{ href: '/admin/users', label: 'Users' }, { href: '/admin/audit', label: 'Audit log' }] : []),
    { href: '/admin/account', label: 'My account' },
  ];
  return (
    <NewsroomFrame staff={{ name: user.name, role: user.role, links }}>
      <NewsroomTimeZone zone={env.NEWSROOM_TIMEZONE}>{children}</NewsroomTimeZone>
    </NewsroomFrame>
  );
}
