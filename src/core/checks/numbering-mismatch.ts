// Check: item and heading numbers ('（七）' ↔ '(7)', '四、' ↔ 'IV.') that disagree, skip, repeat or run out.
import { parseNumberLabel, type LabelKind } from '../segment/numbering';
import type { Evidence, Lang, Pair, Segment, Severity } from '../types';
import { pairSides, sideOf, type Check, type CheckContext, type FlagDraft } from './check';

interface Label {
  seg: Segment;
  lang: Lang;
  text: string;
  /** Offset of the label in seg.text. */
  at: number;
  /** Numbering family: 'item' for (7), 'part' for 四、/IV., 'list' for 1., or the word of 第七条 / Article 7. */
  level: string;
  value: number;
}

const ZH_DIGITS = '〇一二三四五六七八九';
// Label styles that play the same role in either language: （七） ↔ (7), 四、 ↔ IV., 1、 ↔ 1.
const FAMILY: Partial<Record<LabelKind, string>> = { 'zh-paren': 'item', 'paren-digit': 'item', 'zh-dun': 'part', roman: 'part', digit: 'list' };
// Leading markup the segmenter may leave on a heading ('**', '### ', '> ').
const LEAD = /^[\s*#>_]*/;

/** The segment's numbering label, read at its start by the segmenter's own parser; table row numbers do not count. */
function labelOf(seg: Segment, lang: Lang): Label | null {
  const lead = LEAD.exec(seg.text)![0].length;
  const found = parseNumberLabel(seg.text.slice(lead), lang);
  if (!found || found.kind === 'row' || found.value <= 0) return null;
  return { seg, lang, text: found.label, at: lead, level: FAMILY[found.kind] ?? found.kind, value: found.value };
}

const toRoman = (n: number) =>
  [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']].reduce(
    (acc, [v, r]) => { while (acc.n >= (v as number)) { acc.s += r; acc.n -= v as number; } return acc; },
    { n, s: '' },
  ).s;
const toZh = (n: number) => (n < 10 ? ZH_DIGITS[n] : n < 20 ? `十${n % 10 ? ZH_DIGITS[n % 10] : ''}` : n < 100 ? `${ZH_DIGITS[Math.floor(n / 10)]}十${n % 10 ? ZH_DIGITS[n % 10] : ''}` : String(n));

/** `like` rewritten with another value in the same style: ('(6)', 7) → '(7)', ('四、', 5) → '五、'. */
function relabel(like: Label, value: number): string {
  return like.text.replace(/[IVXLC]+(?=[.\s]|$)|[0-9０-９]+|[一二三四五六七八九十百]+/, (s) =>
    /^[IVXLC]+$/.test(s) ? toRoman(value) : /^[0-9０-９]+$/.test(s) ? String(value) : toZh(value),
  );
}

/** The label the other language would use for this one when it has no example to copy. */
function labelFor(l: Label, lang: Lang): string {
  if (lang === 'en') return l.level === 'item' ? `(${l.value})` : l.level === 'part' ? `${toRoman(l.value)}.` : `${l.value}.`;
  return l.level === 'item' ? `（${toZh(l.value)}）` : l.level === 'part' ? `${toZh(l.value)}、` : `${l.value}.`;
}

const evidenceOf = (ctx: CheckContext, l: Label): Evidence => ({
  side: sideOf(ctx, l.lang), segment: l.seg.id, start: l.seg.start + l.at, end: l.seg.start + l.at + l.text.length, text: l.text,
});

interface Anomaly { label: Label; prev: Label; kind: 'repeated' | 'skipped' | 'out of order' }

/** Numbers in one side's sequence that repeat, skip or go back (a return to 1 starts a new list). */
function findAnomalies(labels: Label[]): Anomaly[] {
  const last = new Map<string, Label>();
  const out: Anomaly[] = [];
  for (const l of labels) {
    const prev = last.get(l.level);
    last.set(l.level, l);
    if (!prev || l.value === prev.value + 1 || l.value === 1) continue;
    out.push({ label: l, prev, kind: l.value === prev.value ? 'repeated' : l.value > prev.value ? 'skipped' : 'out of order' });
  }
  return out;
}

/** Lengths of the lists of one level: a list restarts when a number returns to 1. */
function runLengths(labels: Label[], level: string): Label[][] {
  const runs: Label[][] = [];
  for (const l of labels.filter((x) => x.level === level)) {
    if (l.value === 1 || runs.length === 0) runs.push([]);
    runs[runs.length - 1].push(l);
  }
  return runs;
}

/** Flags numbering labels that disagree across a pair, skip or repeat within a side, or count differently. */
export const numberingMismatch: Check = (ctx) => {
  const flags: FlagDraft[] = [];
  const origLang: Lang = ctx.zhSide === 'source' ? 'zh' : 'en';
  const transLang: Lang = origLang === 'zh' ? 'en' : 'zh';
  const all = { zh: [] as Label[], en: [] as Label[] };
  for (const side of [ctx.source, ctx.target]) {
    for (const seg of side.segments) {
      const l = labelOf(seg, side.lang);
      if (l) all[side.lang].push(l);
    }
  }
  const bySeg = new Map([...all.zh, ...all.en].map((l) => [l.seg.id, l]));
  const flag = (pair: Pick<Pair, 'source' | 'target'>, severity: Severity, message: string, evidence: Evidence[], suggestion?: string) =>
    flags.push({ type: 'numbering', severity, source: pair.source, target: pair.target, message, evidence, ...(suggestion ? { suggestion } : {}) });

  // Levels that correspond across languages, learned from pairs that carry a label on both sides.
  const levelMap = new Map<string, string>();
  for (const pair of ctx.pairs) {
    const { zh, en } = pairSides(ctx, pair);
    const a = zh.map((s) => bySeg.get(s.id)).find(Boolean);
    const b = en.map((s) => bySeg.get(s.id)).find(Boolean);
    if (zh.length === 0 || en.length === 0 || (!a && !b)) continue;
    const [o, t] = origLang === 'zh' ? [a, b] : [b, a];
    if (o && t) {
      levelMap.set(a!.level, b!.level);
      if (o.value !== t.value) {
        flag(pair, 'major', `Item ${o.text} of the original is numbered ${t.text} in the translation.`, [evidenceOf(ctx, o), evidenceOf(ctx, t)], relabel(t, o.value));
      }
    } else if (o) {
      // A label on one side only is absence, not contradiction: a style choice or a slip, minor either way
      // (an English '1 Academic Freedom' read as a title for 第一章 学术自由).
      flag(pair, 'minor', `Item ${o.text} of the original has no number in the translation.`, [evidenceOf(ctx, o)], labelFor(o, transLang));
    } else if (t) {
      flag(pair, 'minor', `The translation numbers this ${t.text}, but the original has no number here.`, [evidenceOf(ctx, t)]);
    }
  }

  const anomalies = { zh: findAnomalies(all.zh), en: findAnomalies(all.en) };
  const key = (a: Anomaly) => `${a.kind}:${a.prev.value}->${a.label.value}`;
  const explained = new Set<string>();
  for (const lang of [origLang, transLang]) {
    const other = lang === 'zh' ? 'en' : 'zh';
    const otherKeys = new Set(anomalies[other].map(key));
    for (const a of anomalies[lang]) {
      const shared = otherKeys.has(key(a));
      if (shared && lang === transLang) continue; // reported once, from the original
      if (!shared) explained.add(`${lang}:${a.label.level}`);
      const where = lang === origLang ? 'original' : 'translation';
      const pair = { source: sideOf(ctx, lang) === 'source' ? [a.label.seg.id] : [], target: sideOf(ctx, lang) === 'target' ? [a.label.seg.id] : [] };
      const message = shared
        ? `Both sides go from ${a.prev.text} to ${a.label.text}: the original's numbering is ${a.kind} and the translation follows it.`
        : `The ${where} goes from ${a.prev.text} to ${a.label.text}: number ${a.kind}.`;
      // A break in one side's sequence is a contradiction only where the other side numbers the same
      // item; with no label there, it is prose that mentions a number ('第9章介绍了…' for 'Chapter 9').
      const counterpart = ctx.pairs.find((p) => [...p.source, ...p.target].includes(a.label.seg.id));
      const otherIds = counterpart ? (sideOf(ctx, lang) === 'source' ? counterpart.target : counterpart.source) : [];
      const numbered = otherIds.some((id) => bySeg.get(id)?.level === (lang === 'zh' ? levelMap.get(a.label.level) : [...levelMap].find(([, en]) => en === a.label.level)?.[0]));
      flag(pair, shared || !numbered ? 'minor' : 'major', message, [evidenceOf(ctx, a.prev), evidenceOf(ctx, a.label)], shared ? undefined : relabel(a.label, a.prev.value + 1));
    }
  }

  for (const [zhLevel, enLevel] of levelMap) {
    if (explained.has(`zh:${zhLevel}`) || explained.has(`en:${enLevel}`)) continue;
    const zr = runLengths(all.zh, zhLevel);
    const er = runLengths(all.en, enLevel);
    const lists: Array<[Label[], Label[]]> = zr.length === er.length ? zr.map((r, i) => [r, er[i]]) : [[zr.flat(), er.flat()]];
    for (const [z, e] of lists) {
      if (z.length === e.length) continue;
      const [o, t] = origLang === 'zh' ? [z, e] : [e, z];
      const ends = [o[o.length - 1], t[t.length - 1]].filter(Boolean);
      const pair = {
        source: ends.filter((l) => sideOf(ctx, l.lang) === 'source').map((l) => l.seg.id),
        target: ends.filter((l) => sideOf(ctx, l.lang) === 'target').map((l) => l.seg.id),
      };
      // Counts that differ say something is missing or added, not which number is wrong: minor.
      flag(pair, 'minor', `The original has ${o.length} numbered items here (${o[0]?.text}…${o[o.length - 1]?.text}), the translation ${t.length}.`, ends.map((l) => evidenceOf(ctx, l)));
    }
  }
  return flags;
};
