import { connection } from 'next/server';

// Rendered per request, as the portal's pages are.
export default async function Page() {
  await connection();
  return (
    <main>
      <h1>An empty page</h1>
      <p>Rendered on each request by Next.js alone.</p>
    </main>
  );
}
