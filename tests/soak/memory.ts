import { readdirSync, readFileSync } from 'node:fs';

export type MemorySample = { atSeconds: number; launcherMb: number; webServerMb: number };

const residentMb = (pid: number) => {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return kb ? Math.round(Number(kb) / 1024) : NaN;
};

/** The web server the launcher started: its child process running lib/server/web-server.ts. */
export function webServerPidOf(launcherPid: number): number {
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent === launcherPid && readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('web-server')) return Number(entry);
    } catch {
      // the process ended while we looked
    }
  }
  throw new Error(`the launcher (pid ${launcherPid}) has no web server process`);
}

/** Resident memory of the launcher (database, price worker, scheduler) and of the web server beneath it. */
export function sampleMemory(launcherPid: number, webServerPid: number, startedAt: number): MemorySample {
  return {
    atSeconds: Math.round((Date.now() - startedAt) / 1000),
    launcherMb: residentMb(launcherPid),
    webServerMb: residentMb(webServerPid),
  };
}
