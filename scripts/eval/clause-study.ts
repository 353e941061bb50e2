// Study (not a test): per pair, the original's clauses with no linked word, and how well the rest is linked, on the clean sets and on MQM.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadNodeResources } from '../../src/cli/resources';
import { parseBitext } from '../../src/core/bitext';
import { analyzeDocument, type AnalyzedWord } from '../../src/core/analyze/analyze';
import { alignSides } from '../../src/core/pipeline';
import { segmentLines } from '../../src/core/segment/segment';
import { BENCHMARKS } from './precision';
const res = await loadNodeResources();
const out: string[] = [];
const CLAUSE = /[^，,；;：:。！？!?]+[，,；;：:。！？!?]*/gu;
function clauses(text: string, seg: string, words: AnalyzedWord[]) {
  return [...text.matchAll(CLAUSE)].map((m) => {
    const inside = words.filter((w) => w.segment === seg && w.translatable && w.start >= m.index && w.end <= m.index + m[0].length);
    return { text: m[0], n: inside.length, k: inside.filter((w) => w.linked).length };
  });
}
function study(set: string, source: any[], target: any[], pairs: any[], zhSide: 'source' | 'target', labels?: string[][]) {
  const segments = new Map([...source, ...target].map((s) => [s.id, s]));
  const a = analyzeDocument({ dictionary: res.dictionary, zh: res.zh, pairs, segments, zhSide, glossary: [] });
  a.pairs.forEach((p, i) => {
    if (!p) return;
    const origZh = zhSide === 'source';
    const orig = origZh ? p.zh : p.en;
    const cl = pairs[i].source.flatMap((id: string) => clauses(segments.get(id).text, id, orig));
    const trans = origZh ? p.en : p.zh;
    out.push(JSON.stringify({ set, i, cl, ct: origZh ? p.coverage.en : p.coverage.zh, co: origZh ? p.coverage.zh : p.coverage.en, nt: trans.filter((w) => w.translatable).length, norm: a.norms.coverage, labels: labels?.[i], src: pairs[i].source.map((id: string) => segments.get(id).text).join(' '), tgt: pairs[i].target.map((id: string) => segments.get(id).text).join(' ') }));
  });
}
for (const [name, a, b] of [['mac-dev', 'zh', 'en'], ['aca', 'src', 'tgt']] as const) {
  const dir = join(BENCHMARKS, name);
  for (const n of readdirSync(join(dir, a)).sort()) {
    const src = { name: n, lang: a === 'zh' ? 'zh' : 'en', segments: segmentLines(readFileSync(join(dir, a, n), 'utf8'), 's') } as any;
    const tgt = { name: n, lang: a === 'zh' ? 'en' : 'zh', segments: segmentLines(readFileSync(join(dir, b, n), 'utf8'), 't') } as any;
    const { pairs } = alignSides(src, tgt, res);
    study(name, src.segments, tgt.segments, pairs, a === 'zh' ? 'source' : 'target');
  }
}
const one = (t: string) => t.replace(/\t/g, ' ').split(/\s+/).filter(Boolean).join(' ');
const rows: any[] = [];
for (const l of readFileSync(join(BENCHMARKS, 'mqm-news2021', 'documents.jsonl'), 'utf8').split('\n').filter(Boolean))
  for (const s of JSON.parse(l).segments) for (const t of Object.values(s.translations) as any[]) if (s.zh.trim() && t.en.trim()) rows.push({ zh: s.zh, t });
const bt = parseBitext(rows.map((r) => `${one(r.zh)}\t${one(r.t.en)}`).join('\n') + '\n');
study('mqm', bt.source, bt.target, bt.pairs, 'source', rows.map((r) => [r.t.human ? 'H' : 'M', ...r.t.errors.filter((e: any) => e.severity !== 'Neutral').map((e: any) => `${e.severity} ${e.category}`)]));
writeFileSync('/tmp/clause-study.jsonl', out.join('\n'));
