// `npm run bench -- batch`: MAC-Dev (6 chapters, --segmented) and ACA checked in one batch, beside
// the same pairs run one process at a time, and beside one single-pair process × the number of
// pairs. Prints one JSON line; the target is batch ≥ 4× faster than separate processes. It also prints how
// far two processes at once scale on this machine (parallelScaling), which bounds what a pool can gain.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const bench = resolve(root, '../shared/benchmarks');
const built = join(root, 'dist/cli.mjs');
// `npm run cli` rebuilds dist/cli.mjs when it is missing or older than src/ (a `vite build` empties dist/):
// measure the built CLI users run, not a stale one or the TypeScript source.
spawnSync(process.execPath, [join(root, 'scripts/cli.mjs'), '--help'], { cwd: root, stdio: 'ignore' });
// The built CLI is what `npm run cli` runs; without it, the TypeScript source through tsx.
const cli = existsSync(built) ? [built] : ['--import', 'tsx', join(root, 'src/cli/main.ts')];

const pairs = [
  ...readdirSync(join(bench, 'mac-dev/zh')).sort().map((n) => ({ id: `mac-dev-${n}`, original: join(bench, 'mac-dev/zh', n), translation: join(bench, 'mac-dev/en', n) })),
  ...readdirSync(join(bench, 'aca/src')).sort().map((n) => ({ id: `aca-${n}`, original: join(bench, 'aca/src', n), translation: join(bench, 'aca/tgt', n) })),
];
const tmp = mkdtempSync(join(tmpdir(), 'duizhao-bench-batch-'));
const manifest = join(tmp, 'pairs.jsonl');
writeFileSync(manifest, pairs.map((p) => JSON.stringify(p)).join('\n') + '\n');

// GNU time, when present, also gives each run's CPU seconds: on a machine others load, the CPU
// ratio shows the work batch mode saves, the wall ratio what a user waits.
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

function timed(args: string[]): { wall: number; cpu: number } {
  const t0 = performance.now();
  const command = GNU_TIME ? [GNU_TIME, '-f', 'cpu %U %S', process.execPath] : [process.execPath];
  const r = spawnSync(command[0], [...command.slice(1), ...cli, ...args], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`duizhao ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const m = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
  return { wall: (performance.now() - t0) / 1000, cpu: m ? Number(m[1]) + Number(m[2]) : NaN };
}

try {
  const batch = timed(['batch', manifest, '--out', join(tmp, 'out'), '--segmented']);
  const separate = pairs.map((p) => timed(['check', p.original, p.translation, '--segmented']));
  const separateTotal = separate.reduce((a, b) => a + b.wall, 0);
  const separateCpu = separate.reduce((a, b) => a + b.cpu, 0);
  // What two cores give this workload here: the largest pair checked alone, then twice at once in two
  // processes. 2.0 is perfect scaling; on a machine whose cores share caches and memory bandwidth (or a
  // virtual machine's shared host) it is lower, and it bounds what any pool of workers can gain.
  const sizeOf = (p: (typeof pairs)[number]) => statSync(p.original).size + statSync(p.translation).size;
  const largest = pairs.reduce((a, b) => (sizeOf(b) > sizeOf(a) ? b : a));
  const alone = timed(['check', largest.original, largest.translation, '--segmented']).wall;
  const t0 = performance.now();
  const twins = [0, 1].map(() => spawn(process.execPath, [...cli, 'check', largest.original, largest.translation, '--segmented'], { cwd: root, stdio: 'ignore' }));
  await Promise.all(twins.map((c) => new Promise((done) => c.on('exit', done))));
  const together = (performance.now() - t0) / 1000;
  const cores = Number(execFileSync(process.execPath, ['-e', 'process.stdout.write(String(require("os").availableParallelism()))'], { encoding: 'utf8' }));
  const r2 = (x: number) => Math.round(x * 100) / 100;
  console.log(
    JSON.stringify({
      job: 'batch',
      pairs: pairs.length,
      cores,
      cli: existsSync(built) ? 'dist/cli.mjs' : 'tsx src/cli/main.ts',
      batchSeconds: r2(batch.wall),
      separateProcessesSeconds: r2(separateTotal),
      // One single-pair process (the first chapter) × the number of pairs.
      singleProcessTimesPairsSeconds: r2(separate[0].wall * pairs.length),
      speedup: r2(separateTotal / batch.wall),
      target: 4,
      batchCpuSeconds: r2(batch.cpu),
      separateCpuSeconds: r2(separateCpu),
      cpuRatio: r2(separateCpu / batch.cpu),
      // Two copies of the largest pair at once against one alone (2.0 = the second core is free).
      parallelScaling: r2((2 * alone) / together),
      loadAverage: r2(loadavg()[0]),
    }),
  );
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
