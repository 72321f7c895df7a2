import { demoUsers } from '@/lib/demo/seed';
import { SESSION_TOKEN, secretsInServerLog, serverLogLinesFor } from '../support/e2e-log';
import { expect, test } from '../support/e2e-portal';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

test('each response names its request id, and the log line with that id says what happened', async ({ request }) => {
  const requestId = `e2e-${Date.now()}`;
  const response = await request.get('/latest?page=1', { headers: { 'X-Request-Id': requestId } });
  expect(response.status()).toBe(200);
  expect(response.headers()['x-request-id']).toBe(requestId);
  await expect
    .poll(() => serverLogLinesFor(requestId))
    .toEqual([expect.objectContaining({ level: 'info', event: 'request', method: 'GET', path: '/latest', query: ['page'], status: 200 })]);

  const forged = await request.get('/', { headers: { 'X-Request-Id': '"},{"level":"error' } });
  expect(forged.headers()['x-request-id']).toMatch(UUID);
});

test('signing in leaves no password, session cookie or signing secret in the server log', async ({ page, context }) => {
  const sessionCookies: Record<string, string> = {};
  for (const user of demoUsers) {
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(user.email);
    await page.getByLabel('Password').fill(user.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('Signed in as')).toContainText(`(${user.role})`);
    const cookie = (await context.cookies()).find(({ name }) => name === 'next-auth.session-token');
    expect(cookie?.value).toMatch(SESSION_TOKEN);
    sessionCookies[`the ${user.role}'s session cookie`] = cookie!.value;
    await context.clearCookies();
  }

  // Lines are written as responses end; once this last request's line is there, the sign-ins' lines are too.
  const marker = `e2e-after-sign-in-${Date.now()}`;
  await page.setExtraHTTPHeaders({ 'X-Request-Id': marker });
  await page.goto('/sign-in');
  await expect.poll(async () => (await serverLogLinesFor(marker)).length).toBeGreaterThan(0);

  expect(await secretsInServerLog(sessionCookies)).toEqual([]);
});
