// Strict bead scores of the aligner on a benchmark set in ../shared/benchmarks (one sentence per
// line, gold beads in gold/NNN.align), run through the product path: buildReport with segmented input.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { buildReport, type PipelineResources } from '../../src/core/pipeline';
import type { Report } from '../../src/core/types';
import { parseAlignFile, scoreBeads, type BeadScore, type IdBead } from './score-beads';

export type BenchmarkSet = 'mac-dev' | 'aca';

/** Where the benchmark data lives: the shared folder beside the checkout. */
export const BENCHMARKS = new URL('../../../shared/benchmarks/', import.meta.url).pathname;

export function hasBenchmark(set: BenchmarkSet): boolean {
  return existsSync(`${BENCHMARKS}${set}/gold`);
}

function lineIndexes(report: Report, ids: string[], side: 'source' | 'target'): number[] {
  // In segmented mode a segment's number is its 1-based line number.
  const byId = new Map(report[side].segments.map((s) => [s.id, Number(s.number) - 1]));
  return ids.map((id) => byId.get(id)!);
}

/** Aligns every document of the set and scores the beads pooled over documents. */
export function scoreBenchmark(set: BenchmarkSet, resources: PipelineResources): BeadScore {
  const dir = `${BENCHMARKS}${set}`;
  const [srcDir, tgtDir] = set === 'mac-dev' ? ['zh', 'en'] : ['src', 'tgt'];
  const gold: IdBead[][] = [];
  const test: IdBead[][] = [];
  for (const id of readdirSync(`${dir}/${srcDir}`).sort()) {
    const source = { name: id, text: readFileSync(`${dir}/${srcDir}/${id}`, 'utf8') };
    const target = { name: id, text: readFileSync(`${dir}/${tgtDir}/${id}`, 'utf8') };
    const report = buildReport(source, target, resources, { segmented: true, skipChecks: true });
    test.push(report.pairs.map((p) => [lineIndexes(report, p.source, 'source'), lineIndexes(report, p.target, 'target')]));
    gold.push(parseAlignFile(readFileSync(`${dir}/gold/${id}.align`, 'utf8')));
  }
  return scoreBeads(gold, test);
}
