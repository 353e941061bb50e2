// One worker thread of a batch: resources loaded once per thread (on its first pair), then one
// pair per task: read, extract, align, check, write the report, return a one-line summary.
import { writeFile } from 'node:fs/promises';
import { buildFileReport, describeFileProblem } from '../core/file-report';
import type { Severity } from '../core/types';
import { extractFile, InputError } from './extract-file';
import { FORMATS, type OutputFormat } from './formats';
import { loadNodeResources } from './resources';

export interface BatchTask {
  id: string;
  original: string;
  translation: string;
  /** Where the report goes. */
  out: string;
  format: OutputFormat;
  segmented: boolean;
}

export interface BatchResult {
  id: string;
  status: 'ok' | 'failed';
  flags: Record<Severity, number>;
  ms: number;
  report?: string;
  error?: string;
}

/** Checks one pair and writes its report; never throws: a failure is a result with `error`. */
export default async function checkPair(task: BatchTask): Promise<BatchResult> {
  const t0 = performance.now();
  const flags: Record<Severity, number> = { critical: 0, major: 0, minor: 0, info: 0 };
  try {
    const [source, target] = await Promise.all([extractFile(task.original), extractFile(task.translation)]);
    const problem = describeFileProblem(source, target);
    if (problem) throw new InputError(problem);
    const report = buildFileReport(source, target, await loadNodeResources(), { segmented: task.segmented });
    for (const f of report.flags) flags[f.severity]++;
    // The extracted texts let TSV, TMX, XLIFF and HTML name each clause's line, as `check` does.
    const files = { source: source.text, target: target.text };
    await writeFile(task.out, task.format === 'json' ? FORMATS.json(report) : FORMATS[task.format](report, { files }));
    return { id: task.id, status: 'ok', flags, ms: Math.round(performance.now() - t0), report: task.out };
  } catch (err) {
    const message = err instanceof InputError ? err.message : `internal error: ${err instanceof Error ? err.message : String(err)}`;
    return { id: task.id, status: 'failed', flags, ms: Math.round(performance.now() - t0), error: message };
  }
}
