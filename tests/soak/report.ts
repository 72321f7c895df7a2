import os from 'node:os';
import type { MemorySample } from './memory';

export type SoakResult = {
  minutes: number;
  loadAverageBefore: number;
  connections: number;
  mix: string;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  notOk: number;
  serverErrors: number;
  connectionErrors: number;
  timeouts: number;
  streamsOpened: number;
  streamsConnected: number;
  eventsPerStream: number[];
  warm: MemorySample;
  end: MemorySample;
  samples: MemorySample[];
  logLines: number;
  notJsonLines: number;
  errorLines: string[];
};

const n = (value: number) => Math.round(value).toLocaleString('en');

/** The soak's outcome as the Markdown table docs/reliability.md's "Soak" section carries, and the memory samples below it. */
export function soakReport(r: SoakResult): string {
  const events = r.eventsPerStream.length ? r.eventsPerStream : [0];
  const meanEvents = events.reduce((sum, count) => sum + count, 0) / events.length;
  const peak = (key: 'launcherMb' | 'webServerMb') => Math.max(...r.samples.map((sample) => sample[key]));
  const rows = [
    ['load', `${r.minutes} min, ${r.connections} concurrent connections cycling through ${r.mix}`],
    ['requests answered', `${n(r.requests)} (${n(r.requestsPerSecond)} req/s)`],
    ['latency', `p50 ${n(r.p50Ms)} ms, p99 ${n(r.p99Ms)} ms`],
    ['responses other than 2xx/3xx', n(r.notOk)],
    ['5xx responses', n(r.serverErrors)],
    ['connection errors / timeouts', `${n(r.connectionErrors)} / ${n(r.timeouts)}`],
    ['price streams held open', `${r.streamsConnected} of ${r.streamsOpened} still connected at the end; ${n(meanEvents)} tick events per client (fewest ${Math.min(...events)})`],
    ['resident memory, launcher', `${r.warm.launcherMb} MB after the ${r.warm.atSeconds} s warm-up, ${r.end.launcherMb} MB at the end (peak ${peak('launcherMb')} MB)`],
    ['resident memory, web server', `${r.warm.webServerMb} MB after the warm-up, ${r.end.webServerMb} MB at the end (peak ${peak('webServerMb')} MB)`],
    ['log lines at level error', `${r.errorLines.length} of ${n(r.logLines)} lines (${r.notJsonLines} not JSON)`],
  ];
  return [
    `Soak of ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores, load average ${r.loadAverageBefore.toFixed(1)} from other work before it started (\`npm run soak -- --minutes ${r.minutes}\`):`,
    '',
    '| what | result |',
    '| --- | --- |',
    ...rows.map(([what, result]) => `| ${what} | ${result} |`),
    '',
    `Resident memory every 10 s, launcher / web server (MB): ${r.samples.map((s) => `${s.launcherMb}/${s.webServerMb}`).join(', ')}.`,
    ...(r.errorLines.length ? ['', 'Error lines:', '', ...r.errorLines.slice(0, 20).map((line) => `    ${line}`)] : []),
    '',
  ].join('\n');
}
