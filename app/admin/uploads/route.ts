import { getCurrentUser } from '@/lib/auth/session';
import { refuseCrossSite } from '@/lib/server/same-origin';
import { receiveCoverUpload } from '@/lib/media/uploads';

export async function POST(request: Request) {
  return refuseCrossSite(request) ?? receiveCoverUpload(await getCurrentUser(), request);
}
