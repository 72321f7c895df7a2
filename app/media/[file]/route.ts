import { serveMedia } from '@/lib/media/uploads';

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return serveMedia((await params).file);
}
