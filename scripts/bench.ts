// `npm run bench`: alignment quality and speed figures, each job in its own process (peak memory).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const JOBS = ['seed', 'mac-dev', 'aca', 'segment-004', 'seed-x16', 'linear'];
const here = new URL('.', import.meta.url).pathname;

function runJob(script: string, args: string[]): Record<string, unknown> {
  const out = execFileSync(process.execPath, ['--import', 'tsx', `${here}${script}`, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const last = out.trim().split('\n').pop()!;
  return JSON.parse(last);
}

const only = process.argv.slice(2);
for (const job of JOBS.filter((j) => only.length === 0 || only.includes(j))) {
  const r = runJob('bench-job.ts', [job]);
  console.log(JSON.stringify(r));
}
// Checks (caught / false alarms on edited translations), precision on real translations, the viewer (Chromium) and batch mode have their own scripts.
for (const extra of ['bench-checks.ts', 'bench-precision.ts', 'bench-viewer.ts', 'bench-batch.ts']) {
  if ((only.length === 0 || only.includes(extra.replace(/^bench-|\.ts$/g, ''))) && existsSync(`${here}${extra}`)) {
    execFileSync(process.execPath, ['--import', 'tsx', `${here}${extra}`], { stdio: 'inherit' });
  }
}
