'use client';

import { useRef } from 'react';

/**
 * A <details> disclosure: it opens and closes without JavaScript. With JavaScript it also closes once a link
 * inside is followed, since client-side navigation keeps the header (and an open menu) on screen.
 */
export function MobileMenu({ children }: { children: React.ReactNode }) {
  const menu = useRef<HTMLDetailsElement>(null);
  return (
    <details
      ref={menu}
      className="group md:hidden"
      onClick={(event) => {
        if ((event.target as HTMLElement).closest('a') && menu.current) menu.current.open = false;
      }}
    >
      <summary className="flex min-h-11 cursor-pointer list-none items-center rounded border border-zinc-300 px-3 font-semibold dark:border-zinc-700 [&::-webkit-details-marker]:hidden">
        <span className="group-open:hidden">Menu</span>
        <span className="hidden group-open:inline">Close</span>
      </summary>
      {children}
    </details>
  );
}
