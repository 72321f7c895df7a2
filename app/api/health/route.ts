import { databaseHealth } from '@/db/health';

/** For load balancers and uptime checks: answers within 2 s, 503 while PostgreSQL cannot be reached. */
export async function GET() {
  const up = await databaseHealth.check();
  return Response.json({ status: up ? 'ok' : 'degraded', database: up ? 'up' : 'down' }, {
    status: up ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  });
}
