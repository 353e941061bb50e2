// Regenerates fixtures/sample-report.json, a small hand-made Report over excerpts of the seeds
// 000 (zh) and 002 (en), with offsets found in the raw files so text === raw.slice(start, end).
// Usage: npx tsx scripts/make-sample-report.ts
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Flag, Lang, Pair, Report, Segment, SegmentKind, Side } from '../src/core/types';
import { writeJsonReport } from '../src/export/json';

const root = fileURLToPath(new URL('..', import.meta.url));

interface Excerpt {
  id: string;
  text: string;
  number: string;
  kind?: SegmentKind;
  label?: string;
}

const ZH: Excerpt[] = [
  { id: 's1', text: '中共中央办公厅　国务院办公厅关于深入推进深圳综合改革试点深化改革创新扩大开放的意见', number: '0.0.1', kind: 'heading' },
  { id: 's2', text: '（2024年8月30日）', number: '0.0.2' },
  { id: 's3', text: '为深入推进深圳综合改革试点、深化改革创新扩大开放，经党中央、国务院同意，现提出如下意见。', number: '0.0.3' },
  { id: 's4', text: '一、总体要求', number: '1', kind: 'heading', label: '一、' },
  { id: 's5', text: '二、统筹推进教育科技人才体制机制一体改革', number: '2', kind: 'heading', label: '二、' },
  { id: 's6', text: '（一）加强产学研高效协同、深度融合。', number: '2.1.1', label: '（一）' },
  { id: 's7', text: '强化企业科技创新主体地位，优化发挥科技领军企业“出题人”作用的有效路径。', number: '2.1.2' },
  { id: 's8', text: '四、建设更高水平开放型经济新体制', number: '4', kind: 'heading', label: '四、' },
  { id: 's9', text: '（七）推动货物贸易优化升级。', number: '4.7.1', label: '（七）' },
  { id: 's10', text: '推进货物贸易便利化，支持贸易新业态新模式发展。', number: '4.7.2' },
  { id: 's11', text: '在便利通关、燃料加注结算等方面支持深圳盐田港加大探索力度。', number: '4.7.3' },
  { id: 's12', text: '建立健全与综合改革试点相配套的法律法规、政策调整机制，本意见落实中凡涉及调整现行法律或行政法规的，按法定程序经全国人大常委会或国务院授权后实施。', number: '6.14.6' },
];

const EN: Excerpt[] = [
  { id: 't1', text: 'To further advance the Shenzhen Comprehensive Reform Pilot and deepen reform, innovation, and opening up, the General Offices of the CPC Central Committee and the State Council issued the "Opinions on Further Advancing the Shenzhen Comprehensive Reform Pilot, Deepening Reform, Innovation, and Expanding Opening Up."', number: '0.0.1' },
  { id: 't2', text: 'Opinions of the General Offices of the CPC Central Committee and the State Council on Further Advancing the Shenzhen Comprehensive Reform Pilot, Deepening Reform, Innovation, and Expanding Opening Up', number: '0.0.2', kind: 'heading' },
  { id: 't3', text: '(August 30, 2024)', number: '0.0.3' },
  { id: 't4', text: 'To further advance the Shenzhen Comprehensive Reform Pilot and deepen reform, innovation, and opening up, with the approval of the CPC Central Committee and the State Council, the following opinions are hereby proposed.', number: '0.0.4' },
  { id: 't5', text: 'I. General Requirements', number: '1', kind: 'heading', label: 'I.' },
  { id: 't6', text: 'II. Coordinate the Promotion of Integrated Reforms in the Education, Science and Technology, and Talent Systems and Mechanisms', number: '2', kind: 'heading', label: 'II.' },
  { id: 't7', text: '(1) Strengthen efficient coordination and deep integration among industry, academia, and research.', number: '2.1.1', label: '(1)' },
  { id: 't8', text: 'Reinforce the leading role of enterprises in scientific and technological innovation and optimize effective pathways for leading science and technology enterprises to act as "problem setters."', number: '2.1.2' },
  { id: 't9', text: 'IV. Building a New System for a Higher-Level Open Economy', number: '4', kind: 'heading', label: 'IV.' },
  { id: 't10', text: '(7) Promote the optimization and upgrading of goods trade.', number: '4.7.1', label: '(7)' },
  // The translation of s10 ('Advance trade facilitation …') is left out of the excerpt on purpose: a simulated omission.
  { id: 't11', text: 'Support Yantai Port in increasing exploration efforts in areas such as customs clearance facilitation and fuel refueling settlement.', number: '4.7.2' },
  { id: 't12', text: 'Shenzhen should establish and improve laws, regulations, and policy adjustment mechanisms that are compatible with the comprehensive reform pilot.', number: '6.14.7' },
  { id: 't13', text: "Where adjustments to existing laws or administrative regulations are involved in the implementation of this Opinion, they should be implemented after being authorized by the Standing Committee of the National People's Congress or the State Council in accordance with legal procedures.", number: '6.14.8' },
];

const PAIRS: Pair[] = [
  { source: [], target: ['t1'], score: 0.82 },
  { source: ['s1'], target: ['t2'], score: 0.93 },
  { source: ['s2'], target: ['t3'], score: 0.97 },
  { source: ['s3'], target: ['t4'], score: 0.9 },
  { source: ['s4'], target: ['t5'], score: 0.95 },
  { source: ['s5'], target: ['t6'], score: 0.88 },
  { source: ['s6'], target: ['t7'], score: 0.86 },
  { source: ['s7'], target: ['t8'], score: 0.79 },
  { source: ['s8'], target: ['t9'], score: 0.9 },
  { source: ['s9'], target: ['t10'], score: 0.92 },
  { source: ['s10'], target: [], score: 0.71 },
  { source: ['s11'], target: ['t11'], score: 0.84 },
  { source: ['s12'], target: ['t12', 't13'], score: 0.77 },
];

function readSeed(prefix: string): { name: string; raw: string } {
  const dir = join(root, 'seeds');
  const name = readdirSync(dir).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!name) throw new Error(`no seed ${prefix}*.txt in ${dir}`);
  return { name, raw: readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, '') };
}

// Segments are searched in document order after the YAML front matter, which repeats the title.
function locateSegments(raw: string, excerpts: Excerpt[]): Segment[] {
  const front = raw.match(/^---\n[\s\S]*?\n---\n/);
  const body = front ? front[0].length : 0;
  const lineStarts = [...raw.matchAll(/^(?=\S)/gm)].map((m) => m.index).filter((i) => i >= body);
  let cursor = body;
  return excerpts.map((e) => {
    const start = raw.indexOf(e.text, cursor);
    if (start < 0) throw new Error(`${e.id} not found after offset ${cursor}: ${e.text}`);
    const end = start + e.text.length;
    cursor = end;
    const block = lineStarts.filter((i) => i <= start).length - 1;
    const seg: Segment = { id: e.id, start, end, number: e.number, text: raw.slice(start, end), clean: e.text, kind: e.kind ?? 'sentence', block };
    if (e.label) seg.label = e.label;
    return seg;
  });
}

function span(seg: Segment, side: 'source' | 'target', needle: string) {
  const at = seg.text.indexOf(needle);
  if (at < 0) throw new Error(`${needle} not in ${seg.id}`);
  return { side, segment: seg.id, start: seg.start + at, end: seg.start + at + needle.length, text: needle };
}

function makeSide(prefix: string, lang: Lang, excerpts: Excerpt[]): Side {
  const { name, raw } = readSeed(prefix);
  return { name, lang, segments: locateSegments(raw, excerpts) };
}

const source = makeSide('000_', 'zh', ZH);
const target = makeSide('002_', 'en', EN);
const seg = (side: Side, id: string) => side.segments.find((s) => s.id === id)!;

const flags: Flag[] = [
  {
    id: 'f1',
    type: 'addition',
    severity: 'minor',
    source: [],
    target: ['t1'],
    message: 'The translation opens with a summary paragraph that has no counterpart in the original.',
    evidence: [],
  },
  {
    id: 'f2',
    type: 'omission',
    severity: 'major',
    source: ['s10'],
    target: [],
    message: 'Clause 4.7.2 (推进货物贸易便利化，支持贸易新业态新模式发展。) has no counterpart in the translation.',
    evidence: [span(seg(source, 's10'), 'source', '推进货物贸易便利化')],
  },
  {
    id: 'f3',
    type: 'entity',
    severity: 'critical',
    source: ['s11'],
    target: ['t11'],
    message: '盐田港 is Yantian Port (Shenzhen); the translation says Yantai, which is 烟台 (Shandong).',
    suggestion: 'Yantian Port',
    evidence: [span(seg(source, 's11'), 'source', '盐田港'), span(seg(target, 't11'), 'target', 'Yantai Port')],
  },
  {
    id: 'f4',
    type: 'terminology',
    severity: 'info',
    source: ['s12'],
    target: ['t12', 't13'],
    message: '本意见 is rendered as "this Opinion"; elsewhere the document is called "the Opinions".',
    suggestion: 'these Opinions',
    evidence: [span(seg(source, 's12'), 'source', '本意见'), span(seg(target, 't13'), 'target', 'this Opinion')],
  },
];

const report: Report = {
  format: 'duizhao-report',
  version: 1,
  source,
  target,
  pairs: PAIRS,
  flags,
  notes: [
    'Hand-made excerpt of seeds 000 (zh) and 002 (en) for export and viewer tests; offsets are true raw offsets.',
    'The omission of 4.7.2 is simulated: its translation was left out of the excerpt.',
  ],
};

const out = join(root, 'fixtures', 'sample-report.json');
writeFileSync(out, writeJsonReport(report));
console.log(`wrote ${out}: ${source.segments.length} + ${target.segments.length} segments, ${PAIRS.length} pairs, ${flags.length} flags`);
