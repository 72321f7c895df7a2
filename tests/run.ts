// `npm test`: every check in order against one PostgreSQL server (DATABASE_URL's, or an embedded one).
import { spawnSync } from 'node:child_process';
import { openTestServer } from './support/database';

const npx = (bin: string, ...args: string[]) => ['npx', '--no-install', bin, ...args];
const steps: [string, string[]][] = [
  ['types', npx('next', 'typegen')],
  ['types', npx('tsc', '--noEmit')],
  ['lint', npx('eslint', '--max-warnings=0', '.')],
  ['unit and integration', npx('vitest', 'run')],
  // What `npm start` runs: Next's build and the compiled launcher and web server (.next/portal/).
  ['build', ['npm', 'run', 'build']],
  ['end-to-end', npx('playwright', 'test')],
];

const server = await openTestServer();
let failed: string | undefined;
for (const [name, [command, ...args]] of steps) {
  console.log(`\n▶ ${name}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command!, args, { stdio: 'inherit', env: { ...process.env, DATABASE_URL: server.url } });
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
