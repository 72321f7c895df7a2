'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

type Props = { href: string; label: string; count?: number; countLabel?: string; className: string };

/** A link in the newsroom's navigation: marked as the current page where it is, with a count where one is due. */
export function NavLink({ href, label, count, countLabel, className }: Props) {
  const path = usePathname();
  // The dashboard owns only /admin itself; the others own their subpages too.
  const current = href === '/admin' ? path === href : path === href || path.startsWith(`${href}/`);
  return (
    <Link href={href} aria-current={current ? 'page' : undefined} className={`${className} ${current ? 'underline decoration-2 underline-offset-8' : ''}`}>
      {label}
      {count !== undefined && count > 0 && (
        <span className="ml-1.5 rounded-full bg-brand-600 px-2 text-sm text-white">
          {count}
          <span className="sr-only"> {countLabel}</span>
        </span>
      )}
    </Link>
  );
}
