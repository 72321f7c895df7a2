import { z } from 'zod';
import { CLIENT_IP_HEADER } from '@/lib/server/client-ip';
import { env } from '@/lib/env';
import { log } from '@/lib/log';
import { readBody } from '@/lib/server/request-body';
import { refuseCrossSite } from '@/lib/server/same-origin';
import { isReader, readerId, viewCounter } from '@/lib/server/views';

const body = z.object({ articleId: z.number().int().positive().max(2_147_483_647) });
const counter = () => viewCounter((error) => log('views_flush_error', { error }, 'warn'));

// 202: the read is taken and counted within seconds if the story is public and this reader's first in 30 minutes.
// The answer is the same either way, so it tells a client nothing about drafts or about what counted.
export async function POST(request: Request) {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  const raw = await readBody(request);
  if (!raw) return Response.json({ error: 'The body is larger than 1 KB.' }, { status: 413 });
  const parsed = body.safeParse(parseJson(raw));
  if (!parsed.success) return Response.json({ error: 'Expected {"articleId": <positive integer>}' }, { status: 400 });
  const userAgent = request.headers.get('user-agent');
  if (!isReader(userAgent)) return new Response(null, { status: 204 });
  const reader = readerId(env.AUTH_SECRET!, request.headers.get(CLIENT_IP_HEADER) ?? 'unknown', userAgent!);
  counter().offer({ reader, articleId: parsed.data.articleId });
  return new Response(null, { status: 202 });
}

function parseJson(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    return null;
  }
}
