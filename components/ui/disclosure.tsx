'use client';

import { useState, type ReactNode } from 'react';

type Props = { summary: ReactNode; className?: string; children: ReactNode };

/** A <details> whose content joins the page only once opened: a closed one adds no fields to the form around it. */
export function Disclosure({ summary, className, children }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <details className={className} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="flex min-h-11 cursor-pointer items-center py-2">{summary}</summary>
      {open && children}
    </details>
  );
}
