// Runs deploy/nginx/tickerwire.conf, unchanged but for addresses and paths, as an unprivileged nginx on 127.0.0.1:
// for the integration test and the benchmark.
import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '@/db/embedded';
import { acceptsConnections } from '@/tests/support/portal-process';

const CONFIG = path.join(import.meta.dirname, '../../deploy/nginx/tickerwire.conf');

export const NGINX_MISSING = 'install the Debian package `nginx` (apt-get install nginx) or point NGINX_BIN at an nginx binary';

export type RunningNginx = {
  /** Base URL of the proxy, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** The proxy's access log (one line per request, with its cache status). */
  accessLog: string;
  /** Stops nginx (by its pid) and removes its directory: config, logs and cache. */
  stop: () => Promise<void>;
};

/**
 * Starts nginx with the production config in front of a portal (or stub) listening on 127.0.0.1:`upstreamPort`,
 * listening itself on 127.0.0.1:`listenPort` (a free port when omitted). Everything nginx writes (pid, logs, temp
 * files, cache) lives in a fresh temporary directory. NGINX_BIN overrides /usr/sbin/nginx.
 */
export async function startNginx({ upstreamPort, listenPort }: { upstreamPort: number; listenPort?: number }): Promise<RunningNginx> {
  const bin = process.env.NGINX_BIN ?? '/usr/sbin/nginx';
  await access(bin, constants.X_OK).catch(() => {
    throw new Error(`nginx not found at ${bin}: ${NGINX_MISSING}`);
  });
  const port = listenPort ?? (await freePort());
  const dir = await mkdtemp(path.join(tmpdir(), 'tickerwire-nginx-'));
  // Run as root, nginx's workers drop to `nobody`, who must reach the cache and temp directories inside.
  await chmod(dir, 0o755);
  await writeFile(path.join(dir, 'tickerwire.conf'), renderSite(await readFile(CONFIG, 'utf8'), { upstreamPort, port, dir }));
  await writeFile(path.join(dir, 'nginx.conf'), mainConfig(dir));

  const child = spawn(bin, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'error.log'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM'); // nginx's fast shutdown: workers close their connections and exit with the master
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  };

  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForPort(url, () => child.exitCode !== null || child.signalCode !== null);
  } catch (error) {
    const log = await readFile(path.join(dir, 'error.log'), 'utf8').catch(() => '');
    await stop();
    throw new Error(`nginx did not start: ${(error as Error).message}\n${stderr}${log}`);
  }
  return { url, accessLog: path.join(dir, 'access.log'), stop };
}

/** The production site with the test's upstream, listen address and paths; each must be found exactly once. */
function renderSite(config: string, { upstreamPort, port, dir }: { upstreamPort: number; port: number; dir: string }) {
  const swaps: [string, string][] = [
    ['server 127.0.0.1:3000;', `server 127.0.0.1:${upstreamPort};`],
    ['listen 80;', `listen 127.0.0.1:${port};`],
    ['/var/cache/nginx/tickerwire', path.join(dir, 'cache')],
    ['/var/log/nginx/tickerwire.access.log', path.join(dir, 'access.log')],
  ];
  return swaps.reduce((text, [from, to]) => {
    if (text.split(from).length !== 2) throw new Error(`tickerwire.conf should contain "${from}" exactly once`);
    return text.replace(from, to);
  }, config);
}

// What /etc/nginx/nginx.conf provides in production, with every path nginx writes moved into `dir`.
const mainConfig = (dir: string) => `
worker_processes auto;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
    client_body_temp_path ${dir}/client-body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
    include ${dir}/tickerwire.conf;
}
`;

async function waitForPort(url: string, hasExited: () => boolean) {
  for (let tries = 0; tries < 200; tries++) {
    if (hasExited()) throw new Error('nginx exited');
    if (await acceptsConnections(url)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`nothing listens at ${url} after 10 s`);
}
