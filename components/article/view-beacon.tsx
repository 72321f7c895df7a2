'use client';

import { useEffect } from 'react';

/** Counts one read after the page has loaded, off the request path so cached pages stay cached. */
export function ViewBeacon({ articleId }: { articleId: number }) {
  useEffect(() => {
    const body = JSON.stringify({ articleId });
    if (!navigator.sendBeacon?.('/api/views', new Blob([body], { type: 'application/json' }))) {
      void fetch('/api/views', { method: 'POST', body, headers: { 'Content-Type': 'application/json' }, keepalive: true });
    }
  }, [articleId]);
  return null;
}
