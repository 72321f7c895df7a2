// Reads of a story, for Trending. A beacon costs a hash and a map lookup; every few seconds one statement adds the
// new reads up in Postgres (db/queries/trending.ts recordViews). A crash loses at most the reads of those seconds.
import { createHmac } from 'node:crypto';
import { isbot } from 'isbot';
import { purgeViewClaims, recordViews, type OfferedView } from '@/db/queries/trending';
import { onDrain } from '@/lib/server/draining';

/** A reader's repeat views of one story within this window count once. */
export const REPEAT_WINDOW_MINUTES = 30;
export const FLUSH_INTERVAL_MS = 5_000;
// Bounds memory under a flood from many addresses; past it new readers wait for the next flush to be remembered.
const MAX_REMEMBERED = 100_000;
const MAX_PENDING = 50_000;

// Crawlers, link unfurlers, monitors and headless tools: their requests are not reads.
export const isReader = (userAgent: string | null) => !!userAgent && !isbot(userAgent);

/**
 * Who is reading, as 16 bytes that cannot be turned back into an address: the client's address and user agent,
 * keyed with a secret that changes every day (derived from the signing secret, so every instance agrees).
 */
export function readerId(secret: string, clientAddress: string, userAgent: string, now = new Date()): Buffer {
  const dayKey = createHmac('sha256', secret).update(`views:${now.toISOString().slice(0, 10)}`).digest();
  return createHmac('sha256', dayKey).update(`${clientAddress}\n${userAgent}`).digest().subarray(0, 16);
}

export class ViewCounter {
  private remembered = new Map<string, number>();
  private pending: OfferedView[] = [];

  constructor(private readonly record: (views: OfferedView[]) => Promise<unknown>, private readonly now = () => Date.now()) {}

  /** Takes a read; false when this reader's read of this story was taken within the window already. */
  offer(view: OfferedView): boolean {
    const key = `${view.reader.toString('base64')}:${view.articleId}`;
    const now = this.now();
    if ((this.remembered.get(key) ?? 0) > now) return false;
    if (this.pending.length >= MAX_PENDING) return false;
    if (this.remembered.size < MAX_REMEMBERED) this.remembered.set(key, now + REPEAT_WINDOW_MINUTES * 60_000);
    this.pending.push(view);
    return true;
  }

  /** Writes what was taken since the last flush; Postgres drops repeats another instance took already. */
  async flush(): Promise<void> {
    const now = this.now();
    for (const [key, until] of this.remembered) if (until <= now) this.remembered.delete(key);
    if (this.pending.length === 0) return;
    const views = this.pending;
    this.pending = [];
    try {
      await this.record(views);
    } catch (error) {
      // The database is away: the reads wait for the next flush (as many as fit).
      this.pending = views.concat(this.pending).slice(0, MAX_PENDING);
      throw error;
    }
  }
}

let counter: ViewCounter | undefined;

/** The process's counter, flushing every few seconds from its first read on, and once more as the server stops. */
export function viewCounter(onError: (error: unknown) => void): ViewCounter {
  if (counter) return counter;
  const created = new ViewCounter((views) => recordViews(views, REPEAT_WINDOW_MINUTES));
  const flush = () => created.flush().catch(onError);
  setInterval(flush, FLUSH_INTERVAL_MS).unref();
  setInterval(() => void purgeViewClaims().catch(onError), REPEAT_WINDOW_MINUTES * 60_000).unref();
  onDrain(flush);
  counter = created;
  return created;
}
