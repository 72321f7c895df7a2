// The newsroom's image upload: the server checks, converts and stores the file, and answers with its /media/ URL.

export type Uploaded = { url: string } | { error: string };

export async function uploadImage(file: File): Promise<Uploaded> {
  const form = new FormData();
  form.set('file', file);
  try {
    const response = await fetch('/admin/uploads', { method: 'POST', body: form });
    const body = (await response.json().catch(() => ({}))) as { url?: string; error?: string };
    if (response.ok && body.url) return { url: body.url };
    return { error: body.error ?? `The upload failed (HTTP ${response.status}). Try again.` };
  } catch {
    return { error: 'The upload did not reach the server. Check the connection and try again.' };
  }
}
