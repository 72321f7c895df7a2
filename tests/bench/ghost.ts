// Ghost as a peer for the benchmark (`--peer ghost`): the published demo pieces served by Ghost 5 on SQLite in
// production mode, so the portal's home and article pages are measured beside a well-known publishing system's.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { freePort } from '@/db/embedded';
import type { DemoArticle } from '@/lib/demo/catalog';
import { demoArticles } from '@/lib/demo/articles';

const VERSION = '5.130.6';
const EMAIL = 'bench@tickerwire.test';
// Ghost refuses weak passwords at setup; this one only ever guards a throwaway server on 127.0.0.1.
const PASSWORD = 'Kq7-tickerwire-peer-v9Lm2';
const BOOT_LIMIT_MS = 180_000;
const STOP_GRACE_MS = 10_000;

export type RunningGhost = { base: string; homePath: string; articlePath: string; version: string; stop: () => Promise<void> };

const log = (message: string) => process.stderr.write(`ghost: ${message}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs a command with its output appended to `logFile`; rejects on a non-zero exit. */
async function run(command: string, args: string[], cwd: string, logFile: string, env = process.env): Promise<void> {
  const out = openSync(logFile, 'a');
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', out, out] });
  closeSync(out);
  const code = await new Promise((resolve, reject) => child.once('error', reject).once('exit', resolve));
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}: see ${logFile}`);
}

/** A complete install is this version with a SQLite driver that loads in this Node.js. */
async function isComplete(installDir: string): Promise<boolean> {
  const packageFile = path.join(installDir, 'package.json');
  if (!existsSync(packageFile) || JSON.parse(readFileSync(packageFile, 'utf8')).version !== VERSION) return false;
  return run(process.execPath, ['-e', "require('sqlite3')"], installDir, '/dev/null').then(() => true, () => false);
}

/** npm pack, devDependencies stripped, yarn 1 install --production: the way Ghost-CLI installs a release. */
async function installGhost(installDir: string): Promise<void> {
  if (await isComplete(installDir)) return;
  const workDir = path.dirname(installDir);
  const staging = path.join(workDir, 'staging');
  const logFile = path.join(workDir, 'install.log');
  log(`installing Ghost ${VERSION} into ${installDir} (3.5 to 6.5 minutes on 2 cores; output in ${logFile})`);
  const started = Date.now();
  await rm(installDir, { recursive: true, force: true });
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  await writeFile(logFile, '');
  await run('npm', ['pack', `ghost@${VERSION}`], staging, logFile);
  await run('tar', ['xzf', `ghost-${VERSION}.tgz`], staging, logFile);
  const packageDir = path.join(staging, 'package');
  const manifest = JSON.parse(await readFile(path.join(packageDir, 'package.json'), 'utf8'));
  delete manifest.devDependencies;
  await writeFile(path.join(packageDir, 'package.json'), JSON.stringify(manifest, null, 2));
  // sqlite3's prebuilt binaries come from GitHub and node-gyp's headers from nodejs.org; where neither is reachable,
  // node-gyp builds sqlite3 from source against the headers installed with Node.js itself.
  const nodeDir = path.dirname(path.dirname(process.execPath));
  const headers = existsSync(path.join(nodeDir, 'include', 'node', 'node.h')) ? { npm_config_nodedir: nodeDir } : {};
  const yarnArgs = ['-y', 'yarn@1.22.22', 'install', '--production', '--non-interactive', '--network-timeout', '600000'];
  await run('npx', yarnArgs, packageDir, logFile, { ...process.env, ...headers });
  // sqlite3 is an optional dependency: yarn succeeds without it when the native build fails.
  if (!(await isComplete(packageDir))) {
    throw new Error(`sqlite3 did not build in ${packageDir}: node-gyp needs python3, make and g++ (see ${logFile})`);
  }
  // Renamed only once complete, so an interrupted install is never mistaken for a cached one.
  await rename(packageDir, installDir);
  await rm(staging, { recursive: true, force: true });
  log(`installed in ${Math.round((Date.now() - started) / 1000)} s`);
}

function ghostConfig(base: string, port: number, contentDir: string) {
  return {
    url: base,
    server: { host: '127.0.0.1', port },
    database: { client: 'sqlite3', connection: { filename: path.join(contentDir, 'data', 'ghost.db') }, useNullAsDefault: true },
    paths: { contentPath: contentDir },
    // At info level Ghost writes a line per request, a cost under load that the portal does not pay.
    logging: { level: 'warn', transports: ['stdout'] },
    mail: { transport: 'stub', from: EMAIL },
    // Otherwise a sign-in from a new device waits for a code sent by email.
    security: { staffDeviceVerification: false },
    privacy: { useUpdateCheck: false, useGravatar: false, useRpcPing: false },
  };
}

/** Ghost answers 503 while it creates its database on first boot; 200 once it serves the site. */
async function waitUntilServing(base: string, child: ChildProcess, logFile: string): Promise<void> {
  const tail = () => readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n');
  for (const started = Date.now(); !(await fetch(base).then((r) => r.ok, () => false)); await sleep(250)) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`Ghost exited (${child.exitCode ?? child.signalCode}):\n${tail()}`);
    if (Date.now() - started > BOOT_LIMIT_MS) throw new Error(`Ghost did not serve ${base} in ${BOOT_LIMIT_MS / 1000} s:\n${tail()}`);
  }
}

const setupSchema = z.object({ setup: z.array(z.object({ status: z.boolean() })) });

/** Sets up the owner on first boot and signs in: a poster for the Admin API. */
async function signIn(base: string) {
  const api = `${base}/ghost/api/admin/`;
  // The Admin API refuses a session request whose Origin is not the site's own (CSRF protection).
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Origin: base };
  const post = async (endpoint: string, body: unknown) => {
    const response = await fetch(api + endpoint, { method: 'POST', headers, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`Ghost ${endpoint}: ${response.status} ${await response.text()}`);
    return response;
  };
  const { setup } = setupSchema.parse(await (await fetch(api + 'authentication/setup/')).json());
  if (!setup[0]?.status) {
    await post('authentication/setup/', { setup: [{ name: 'Tickerwire bench', email: EMAIL, password: PASSWORD, blogTitle: 'Ghost peer' }] });
  }
  const session = await post('session/', { username: EMAIL, password: PASSWORD });
  headers.Cookie = session.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ');
  return post;
}

/** A demo piece as a Ghost post: its Markdown in a Markdown card, as Ghost's editor stores it. */
function toGhostPost(piece: DemoArticle, now: number) {
  const markdownCard = { type: 'markdown', version: 1, markdown: piece.body };
  return {
    title: piece.title,
    slug: piece.slug,
    custom_excerpt: piece.dek,
    tags: piece.tags.map((name) => ({ name })),
    status: 'published',
    published_at: new Date(now - piece.publishedDaysAgo * 86_400_000).toISOString(),
    lexical: JSON.stringify({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [markdownCard] } }),
  };
}

/** Publishes every published demo piece once; returns the path of the one the benchmark reads (as run.ts picks it). */
async function publishDemoArticles(base: string): Promise<string> {
  const published = demoArticles.filter((piece) => !piece.status);
  const article = published[0]!;
  const articlePath = `/${article.slug}/`;
  // Published last, so its page proves that an earlier run published the others too.
  if ((await fetch(base + articlePath)).ok) return articlePath;
  log(`publishing ${published.length} demo pieces`);
  const post = await signIn(base);
  const now = Date.now();
  for (const piece of [...published.slice(1), article]) await post('posts/', { posts: [toGhostPost(piece, now)] });
  return articlePath;
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.kill(child.pid!, 'SIGTERM');
  const kill = setTimeout(() => child.exitCode === null && child.signalCode === null && process.kill(child.pid!, 'SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(kill);
}

/**
 * Starts Ghost on 127.0.0.1 and a free port, installing it into `workDir` first unless a complete install is there.
 * The install, the content folder (SQLite database included) and the logs stay in `workDir` for the next run.
 */
export async function startGhost({ workDir = path.join(os.tmpdir(), `tickerwire-ghost-${VERSION}`) }: { workDir?: string } = {}): Promise<RunningGhost> {
  // Ghost finds its own package.json through a `current` folder in its working directory (Ghost-CLI's layout).
  const installDir = path.join(workDir, 'current');
  await mkdir(workDir, { recursive: true });
  await installGhost(installDir);
  const contentDir = path.join(workDir, 'content');
  if (!existsSync(contentDir)) await cp(path.join(installDir, 'content'), contentDir, { recursive: true });

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // Ghost reads config.<NODE_ENV>.json from its working directory.
  await writeFile(path.join(workDir, 'config.production.json'), JSON.stringify(ghostConfig(base, port, contentDir), null, 2));
  const logFile = path.join(workDir, 'ghost.log');
  const out = openSync(logFile, 'w');
  const started = Date.now();
  const child = spawn(process.execPath, [path.join(installDir, 'index.js')], {
    cwd: workDir,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', out, out],
  });
  closeSync(out);
  const stop = () => stopProcess(child);
  try {
    await waitUntilServing(base, child, logFile);
    const articlePath = await publishDemoArticles(base);
    log(`Ghost ${VERSION} (pid ${child.pid}) serves ${base} after ${Math.round((Date.now() - started) / 100) / 10} s`);
    return { base, homePath: '/', articlePath, version: VERSION, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
