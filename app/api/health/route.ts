import { checkDatabase } from '@/db/health';

export async function GET() {
  const database = await checkDatabase();
  return Response.json({ status: database ? 'ok' : 'degraded', database: database ? 'up' : 'down' }, {
    status: database ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  });
}
