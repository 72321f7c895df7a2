'use client';

import { useEffect, useState } from 'react';
import type { PieceAction } from './piece-workflow';

const HEARTBEAT_MS = 10_000;

/** Names of the other staff who have this piece open, refreshed by a heartbeat while the editor is open. */
export function useOthersPresent(id: number | null, heartbeat: PieceAction): string[] {
  const [others, setOthers] = useState<string[]>([]);
  useEffect(() => {
    if (!id) return;
    const form = new FormData();
    form.set('id', String(id));
    const beat = () =>
      heartbeat({}, form)
        .then((state) => setOthers((state.data?.others as string[] | undefined) ?? []))
        // A missed beat only delays the list; the next one catches up.
        .catch(() => {});
    void beat();
    const timer = setInterval(beat, HEARTBEAT_MS);
    return () => clearInterval(timer);
  }, [id, heartbeat]);
  return others;
}
