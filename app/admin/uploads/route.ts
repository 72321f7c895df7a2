import { getCurrentUser } from '@/lib/auth/session';
import { refuseCrossSite } from '@/lib/same-origin';
import { receiveCoverUpload } from '@/lib/uploads';

export async function POST(request: Request) {
  return refuseCrossSite(request) ?? receiveCoverUpload(await getCurrentUser(), request);
}
