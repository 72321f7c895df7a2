// `npm test`: every check in order against one PostgreSQL server (DATABASE_URL's, or an embedded one).
import { spawnSync } from 'node:child_process';
import { openTestServer } from './support/database';

const steps: [string, string[]][] = [
  ['types', ['next', 'typegen']],
  ['types', ['tsc', '--noEmit']],
  ['lint', ['eslint', '--max-warnings=0', '.']],
  ['unit and integration', ['vitest', 'run']],
  ['build', ['next', 'build']],
  ['end-to-end', ['playwright', 'test']],
];

const server = await openTestServer();
let failed: string | undefined;
for (const [name, [bin, ...args]] of steps) {
  console.log(`\n▶ ${name}: ${bin} ${args.join(' ')}`);
  const result = spawnSync('npx', ['--no-install', bin!, ...args], { stdio: 'inherit', env: { ...process.env, DATABASE_URL: server.url } });
  if (result.status !== 0) {
    failed = name;
    break;
  }
}
await server.stop();
if (failed) {
  console.error(`\n✖ ${failed} failed`);
  process.exit(1);
}
console.log('\n✔ all checks passed');
