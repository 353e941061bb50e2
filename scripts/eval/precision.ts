// The precision measures of ../shared/tools (clean_alarms.py, mqm_dev_eval.py) computed in one process:
// major-or-worse flags per 1,000 pairs of clean professional translations, and major flags against
// professional MQM error annotations. Same inputs, same rules as the Python tools, so the figures agree.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBitextReport } from '../../src/core/bitext';
import { buildReport, type PipelineResources } from '../../src/core/pipeline';
import { atLeast } from '../../src/core/severity';
import type { Flag, Report } from '../../src/core/types';

export const BENCHMARKS = new URL('../../../shared/benchmarks/', import.meta.url).pathname;

/** Accuracy categories a major MQM error must have for a segment to count as wrong (as mqm_dev_eval.py). */
const ACCURACY = ['Accuracy', 'Non_translation', 'Locale_convention/Name'];
const isAccuracy = (category: string) => ACCURACY.some((p) => category.startsWith(p));
const oneLine = (t: string) => t.replace(/\t/g, ' ').split(/\s+/).filter(Boolean).join(' ');

interface MqmError { category: string; severity: string; span?: string }
interface MqmTranslation { en: string; human: boolean; errors: MqmError[] }
interface MqmSegment { seg: number; zh: string; translations: Record<string, MqmTranslation> }

/** One pair with its flags, for reading examples. */
export interface Example { set: string; source: string; target: string; flags: Flag[]; errors?: MqmError[] }

export interface CleanRate { pairs: number; major: number; minor: number; per1000: number; minorPer1000: number; types: Record<string, number> }

function mqmSegments(): MqmSegment[] {
  const path = join(BENCHMARKS, 'mqm-news2021', 'documents.jsonl');
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).flatMap((l) => (JSON.parse(l) as { segments: MqmSegment[] }).segments);
}

/** Pairs with both sides, and for each its flags (a flag counts for every pair one of its segments is in). */
function pairFlags(report: Report): Array<{ source: string; target: string; flags: Flag[] }> {
  const bySeg = new Map<string, Flag[]>();
  for (const f of report.flags) for (const id of [...f.source, ...f.target]) bySeg.set(id, [...(bySeg.get(id) ?? []), f]);
  const text = (ids: string[], side: 'source' | 'target') => ids.map((id) => report[side].segments.find((s) => s.id === id)?.text ?? '').join(' ');
  return report.pairs.map((p) => ({
    source: text(p.source, 'source'),
    target: text(p.target, 'target'),
    both: p.source.length > 0 && p.target.length > 0,
    flags: [...new Set([...p.source, ...p.target].flatMap((id) => bySeg.get(id) ?? []))],
  })).filter((p) => p.both);
}

function rateOf(reports: Report[], set: string, examples: Example[]): CleanRate {
  let pairs = 0, major = 0, minor = 0;
  const types: Record<string, number> = {};
  for (const r of reports) {
    pairs += r.pairs.filter((p) => p.source.length && p.target.length).length;
    for (const f of r.flags) {
      if (atLeast(f.severity, 'major')) { major++; types[f.type] = (types[f.type] ?? 0) + 1; }
      else if (f.severity === 'minor') minor++;
    }
    for (const p of pairFlags(r)) if (p.flags.length) examples.push({ set, ...p });
  }
  const per = (n: number) => Math.round((10000 * n) / Math.max(1, pairs)) / 10;
  return { pairs, major, minor, per1000: per(major), minorPer1000: per(minor), types };
}

function readLines(path: string): string {
  return readFileSync(path, 'utf8');
}

/** Major flags per 1,000 pairs on MAC-Dev, ACA (--segmented) and the clean human references of mqm-news2021 (--bitext). */
export function cleanRates(res: PipelineResources, examples: Example[] = []): Record<string, CleanRate> {
  const out: Record<string, CleanRate> = {};
  for (const [name, a, b] of [['mac-dev', 'zh', 'en'], ['aca', 'src', 'tgt']] as const) {
    const dir = join(BENCHMARKS, name);
    const reports = readdirSync(join(dir, a)).sort().map((n) =>
      buildReport({ name: n, text: readLines(join(dir, a, n)) }, { name: n, text: readLines(join(dir, b, n)) }, res, { segmented: true }));
    out[name] = rateOf(reports, name, examples);
  }
  const lines: string[] = [];
  for (const s of mqmSegments()) for (const t of Object.values(s.translations)) {
    if (t.human && !t.errors.some((e) => isAccuracy(e.category))) lines.push(`${oneLine(s.zh)}\t${oneLine(t.en)}`);
  }
  out['mqm-news2021-refs'] = rateOf([buildBitextReport({ name: 'refs.tsv', text: lines.join('\n') + '\n' }, res)], 'mqm-refs', examples);
  return out;
}

export interface MqmScore {
  segments: number; positives: number; flaggedMajor: number; precision: number | null; recall: number | null;
  recallByCategory: Record<string, string>; cleanAlarmRate: number | null; clean: number;
}

/** Major flags against segments with a major accuracy error in mqm-news2021, as mqm_dev_eval.py computes them. */
export function mqmScore(res: PipelineResources, examples: Example[] = []): MqmScore {
  const rows: Array<{ zh: string; t: MqmTranslation }> = [];
  for (const s of mqmSegments()) for (const t of Object.values(s.translations)) if (s.zh.trim() && t.en.trim()) rows.push({ zh: s.zh, t });
  const text = rows.map((r) => `${oneLine(r.zh)}\t${oneLine(r.t.en)}`).join('\n') + '\n';
  const report = buildBitextReport({ name: 'mqm.tsv', text }, res);
  if (report.pairs.length !== rows.length) throw new RangeError(`${report.pairs.length} pairs for ${rows.length} lines`);
  const bySeg = new Map<string, Flag[]>();
  for (const f of report.flags) for (const id of [...f.source, ...f.target]) bySeg.set(id, [...(bySeg.get(id) ?? []), f]);
  let flagged = 0, pos = 0, tp = 0, clean = 0, alarm = 0;
  const catN: Record<string, number> = {}, catHit: Record<string, number> = {};
  rows.forEach(({ zh, t }, i) => {
    const p = report.pairs[i];
    const flags = [...new Set([...p.source, ...p.target].flatMap((id) => bySeg.get(id) ?? []))];
    const major = flags.some((f) => atLeast(f.severity, 'major'));
    const cats = new Set(t.errors.filter((e) => e.severity === 'Major' && isAccuracy(e.category)).map((e) => e.category));
    if (cats.size) pos++;
    if (major) flagged++;
    if (major && cats.size) tp++;
    for (const c of cats) { catN[c] = (catN[c] ?? 0) + 1; catHit[c] = (catHit[c] ?? 0) + (major ? 1 : 0); }
    if (t.errors.length === 0) { clean++; if (major) alarm++; }
    if (flags.length) examples.push({ set: t.human ? 'mqm-human' : 'mqm-mt', source: zh, target: t.en, flags, errors: t.errors });
  });
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return {
    segments: rows.length, positives: pos, flaggedMajor: flagged,
    precision: flagged ? r3(tp / flagged) : null, recall: pos ? r3(tp / pos) : null,
    recallByCategory: Object.fromEntries(Object.keys(catN).sort().map((c) => [c, `${catHit[c] ?? 0}/${catN[c]}`])),
    cleanAlarmRate: clean ? r3(alarm / clean) : null, clean,
  };
}

/** True when the shared benchmarks are beside the checkout. */
export const haveBenchmarks = () => existsSync(join(BENCHMARKS, 'mqm-news2021', 'documents.jsonl'));
