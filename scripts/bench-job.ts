// One benchmark job, run in its own process so that its peak memory is its own.
// Usage: tsx scripts/bench-job.ts <mac-dev|aca|seed|segment-004|seed-x16|linear>; prints one JSON line.
import { readFileSync } from 'node:fs';
import { resourceUsage } from 'node:process';
import { loadNodeResources } from '../src/cli/resources';
import { cleanDocument } from '../src/core/clean/clean';
import { buildReport } from '../src/core/pipeline';
import { segmentDocument } from '../src/core/segment/segment';
import { scoreBenchmark, type BenchmarkSet } from './eval/align-benchmark';
import { scoreLinks, type GoldAlignment } from './eval/score-links';
import { benchmarkPairs, confidenceSummary } from './eval/confidence-data';

const SEEDS = new URL('../seeds/', import.meta.url).pathname;
const SEED_ZH = `${SEEDS}000_c81b22d7163bc932.txt`;
const SEED_EN = `${SEEDS}002_80d239db24bf15f2.txt`;

async function alignSet(set: BenchmarkSet) {
  const res = await loadNodeResources();
  const t0 = performance.now();
  const score = scoreBenchmark(set, res);
  const ms = Math.round(performance.now() - t0);
  // Issue 9: does pairs[].score point at the wrong pairs? (the measure of ../shared/tools/confidence_auc.py)
  const { auc, wrongLowest10, wrongOverall } = confidenceSummary(benchmarkPairs(set, res));
  return { ...score, ms, confidenceAuc: auc, wrongLowest10, wrongOverall };
}

function readGold(): GoldAlignment {
  return JSON.parse(readFileSync(new URL('../fixtures/seed-gold.json', import.meta.url), 'utf8'));
}

/** The seed gold for a document repeated `times` times: units shifted by each copy's offset. */
function repeatGold(gold: GoldAlignment, zhFrontMatter: number, zhStride: number, enStride: number, times: number): GoldAlignment {
  const out: GoldAlignment = { zhUnits: [], enUnits: [], beads: [] };
  for (let k = 0; k < times; k++) {
    const zBase = out.zhUnits.length;
    const eBase = out.enUnits.length;
    for (const u of gold.zhUnits) out.zhUnits.push({ ...u, start: u.start - zhFrontMatter + k * zhStride, end: u.end - zhFrontMatter + k * zhStride });
    for (const u of gold.enUnits) out.enUnits.push({ ...u, start: u.start + k * enStride, end: u.end + k * enStride });
    for (const b of gold.beads) out.beads.push({ zh: b.zh.map((z) => z + zBase), en: b.en.map((e) => e + eBase) });
  }
  return out;
}

function repeat(text: string, times: number): string {
  return Array.from({ length: times }, () => text).join('\n\n');
}

async function run(job: string): Promise<Record<string, unknown>> {
  const t0 = performance.now();
  const res = await loadNodeResources();
  const loadMs = Math.round(performance.now() - t0);
  const zh = { name: '000', text: readFileSync(SEED_ZH, 'utf8') };
  const en = { name: '002', text: readFileSync(SEED_EN, 'utf8') };
  switch (job) {
    case 'mac-dev':
    case 'aca':
      return { ...(await alignSet(job)), loadMs };
    case 'seed': {
      const t = performance.now();
      const report = buildReport(zh, en, res);
      const ms = Math.round(performance.now() - t);
      const gold = readGold();
      const bySeverity: Record<string, number> = {};
      for (const f of report.flags) bySeverity[f.severity] = (bySeverity[f.severity] ?? 0) + 1;
      return { ...scoreLinks(report, gold), ms, loadMs, segments: [report.source.segments.length, report.target.segments.length], flags: bySeverity };
    }
    case 'segment-004': {
      const text = readFileSync(`${SEEDS}004_31b1ff73cda9c5e4.txt`, 'utf8');
      const t = performance.now();
      const segments = segmentDocument(cleanDocument(text), 'zh', 's');
      return { ms: Math.round(performance.now() - t), segments: segments.length, kB: Math.round(Buffer.byteLength(text) / 1024) };
    }
    case 'seed-x16': {
      // Front matter is metadata, so only the first copy keeps it; the gold repeats with each copy.
      const zhBody = zh.text.replace(/^---[\s\S]*?\n---\n/, '');
      const t = performance.now();
      const report = buildReport({ name: 'zh×16', text: repeat(zhBody, 16) }, { name: 'en×16', text: repeat(en.text, 16) }, res);
      const ms = Math.round(performance.now() - t);
      const gold = repeatGold(readGold(), zh.text.length - zhBody.length, zhBody.length + 2, en.text.length + 2, 16);
      const { precision, recall, f1, nullsLeftUnpaired, goldNulls } = scoreLinks(report, gold);
      return { ms, loadMs, segments: [report.source.segments.length, report.target.segments.length], pairs: report.pairs.length, precision, recall, f1, nullsLeftUnpaired, goldNulls };
    }
    case 'linear': {
      // Issue 8: seed ×64 (both sides) within 4.6× the time of ×16, whole pipeline, one process.
      // ×16 runs once to warm up (JIT, dictionary pages) and once measured.
      const zhBody = zh.text.replace(/^---[\s\S]*?\n---\n/, '');
      const time = (k: number) => {
        const t = performance.now();
        buildReport({ name: `zh×${k}`, text: repeat(zhBody, k) }, { name: `en×${k}`, text: repeat(en.text, k) }, res);
        return performance.now() - t;
      };
      time(16);
      const ms16 = time(16);
      const ms64 = time(64);
      return { ms16: Math.round(ms16), ms64: Math.round(ms64), ratio64to16: Math.round((ms64 / ms16) * 100) / 100, target: 4.6 };
    }
    default:
      throw new RangeError(`unknown bench job ${job}`);
  }
}

run(process.argv[2]).then((out) => {
  console.log(JSON.stringify({ job: process.argv[2], ...out, peakMB: Math.round(resourceUsage().maxRSS / 1024) }));
});
