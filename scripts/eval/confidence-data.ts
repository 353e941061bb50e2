// Pairs of the aligner on the gold-aligned sets, each with its confidence features, its score and
// whether the very same bead is in the gold: the data the confidence is fitted and measured on.
import { readFileSync, readdirSync } from 'node:fs';
import { alignDocument } from '../../src/core/align/align';
import { buildAlignInput } from '../../src/core/align/align-features';
import { segmentSide, type PipelineResources } from '../../src/core/pipeline';
import type { Segment } from '../../src/core/types';
import { BENCHMARKS, type BenchmarkSet } from './align-benchmark';
import { parseAlignFile } from './score-beads';
import { unitsFor, type GoldAlignment } from './score-links';

/** One two-sided pair: its features, the score the aligner gave it, and whether the gold has it. */
export interface ScoredPair {
  set: string;
  doc: string;
  features: number[];
  score: number;
  correct: boolean;
}

const key = (zs: number[], es: number[]) => `${[...zs].sort((x, y) => x - y).join(',')}:${[...es].sort((x, y) => x - y).join(',')}`;

/** Aligns zh and en segments as the pipeline does and yields the two-sided pairs with gold keys. */
function pairsOf(zh: Segment[], en: Segment[], res: PipelineResources, keyOf: (zhSegs: Segment[], enSegs: Segment[]) => string | null, gold: Set<string>, set: string, doc: string): ScoredPair[] {
  const input = buildAlignInput(zh, en, res);
  const { beads, features } = alignDocument(input.zh, input.en, input.lex);
  const out: ScoredPair[] = [];
  beads.forEach((b, k) => {
    const x = features[k];
    if (!x || b.zh.length === 0 || b.en.length === 0) return;
    const bk = keyOf(b.zh.map((i) => zh[i]), b.en.map((j) => en[j]));
    out.push({ set, doc, features: x, score: b.score, correct: bk !== null && gold.has(bk) });
  });
  return out;
}

/** Two-sided pairs of every document of a benchmark set (segmented input, as the product runs it). */
export function benchmarkPairs(set: BenchmarkSet, res: PipelineResources): ScoredPair[] {
  const dir = `${BENCHMARKS}${set}`;
  const [srcDir, tgtDir] = set === 'mac-dev' ? ['zh', 'en'] : ['src', 'tgt'];
  const zhIsSource = set === 'mac-dev';
  const out: ScoredPair[] = [];
  for (const id of readdirSync(`${dir}/${srcDir}`).sort()) {
    const src = segmentSide({ name: id, text: readFileSync(`${dir}/${srcDir}/${id}`, 'utf8') }, zhIsSource ? 'zh' : 'en', 's', true);
    const tgt = segmentSide({ name: id, text: readFileSync(`${dir}/${tgtDir}/${id}`, 'utf8') }, zhIsSource ? 'en' : 'zh', 't', true);
    const [zh, en] = zhIsSource ? [src, tgt] : [tgt, src];
    const gold = new Set(
      parseAlignFile(readFileSync(`${dir}/gold/${id}.align`, 'utf8')).map(([s, t]) => (zhIsSource ? key(s, t) : key(t, s))),
    );
    // In segmented mode a segment's number is its 1-based line number.
    const line = (s: Segment) => Number(s.number) - 1;
    out.push(...pairsOf(zh, en, res, (zs, es) => key(zs.map(line), es.map(line)), gold, set, id));
  }
  return out;
}

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;

/** Two-sided pairs of the seed pair against fixtures/seed-gold.json (segments projected onto gold units). */
export function seedPairs(res: PipelineResources): ScoredPair[] {
  const goldAl: GoldAlignment = JSON.parse(readFileSync(new URL('../../fixtures/seed-gold.json', import.meta.url), 'utf8'));
  const zh = segmentSide({ name: 'zh', text: readFileSync(`${SEEDS}000_c81b22d7163bc932.txt`, 'utf8') }, 'zh', 's', false);
  const en = segmentSide({ name: 'en', text: readFileSync(`${SEEDS}002_80d239db24bf15f2.txt`, 'utf8') }, 'en', 't', false);
  const gold = new Set(goldAl.beads.filter((b) => b.zh.length && b.en.length).map((b) => key(b.zh, b.en)));
  const keyOf = (zs: Segment[], es: Segment[]) => {
    const zu = [...new Set(zs.flatMap((s) => unitsFor(s, goldAl.zhUnits)))];
    const eu = [...new Set(es.flatMap((s) => unitsFor(s, goldAl.enUnits)))];
    return zu.length && eu.length ? key(zu, eu) : null;
  };
  return pairsOf(zh, en, res, keyOf, gold, 'seed', '000');
}

/** ROC AUC of scores for telling correct pairs from wrong ones (ties count half); null without both kinds. */
export function rocAuc(pairs: Array<{ score: number; correct: boolean }>): number | null {
  const sorted = [...pairs].sort((a, b) => a.score - b.score);
  let pos = 0;
  let neg = 0;
  let rankSum = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j].score === sorted[i].score) j++;
    const rank = (i + j + 1) / 2;
    for (let k = i; k < j; k++) if (sorted[k].correct) (rankSum += rank), pos++;
    else neg++;
    i = j;
  }
  return pos && neg ? (rankSum - (pos * (pos + 1)) / 2) / (pos * neg) : null;
}

/** AUC, the share of wrong pairs among the lowest-scored 10%, and the overall wrong share. */
export function confidenceSummary(pairs: Array<{ score: number; correct: boolean }>) {
  // Lowest 10% as the shared tool takes them: sorted by (score, correct), wrong first among ties.
  const low = [...pairs].sort((a, b) => a.score - b.score || Number(a.correct) - Number(b.correct)).slice(0, Math.max(1, Math.floor(pairs.length / 10)));
  const r = (v: number) => Math.round(v * 1000) / 1000;
  const auc = rocAuc(pairs);
  return {
    pairs: pairs.length,
    auc: auc === null ? null : r(auc),
    wrongLowest10: r(low.filter((p) => !p.correct).length / low.length),
    wrongOverall: r(pairs.filter((p) => !p.correct).length / Math.max(1, pairs.length)),
  };
}

/** Calibration: pairs binned by score (tenths), with the share that is right in each bin. */
export function calibration(pairs: Array<{ score: number; correct: boolean }>): Array<{ bin: string; pairs: number; meanScore: number; right: number }> {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, s: 0, ok: 0 }));
  for (const p of pairs) {
    const b = bins[Math.min(9, Math.floor(p.score * 10))];
    b.n++;
    b.s += p.score;
    b.ok += p.correct ? 1 : 0;
  }
  return bins.map((b, k) => ({ bin: `${(k / 10).toFixed(1)}–${((k + 1) / 10).toFixed(1)}`, pairs: b.n, meanScore: b.n ? Math.round((b.s / b.n) * 1000) / 1000 : 0, right: b.n ? Math.round((b.ok / b.n) * 1000) / 1000 : 0 }));
}
