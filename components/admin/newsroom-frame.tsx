import Link from 'next/link';
import { NavLink } from './nav-link';
import { SignOutButton } from './sign-out-button';

type Props = {
  // Absent on the sign-in page, which has the frame without the nav.
  staff?: { name: string; role: string; links: { href: string; label: string; count?: number; countLabel?: string }[] };
  children: React.ReactNode;
};

const linkClass = 'flex min-h-11 items-center whitespace-nowrap rounded px-2 font-semibold sm:px-3 hover:bg-zinc-100 dark:hover:bg-zinc-900';

// The newsroom's own frame: no price strip, site navigation or footer. At 375 px the nav wraps onto lines of
// 44 px touch targets rather than pushing the page sideways.
export function NewsroomFrame({ staff, children }: Props) {
  return (
    <>
      <header className="border-b border-zinc-200 bg-zinc-50 dark:border-zinc-800 dark:bg-zinc-900">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 px-4 py-1">
          <Link href={staff ? '/admin' : '/sign-in'} className="flex min-h-11 items-center text-lg font-black tracking-tight">
            Ticker<span className="text-brand-700 dark:text-brand-300">wire</span>
            <span className="ml-2 font-semibold text-zinc-600 dark:text-zinc-400">newsroom</span>
          </Link>
          <Link href="/" className={linkClass}>
            View site
          </Link>
        </div>
        {staff && (
          <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 border-t border-zinc-200 px-4 py-1 dark:border-zinc-800">
            <nav aria-label="Newsroom" className="-mx-2 flex flex-wrap sm:-mx-3">
              {staff.links.map((link) => (
                <NavLink key={link.href} {...link} className={linkClass} />
              ))}
            </nav>
            <div className="flex min-w-0 flex-wrap items-center gap-x-2 text-sm">
              <span className="min-w-0 break-words">
                Signed in as <strong>{staff.name}</strong> ({staff.role})
              </span>
              <SignOutButton />
            </div>
          </div>
        )}
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        {children}
      </main>
    </>
  );
}
