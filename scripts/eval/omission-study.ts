// Study (not a test): per pair, the longest run of translatable Chinese words with no link, on the clean sets and on MQM.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadNodeResources } from '../../src/cli/resources';
import { parseBitext } from '../../src/core/bitext';
import { analyzeDocument } from '../../src/core/analyze/analyze';
import { alignSides } from '../../src/core/pipeline';
import { segmentLines } from '../../src/core/segment/segment';
import { BENCHMARKS } from './precision';
const res = await loadNodeResources();
const out: string[] = [];
function study(set: string, source: any[], target: any[], pairs: any[], zhSide: 'source' | 'target', labels?: string[][]) {
  const segments = new Map([...source, ...target].map((s) => [s.id, s]));
  const a = analyzeDocument({ dictionary: res.dictionary, zh: res.zh, pairs, segments, zhSide, glossary: [] });
  a.pairs.forEach((p, i) => {
    if (!p) return;
    let run = 0, best = 0, bestText = '';
    let cur: string[] = [];
    for (const w of p.zh) { if (!w.translatable) continue; if (!w.linked) { run++; cur.push(w.text); if (run > best) { best = run; bestText = cur.join(' '); } } else { run = 0; cur = []; } }
    const tz = p.zh.filter((w) => w.translatable).length;
    let erun = 0, ebest = 0;
    for (const w of p.en) { if (!w.translatable) continue; if (!w.linked) { erun++; ebest = Math.max(ebest, erun); } else erun = 0; }
    out.push(JSON.stringify({ set, i, best, bestText, tz, cz: p.coverage.zh, ce: p.coverage.en, ebest, norm: a.norms.coverage, labels: labels?.[i] }));
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
writeFileSync('/tmp/omission-study.jsonl', out.join('\n'));
