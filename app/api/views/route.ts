import { z } from 'zod';
import { recordView } from '@/db/queries/trending';
import { isBot } from '@/lib/bots';
import { refuseCrossSite } from '@/lib/same-origin';

const body = z.object({ articleId: z.number().int().positive().max(2_147_483_647) });

export async function POST(request: Request) {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: 'Expected {"articleId": <positive integer>}' }, { status: 400 });
  if (isBot(request.headers.get('user-agent'))) return new Response(null, { status: 204 });
  const counted = await recordView(parsed.data.articleId);
  return counted ? new Response(null, { status: 204 }) : Response.json({ error: 'No such article' }, { status: 404 });
}
