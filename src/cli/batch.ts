// `duizhao batch`: many pairs in one run over a pool of worker threads (piscina), each loading
// the dictionary and jieba once. One report file per pair in --out, one JSON line per pair on
// stdout, progress on stderr when it is a terminal, a summary at the end.
import { existsSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { Severity } from '../core/types';
import { pairFolders, parseShard, readManifest, reportFileNames, takeShard, type BatchEntry } from './batch-manifest';
import type { BatchResult, BatchTask } from './batch-worker';
import { InputError } from './extract-file';
import { EXTENSIONS, type OutputFormat } from './formats';

export interface BatchOptions {
  out?: string;
  format: OutputFormat;
  jobs?: string;
  shard?: string;
  failOn?: Severity;
  segmented?: boolean;
}

const RANK: Record<Severity, number> = { critical: 3, major: 2, minor: 1, info: 0 };

// Under tsx (development) the worker is this folder's .ts file; in the built CLI it is
// dist/batch-worker.mjs, beside dist/cli.mjs or one folder up from the chunk this code lands in.
function workerFile(): string {
  const here = import.meta.url;
  if (here.endsWith('.ts')) return new URL('./batch-worker.ts', here).href;
  const candidates = [new URL('./batch-worker.mjs', here), new URL('../batch-worker.mjs', here)];
  return (candidates.find((u) => existsSync(fileURLToPath(u))) ?? candidates[0]).href;
}

async function entriesOf(inputs: string[]): Promise<BatchEntry[]> {
  if (inputs.length === 1) {
    try {
      return await readManifest(inputs[0]);
    } catch {
      throw new InputError(`Cannot read the manifest ${inputs[0]}.`);
    }
  }
  if (inputs.length === 2) {
    for (const dir of inputs) {
      const info = await stat(dir).catch(() => null);
      if (!info?.isDirectory()) throw new InputError(`${dir} is not a folder: give a manifest.jsonl, or two folders to pair by file name.`);
    }
    return pairFolders(inputs[0], inputs[1]);
  }
  throw new InputError('Give a manifest (batch pairs.jsonl --out DIR) or two folders (batch DIR_A DIR_B --out DIR).');
}

/** Runs a batch and resolves to the exit status: 0, 1 for flags at or above --fail-on, 2 when nothing could run. */
export async function runBatch(inputs: string[], opts: BatchOptions): Promise<number> {
  if (!opts.out) throw new InputError('Give an output folder: --out DIR.');
  let shard;
  try {
    shard = opts.shard ? parseShard(opts.shard) : undefined;
  } catch (err) {
    throw new InputError((err as Error).message);
  }
  const jobs = opts.jobs === undefined ? availableParallelism() : Number(opts.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new InputError(`--jobs ${opts.jobs}: expected a whole number of at least 1.`);
  const entries = takeShard(await entriesOf(inputs), shard);
  if (entries.length === 0) throw new InputError(shard ? `Shard ${opts.shard} of ${inputs.join(' ')} holds no pairs.` : `${inputs.join(' ')} lists no pairs.`);
  await mkdir(opts.out, { recursive: true });

  const names = reportFileNames(entries.map((e) => e.id));
  const t0 = performance.now();
  const results: BatchResult[] = [];
  const tty = process.stderr.isTTY === true;
  const emit = (r: BatchResult) => {
    results.push(r);
    process.stdout.write(JSON.stringify(r) + '\n');
    if (tty) process.stderr.write(`\rduizhao: ${results.length}/${entries.length} pairs, ${results.filter((x) => x.status === 'failed').length} failed`);
  };
  const runnable = entries.filter((e) => !e.error);
  const pool = new Piscina<BatchTask, BatchResult>({
    filename: workerFile(),
    minThreads: Math.min(jobs, runnable.length || 1),
    maxThreads: Math.min(jobs, runnable.length || 1),
    // One pair at a time per thread: a pair is CPU-bound, queueing more only holds memory.
    concurrentTasksPerWorker: 1,
    idleTimeout: 1000,
    // A task no thread could take yet goes back to the head of the queue, not its tail, so pairs
    // start in the order given below.
    stricterFIFO: true,
  });
  // A worker that cannot start fails the pairs it was given (pool.run rejects); the pool's own
  // error event must not end the process with a stack trace.
  pool.on('error', (err: unknown) => process.stderr.write(`duizhao: a worker thread failed: ${err instanceof Error ? err.message : String(err)}\n`));
  // Largest pairs first (longest-processing-time order): a big pair queued last would run alone
  // on one core while the others idle. Results are reported as they finish, in any order.
  const size = async (path?: string) => (path ? ((await stat(path).catch(() => null))?.size ?? 0) : 0);
  const sizes = await Promise.all(entries.map(async (e) => (await size(e.original)) + (await size(e.translation))));
  const order = entries.map((_, k) => k).sort((x, y) => sizes[y] - sizes[x] || x - y);
  try {
    const pending = order.map(async (k) => {
      const e = entries[k];
      if (e.error) return emit({ id: e.id, status: 'failed', flags: { critical: 0, major: 0, minor: 0, info: 0 }, ms: 0, error: e.error });
      const task: BatchTask = { id: e.id, original: e.original!, translation: e.translation!, out: join(opts.out!, `${names[k]}.${EXTENSIONS[opts.format]}`), format: opts.format, segmented: !!opts.segmented };
      try {
        emit(await pool.run(task));
      } catch (err) {
        // A worker that died (out of memory, a crash in a native module) fails its pair only.
        emit({ id: e.id, status: 'failed', flags: { critical: 0, major: 0, minor: 0, info: 0 }, ms: 0, error: `worker failed: ${err instanceof Error ? err.message : String(err)}` });
      }
    });
    await Promise.all(pending);
  } finally {
    await pool.destroy();
  }
  if (tty) process.stderr.write('\n');

  const ok = results.filter((r) => r.status === 'ok');
  const total = { critical: 0, major: 0, minor: 0, info: 0 };
  for (const r of ok) for (const s of Object.keys(total) as Severity[]) total[s] += r.flags[s];
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  process.stderr.write(
    `duizhao: batch: ${results.length} pair(s), ${ok.length} checked, ${results.length - ok.length} failed in ${seconds} s; ` +
      `flags: ${total.critical} critical, ${total.major} major, ${total.minor} minor, ${total.info} info; reports in ${opts.out}\n`,
  );
  for (const r of results) if (r.error) process.stderr.write(`duizhao: ${r.id}: ${r.error}\n`);
  if (ok.length === 0) return 2;
  if (opts.failOn && ok.some((r) => (Object.keys(r.flags) as Severity[]).some((s) => r.flags[s] > 0 && RANK[s] >= RANK[opts.failOn!]))) return 1;
  return 0;
}
