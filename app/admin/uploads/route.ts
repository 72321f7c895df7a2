import { getCurrentUser } from '@/lib/auth/session';
import { receiveCoverUpload } from '@/lib/uploads';

export async function POST(request: Request) {
  return receiveCoverUpload(await getCurrentUser(), request);
}
