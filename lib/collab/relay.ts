// Co-editors connected to different instances: each instance publishes the edits and cursors it receives to Redis
// and applies the others' (Hocuspocus's Redis extension). Postgres stays the document's home; Redis only relays.
import { Redis } from '@hocuspocus/extension-redis';

export function collabRelay(redisUrl: string, namespace: string) {
  const url = new URL(redisUrl);
  return new Redis({
    host: url.hostname,
    port: Number(url.port || 6379),
    options: { username: url.username || undefined, password: url.password || undefined, db: Number(url.pathname.slice(1) || 0) },
    // One deployment per database: two deployments sharing a Redis never see each other's pieces.
    prefix: `tickerwire:collab:${namespace}`,
  });
}
