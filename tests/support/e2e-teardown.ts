import { E2E_SERVER_LOG, secretsInServerLog } from './e2e-log';

/** After every end-to-end test has run: nothing any of them did left a secret in the portal's log. */
export default async function checkServerLogForSecrets() {
  const found = await secretsInServerLog();
  if (found.length > 0) throw new Error(`${E2E_SERVER_LOG} holds ${found.join(', ')}`);
}
