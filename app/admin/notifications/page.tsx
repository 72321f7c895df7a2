import Link from 'next/link';
import { NewsroomTime } from '@/components/admin/newsroom-time';
import { listNotifications } from '@/db/queries/notifications';
import type { NotificationKind } from '@/db/schema';
import { requireUser } from '@/lib/auth/session';

export const metadata = { title: 'Notifications' };

// What each kind of notification says, around the piece's name.
const SAID: Record<NotificationKind, (actor: string) => [string, string]> = {
  mention: (actor) => [`${actor} mentioned you in a note on `, ''],
  sent_back: (actor) => [`${actor} sent `, ' back to you with a note'],
  assigned: (actor) => [`${actor} assigned `, ' to you'],
  approval_wanted: (actor) => [`${actor} marked `, ' market-moving: it needs a second editor’s approval'],
};

export default async function NotificationsPage() {
  const user = await requireUser();
  const notifications = await listNotifications(user);
  return (
    <>
      <h1 className="text-3xl font-black tracking-tight">Notifications</h1>
      {notifications.length === 0 ? (
        <p className="mt-4">Nothing yet. Mentions in notes, pieces sent back and assignments appear here.</p>
      ) : (
        <ul className="mt-4 divide-y divide-zinc-200 border-y border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
          {notifications.map((notice) => {
            const [before, after] = SAID[notice.kind](notice.actorName ?? 'Someone');
            return (
              <li key={notice.id} className={`py-3 ${notice.unread ? 'font-semibold' : ''}`}>
                {notice.unread && <span className="mr-2 rounded bg-brand-600 px-1.5 py-0.5 text-xs text-white">New</span>}
                {before}
                <Link href={`/admin/pieces/${notice.articleId}${notice.noteId ? `#note-${notice.noteId}` : ''}`} className="underline">
                  {notice.title || notice.slugLine || 'an untitled draft'}
                </Link>
                {after}
                <span className="block text-sm font-normal text-zinc-600 dark:text-zinc-400">
                  <NewsroomTime value={notice.createdAt} />
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
