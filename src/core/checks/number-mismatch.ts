// Check: a number, date, percentage or amount on one side of a pair that contradicts the other side.
//
// Severity is calibrated confidence (fitted on ../shared/benchmarks: clean MAC-Dev, ACA and mqm-news2021
// references, and the MQM-annotated translations): only a contradiction is major, i.e. each side keeps an
// unmatched firm value of the same dimension (a year for a year, a day for a day, a percentage for a
// percentage, an amount for an amount). A value present on one side only is what translators do on
// purpose (a year added for clarity, 'the two of them' for 两人), so it is minor at most.
import { zhStemsOf } from '../analyze/lexical-match';
import { extractNumbers, type NumberMention } from '../analyze/numbers-zh';
import { dialHour } from '../analyze/number-times';
import { stemEnglish } from '../lexicon/tokenize-en';
import { cutByDictionary } from '../analyze/entities-zh';
import { tokenizeChinese } from '../lexicon/tokenize-zh';
import type { Evidence, Lang, Pair, Segment, Severity } from '../types';
import { checkEachPair, pairSides, sideOf, type Check, type CheckContext, type FlagDraft } from './check';
import { enCountedStems, sharedStem, singleWords, zhGovernedStems, type SingleWord } from './number-counted';

interface Found {
  /** Shared with every other reader of the segment (see extractNumbers): replaced, never changed. */
  m: Readonly<NumberMention>;
  seg: Segment;
  lang: Lang;
}

const ZH_SMALL = ['', '一', '二两双', '三', '四', '五', '六', '七', '八', '九', '十'];
const EN_SMALL = ['', 'one|first|single', 'two|second|both|pair|dual|twice|double', 'three|third|triple', 'four|fourth', 'five|fifth', 'six|sixth', 'seven|seventh', 'eight|eighth', 'nine|ninth', 'ten|tenth'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const isSmall = (m: NumberMention) => (m.kind === 'cardinal' || m.kind === 'ordinal') && !m.unit && m.value <= 10;

/**
 * Whether a Chinese number is part of a word rather than a quantity: the segmenter's word starts before
 * it (茅十八, a name) or is a dictionary idiom around it whose glosses name no number (十万八千里 'a very
 * long way').
 */
function insideWord(ctx: CheckContext, text: string, m: NumberMention): boolean {
  if (!ctx.zh) return false;
  return tokenizeChinese(text, ctx.zh).some((t) => {
    if (t.kind !== 'word' || t.end <= m.start || t.start >= m.end) return false;
    if (t.start < m.start && /\p{Script=Han}/u.test(text.slice(t.start, m.start))) return true;
    if (t.end - t.start < 4 || t.end <= m.end) return false;
    const glosses = ctx.dictionary.lookup(t.text).flatMap((e) => e.glosses);
    return glosses.length > 0 && !glosses.some((g) => /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|first|second|third)\b/i.test(g));
  });
}

/** Mentions of one segment, without its numbering label ('（七）', '(7)', '1.') or inline list markers like '(2)'. */
function mentionsOf(ctx: CheckContext, seg: Segment, lang: Lang): Found[] {
  const text = seg.text;
  const labelAt = seg.label ? text.indexOf(seg.label) : -1;
  const labelEnd = labelAt >= 0 && labelAt < 8 ? labelAt + seg.label!.length : 0;
  const lead = text.length - text.trimStart().length;
  return extractNumbers(text, lang)
    .filter((m) => m.start >= labelEnd)
    .filter((m) => !(m.start === lead && /^[.、．]/.test(text.slice(m.end)) && m.kind === 'cardinal'))
    .filter((m) => !(/[(（]/.test(text[m.start - 1] ?? '') && /[)）]/.test(text[m.end] ?? '') && m.kind === 'cardinal' && m.value <= 50))
    .filter((m) => lang === 'en' || !insideWord(ctx, text, m))
    .map((m) => ({ m, seg, lang }));
}

/**
 * True when the other side writes the value in a form the extractor does not count ('G20', '两岸',
 * 'two-way'). Places the extractor did read as numbers (`read`) are not evidence: their values were
 * already compared, and the '20' of '20th Central Committee' must not excuse the '19th' beside it.
 */
function writtenElsewhere(f: Found, other: Segment[], read: Found[]): boolean {
  // A time's figures may explain a count (21比19 and '21:19'), never another time: times were compared as
  // times. A bare count or a count of hours may explain a time ('five in the morning' for 凌晨五点), a date may not.
  const hourLike = (r: Found) => r.m.kind === 'cardinal' && (!r.m.unit || r.m.unit === 'hour');
  const blocking = read.filter((r) => (f.m.kind === 'time' ? !hourLike(r) : r.m.kind !== 'time'));
  const unread = (seg: Segment, at: number) => !blocking.some((r) => r.seg === seg && at >= r.m.start && at < r.m.end);
  const found = (re: RegExp) => other.some((seg) => [...seg.text.matchAll(re)].some((m) => unread(seg, m.index)));
  // A time is explained by its hour written as a bare number ('at ten in the evening' for 22时).
  if (f.m.kind === 'time') {
    if (f.m.value % 60 !== 0) return false;
    const hours = [...new Set([f.m.value / 60, dialHour(f.m.value), dialHour(f.m.value) || 12])];
    if (hours.some((h) => found(new RegExp(`(?<![0-9:])${h}(?![0-9:])`, 'g')))) return true;
    // 一 of a Chinese text is no evidence of one o'clock: it is in every other word.
    return hours.some((h) => h >= (f.lang === 'zh' ? 1 : 2) && h <= 10 && (f.lang === 'en' ? found(new RegExp(`[${ZH_SMALL[h]}]`, 'g')) : found(new RegExp(`\\b(?:${EN_SMALL[h]})\\b`, 'gi'))));
  }
  const v = f.m.value;
  if (Number.isInteger(v) && found(new RegExp(`(?<![0-9])${v}(?![0-9])`, 'g'))) return true;
  // A listed ordinal ('First and Second Plenary Sessions') is no stray 一 of 统一 or 一盘棋.
  if (!isSmall(f.m) || v < 1 || (f.lang === 'en' && f.m.kind === 'ordinal' && !f.m.loose)) return false;
  return f.lang === 'en' ? found(new RegExp(`[${ZH_SMALL[v]}]`, 'g')) : found(new RegExp(`\\b(?:${EN_SMALL[v]})`, 'gi'));
}

const group = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const trim = (n: number) => String(Number(n.toPrecision(12)));

/** The value as the translation's language would write it. */
function renderValue(m: NumberMention, lang: Lang): string {
  const v = m.value;
  if (m.kind === 'percent') return `${trim(v)}%`;
  if (m.kind === 'fraction') {
    const d = [2, 3, 4, 5, 6, 8, 10, 12, 100].find((k) => Math.abs(v * k - Math.round(v * k)) < 1e-6);
    return d ? `${Math.round(v * d)}/${d}` : trim(v);
  }
  if (m.kind === 'date') {
    const [y, mo, d] = [Math.floor(v / 1e4), Math.floor(v / 100) % 100, v % 100];
    if (lang === 'zh') return `${y ? `${y}年` : ''}${mo}月${d ? `${d}日` : ''}`;
    return `${MONTHS[mo - 1] ?? mo}${d ? ` ${d}` : ''}${y ? `${d ? ',' : ''} ${y}` : ''}`;
  }
  if (m.kind === 'year') return lang === 'zh' ? `${v}年` : String(v);
  if (m.kind === 'time') {
    const [h, min] = [Math.floor(v / 60), v % 60];
    return lang === 'zh' ? `${h}时${min ? `${min}分` : ''}` : `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
  }
  if (m.kind === 'ordinal') {
    if (lang === 'zh') return `第${v}`;
    const suffix = v % 100 >= 11 && v % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][v % 10] ?? 'th';
    return `${v}${suffix}`;
  }
  if (lang === 'zh') return v >= 1e8 && v % 1e4 === 0 ? `${trim(v / 1e8)}亿` : v >= 1e4 && v % 100 === 0 ? `${trim(v / 1e4)}万` : trim(v);
  for (const [scale, word] of [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']] as const) {
    if (v >= scale) return `${trim(v / scale)} ${word}`;
  }
  return Number.isInteger(v) ? group(v) : trim(v);
}

/** Dimensions a value can contradict another in: a date splits into its year, month and day. */
type Dim = 'year' | 'month' | 'day' | 'percent' | 'fraction' | 'ordinal' | 'count' | 'time';

interface Fact {
  f: Found;
  dim: Dim;
  value: number;
  unit?: string;
  /** Firm: neither an approximation nor a loose form ('one', 'a batch', 'five-year'). */
  firm: boolean;
}

/** Counts at or below this without a unit ('two of them', 三方) are left to the reader: too often paraphrased. */
export const SMALL_COUNT = 10;

function factsOf(f: Found): Fact[] {
  const firm = !f.m.loose && !f.m.vague;
  const one = (dim: Dim, value: number, unit?: string): Fact => ({ f, dim, value, unit, firm });
  switch (f.m.kind) {
    case 'date': {
      const [y, mo, d] = [Math.floor(f.m.value / 1e4), Math.floor(f.m.value / 100) % 100, f.m.value % 100];
      return [...(y ? [one('year', y)] : []), ...(mo ? [one('month', mo)] : []), ...(d ? [one('day', d)] : [])];
    }
    case 'year': return [one('year', f.m.value)];
    case 'percent': return [one('percent', f.m.value, f.m.unit)];
    case 'fraction': return [one('fraction', f.m.value)];
    case 'ordinal': return [one('ordinal', f.m.value)];
    // On a twelve-hour dial: 'ten in the evening' may be written '10 pm' or 22:00, and 24时 is 0时.
    case 'time': return [one('time', f.m.value % 720)];
    default: return [one('count', f.m.value, f.m.unit)];
  }
}

const cls = (d: Dim) => (d === 'percent' ? 'p' : d === 'fraction' ? 'f' : d === 'time' ? 't' : 'n');
// A count may be written as a year, a date part or an ordinal on the other side (三年 ↔ 'three-year', 25日 ↔ '25th'),
// but a year is never a day: equal values of two different dimensions are a coincidence, not a match.
const DAY_LIKE = new Set<Dim>(['day', 'ordinal']);
const compatible = (a: Dim, b: Dim) => a === b || a === 'count' || b === 'count' || (DAY_LIKE.has(a) && DAY_LIKE.has(b));
const equalFacts = (a: Fact, b: Fact) =>
  cls(a.dim) === cls(b.dim) && compatible(a.dim, b.dim) && Math.abs(a.value - b.value) <= (a.dim === 'fraction' ? 5e-3 : 1e-9 * Math.max(1, a.value, b.value));

const isFirmOrdinal = (x: Fact) => x.firm && x.dim === 'ordinal';
/** Whether facts of two dimensions may pair: a loose 'one' (一批 'a batch') is no listed ordinal ('First and Second'). */
const standsInFor = (x: Fact, y: Fact) => !((isFirmOrdinal(x) && !y.firm) || (isFirmOrdinal(y) && !x.firm));

/**
 * Removes every pair of equal facts from both lists: facts of one dimension before a count stands in for
 * another dimension (二中 pairs with 'Second', not with the 'two' of 'two batches'), and within each,
 * firm facts before loose ones.
 */
function matchFacts(a: Fact[], b: Fact[]): void {
  for (const sameDim of [true, false]) {
    for (const looseOk of [false, true]) {
      for (let i = a.length - 1; i >= 0; i--) {
        if (!looseOk && !a[i].firm) continue;
        const j = b.findIndex((f) => (looseOk || f.firm) && (sameDim ? f.dim === a[i].dim : standsInFor(a[i], f)) && equalFacts(a[i], f));
        if (j >= 0) { a.splice(i, 1); b.splice(j, 1); }
      }
    }
  }
}

const isSmallFact = (x: Fact) => x.dim === 'count' && !x.unit && x.value <= SMALL_COUNT;
/** Two times of one hour ('19:00' for 19时54分): minutes dropped or rounded, worth a look, not a wrong hour. */
const sameHour = (a: Fact, b: Fact) => a.dim === 'time' && b.dim === 'time' && dialHour(a.value) === dialHour(b.value);
/** A time zone named on either side: a time may have been converted ('2 pm GMT' for 北京时间22时). */
const TIME_ZONE = /\b(?:GMT|UTC|[ECMP][SD]?T|BST|CET|CEST|local time|Beijing time)\b|当地时间|北京时间|格林尼治|世界时/u;
const sameBound = (a: Fact, b: Fact) => !!a.f.m.bound && a.f.m.bound === b.f.m.bound;

/**
 * Two unmatched values that stand for the same thing, one put for the other: firm values of one
 * dimension, or two loose counts of the same unit (三维 ↔ '2D'), never an approximation.
 */
function contradicts(a: Fact, b: Fact): boolean {
  if (a.dim !== b.dim) return false;
  const sameUnit = !!a.unit && a.unit === b.unit;
  // 'more than one hour' → 'more than two hours': two bounds of one direction say their values outright.
  if (a.f.m.vague || b.f.m.vague) return sameBound(a, b) && (sameUnit || a.dim === 'percent');
  if (!a.firm || !b.firm) {
    // One of a thing counted on both sides (一批 'a batch') against a firm count of two or more of it
    // ('two batches'): the count is said outright on one side, and the thing is the same.
    const one = a.firm ? b : a;
    const other = a.firm ? a : b;
    if (sameUnit && a.unit!.startsWith('~') && one.value === 1 && other.firm && other.value >= 2) return true;
    return (sameUnit || a.dim === 'ordinal') && a.value >= 2 && b.value >= 2;
  }
  // Counts of different measures (60 kg, '130 pounds') are a conversion, not a contradiction. A count of
  // people or households is no measure: English names what it counts instead ('704 frontline workers' for 704名).
  const counted = (x: Fact, y: Fact) => !!x.unit && COUNTED_KINDS.has(x.unit) && !y.unit;
  return a.dim !== 'count' || sameUnit || (!a.unit && !b.unit) || counted(a, b) || counted(b, a);
}

/** Units that name what is counted, not a measure one could convert: English writes the counted noun instead. */
const COUNTED_KINDS = new Set(['person', 'household']);

/** Shortest English stem that may name the thing a number counts (shorter ones match too much). */
export const HEAD_STEM_CHARS = 3;

/**
 * Numbers counted in the same thing on both sides get that thing as their unit, so that they contradict
 * like two amounts of one unit rather than pass as a paraphrased small count: numbers inside a compound
 * (两座 and 'four-seater', 座 'seat'; 三维 and 'two-dimensional'), then one of a thing on the Chinese side
 * (一批 or a word glossed 'single') against a firm English count of two or more whose phrase names what
 * the Chinese phrase names (培育一批…创新创业人才 and 'three cohorts of innovation-driven entrepreneurs',
 * 法官独任制 and 'three judges').
 */
function withSharedHeads(ctx: CheckContext, zhSegs: Segment[], zh: Found[], en: Found[]): void {
  const singles = new Map<Segment, SingleWord[]>();
  for (const e of en) {
    if (!sharesClassifier(ctx, zh, e)) countsOneOfIt(ctx, zhSegs, zh, e, singles);
  }
}

/** Whether a Chinese number's measure word or next word names what the English number counts (两座 'seat', 'four-seater'); both then take it as their unit. */
function sharesClassifier(ctx: CheckContext, zh: Found[], e: Found): boolean {
  // The word the number counts: fused ('four-seater') or next ('three ends').
  const word = /^(?:-|\s+)([A-Za-z]{3,})/.exec(e.seg.text.slice(e.m.end))?.[1];
  if (!word || e.m.unit || e.m.kind !== 'cardinal') return false;
  const head = stemEnglish(word);
  for (const z of zh) {
    if (z.m.unit || z.m.kind !== 'cardinal') continue;
    // What follows the numeral: its measure word (两座 reads 座 as one) or the word after it (三维).
    const digits = /^[0-9０-９〇零一二两三四五六七八九十百千万亿]+/u.exec(z.seg.text.slice(z.m.start, z.m.end))?.[0].length ?? 0;
    const after = z.seg.text.slice(z.m.start + digits, z.m.start + digits + 2);
    if (!/^\p{Script=Han}/u.test(after)) continue;
    // Its glosses, and what it counts as a classifier (批 'batch': 一批 and 'two batches').
    const stems = [...zhStemsOf(after[0], ctx.dictionary), ...(ctx.dictionary.countedBy?.(after[0]) ?? []), ...(ctx.dictionary.has(after) ? zhStemsOf(after, ctx.dictionary) : [])];
    const shared = stems.find((s) => s.length >= HEAD_STEM_CHARS && (head.startsWith(s) || s.startsWith(head)));
    if (!shared) continue;
    z.m = { ...z.m, unit: `~${shared}` };
    e.m = { ...e.m, unit: `~${shared}` };
    return true;
  }
  return false;
}

/**
 * Whether a firm English count of two or more (no unit) is set against one of the same thing on the
 * Chinese side, which it then shares a unit with: a loose 一 and classifier whose clause shares a stem
 * with the English counted phrase, else a word glossed 'single' beside a word that names the counted
 * thing (added to `zh` as a count of one). The English count must be firm: 'dozens of' or 'a few' for 一批
 * is a reading, not a contradiction.
 */
function countsOneOfIt(ctx: CheckContext, zhSegs: Segment[], zh: Found[], e: Found, singles: Map<Segment, SingleWord[]>): boolean {
  if (e.m.unit || e.m.kind !== 'cardinal' || e.m.loose || e.m.vague || e.m.value < 2) return false;
  const counted = enCountedStems(e.seg.text, e.m.end);
  if (counted.length === 0) return false;
  const give = (z: Found, unit: string) => { z.m = { ...z.m, unit }; e.m = { ...e.m, unit }; };
  for (const z of zh) {
    if (z.m.unit || z.m.kind !== 'cardinal' || z.m.value !== 1 || !z.m.loose || z.m.vague) continue;
    const next = Math.min(...zh.filter((o) => o.seg === z.seg && o.m.start >= z.m.end).map((o) => o.m.start));
    const shared = sharedStem(counted, zhGovernedStems(ctx, z.seg.text, z.m.end, next));
    if (shared) { give(z, `~${shared}`); return true; }
  }
  for (const seg of zhSegs) {
    if (!singles.has(seg)) singles.set(seg, singleWords(ctx, seg.text));
    for (const w of singles.get(seg)!) {
      // The English head alone: the word a single word stands beside is the thing itself, not a phrase.
      const shared = sharedStem(counted.slice(0, 1), w.beside);
      if (!shared || zh.some((z) => z.seg === seg && z.m.start < w.end && w.start < z.m.end)) continue;
      const z: Found = { m: { start: w.start, end: w.end, value: 1, kind: 'cardinal', loose: true }, seg, lang: 'zh' };
      zh.push(z);
      give(z, `~${shared}`);
      return true;
    }
  }
  return false;
}

/**
 * English compound numbers ('two-stop') set against a Chinese word whose dictionary gloss is the same
 * compound with its own number (一站式 'one-stop'): the segmenter keeps such words whole, so their number
 * is no mention of its own. A different number is a contradiction; the same number explains the English one.
 */
function glossCompounds(ctx: CheckContext, zh: Segment[], en: Fact[]): Array<{ en: Fact; zh: Fact | null }> {
  const out: Array<{ en: Fact; zh: Fact | null }> = [];
  const compounds = en.filter((x) => x.dim === 'count' && /^-[A-Za-z]{3,}/.test(x.f.seg.text.slice(x.f.m.end)));
  if (compounds.length === 0 || !ctx.zh) return out;
  const words = zh.flatMap((seg) => tokenizeChinese(seg.text, ctx.zh!).filter((t) => t.kind === 'word' && t.text.length >= 2).map((t) => ({ t, seg })));
  for (const x of compounds) {
    const head = stemEnglish(/^-([A-Za-z]+)/.exec(x.f.seg.text.slice(x.f.m.end))![1].toLowerCase());
    for (const { t, seg } of words) {
      // A word the dictionary lacks (立体化) reads through its dictionary words of two or more characters (立体 'three-dimensional').
      const pieces = ctx.dictionary.has(t.text) ? [t.text] : cutByDictionary(t.text, ctx.dictionary).map(([piece]) => piece).filter((piece) => piece.length >= 2);
      const glossed = pieces.flatMap((piece) => ctx.dictionary.lookup(piece)).flatMap((e) => e.glosses).flatMap((g) =>
        extractNumbers(g, 'en').filter((m) => m.kind === 'cardinal' && stemEnglish((/^-([A-Za-z]+)/.exec(g.slice(m.end))?.[1] ?? '').toLowerCase()) === head));
      if (glossed.length === 0) continue;
      const same = glossed.some((m) => m.value === x.value);
      const m: NumberMention = { start: t.start, end: t.end, value: glossed[0].value, kind: 'cardinal', unit: `~${head}` };
      out.push({ en: x, zh: same ? null : { f: { m, seg, lang: 'zh' }, dim: 'count', value: m.value, unit: m.unit, firm: true } });
      break;
    }
  }
  return out;
}

/** Number check over one pair. */
function checkPair(ctx: CheckContext, pair: Pair): FlagDraft | null {
  const { zh, en } = pairSides(ctx, pair);
  if (zh.length === 0 || en.length === 0) return null;
  const zhRead = zh.flatMap((s) => mentionsOf(ctx, s, 'zh'));
  const enRead = en.flatMap((s) => mentionsOf(ctx, s, 'en'));
  withSharedHeads(ctx, zh, zhRead, enRead);
  const zhFacts = zhRead.flatMap(factsOf);
  const enFacts = enRead.flatMap(factsOf);
  matchFacts(zhFacts, enFacts);
  const unexplained = (list: Fact[], other: Segment[], read: Found[]) => list.filter((x) => !writtenElsewhere(x.f, other, read));
  const zhRest = unexplained(zhFacts, en, enRead);
  let enRest = unexplained(enFacts, zh, zhRead);
  // Contradictions: an unmatched firm value on each side in the same dimension.
  const changed: Array<[Fact, Fact]> = [];
  const used = new Set<Fact>();
  for (const c of glossCompounds(ctx, zh, enRest)) {
    // The English compound is read as firmly as the gloss: the same count of the same thing.
    const firm: Fact = { ...c.en, unit: c.zh?.unit, firm: true };
    enRest = enRest.filter((x) => x !== c.en);
    if (c.zh) { changed.push([c.zh, firm]); zhRest.push(c.zh); enRest.push(firm); used.add(c.zh); used.add(firm); }
  }
  for (const a of zhRest) {
    const b = enRest.find((x) => !used.has(x) && contradicts(a, x));
    if (b) { changed.push([a, b]); used.add(a); used.add(b); }
  }
  const origLang: Lang = ctx.zhSide === 'source' ? 'zh' : 'en';
  const byMention = (facts: Fact[]) => [...new Map(facts.map((x) => [x.f, x])).values()];
  let severity: Severity;
  let origOnly: Fact[];
  let transOnly: Fact[];
  if (changed.length > 0) {
    // One value put for another is a clean one-for-one substitution: with several unmatched values of the
    // same dimension on a side, which stands for which is a guess (a free rendering), so minor. Both small
    // counts with no unit ('two ends' → 'three ends') are a change a reader checks in passing: minor too.
    const countOf = (rest: Fact[], dim: Dim) => rest.filter((x) => x.dim === dim && (x.f.m.bound ? true : !x.f.m.vague && (x.firm || x.unit))).length;
    const oneForOne = changed.every(([a, b]) => countOf(zhRest, a.dim) === 1 && countOf(enRest, b.dim) === 1);
    const zoned = [...zh, ...en].some((seg) => TIME_ZONE.test(seg.text));
    const slight = ([a, b]: [Fact, Fact]) => (isSmallFact(a) && isSmallFact(b)) || sameHour(a, b) || (a.dim === 'time' && zoned);
    severity = !oneForOne || changed.every(slight) ? 'minor' : 'major';
    // The other unmatched figures of the pair belong in the same message.
    const also = (rest: Fact[]) => rest.filter((x) => !used.has(x) && x.firm);
    const zhSide = byMention([...changed.map(([a]) => a), ...also(zhRest)]);
    const enSide = byMention([...changed.map(([, b]) => b), ...also(enRest)]);
    [origOnly, transOnly] = origLang === 'zh' ? [zhSide, enSide] : [enSide, zhSide];
  } else {
    // One-sided values: an omitted figure is worth a look (minor); a figure only the translation has is
    // usually explicitation (a year, a month) and is not flagged unless it is an amount.
    const keep = (x: Fact) => x.firm && !isSmallFact(x) && !(x.dim === 'count' && x.unit && x.value <= SMALL_COUNT);
    const [o, t] = origLang === 'zh' ? [zhRest, enRest] : [enRest, zhRest];
    origOnly = byMention(o.filter(keep));
    transOnly = byMention(t.filter((x) => keep(x) && (x.dim === 'count' || x.dim === 'percent' || x.dim === 'fraction')));
    if (origOnly.length === 0 && transOnly.length === 0) return null;
    severity = 'minor';
  }
  const all = [...origOnly, ...transOnly].map((x) => x.f);
  const quote = (list: Fact[]) => list.map((x) => `“${x.f.seg.text.slice(x.f.m.start, x.f.m.end)}”`).join(', ');
  const evidence: Evidence[] = all.map((f) => ({
    side: sideOf(ctx, f.lang),
    segment: f.seg.id,
    start: f.seg.start + f.m.start,
    end: f.seg.start + f.m.end,
    text: f.seg.text.slice(f.m.start, f.m.end),
  }));
  const flag: FlagDraft = { type: 'number', severity, source: pair.source, target: pair.target, message: '', evidence };
  if (origOnly.length === 1 && transOnly.length === 1) {
    flag.message = `Number differs: the original has ${quote(origOnly)}, the translation has ${quote(transOnly)}.`;
    flag.suggestion = renderValue(origOnly[0].f.m, origLang === 'zh' ? 'en' : 'zh');
  } else {
    const parts: string[] = [];
    if (origOnly.length) parts.push(`the original has ${quote(origOnly)} with no equal number in the translation`);
    if (transOnly.length) parts.push(`the translation has ${quote(transOnly)} with no equal number in the original`);
    flag.message = `Numbers differ: ${parts.join('; ')}.`;
  }
  return flag;
}

/** Flags pairs whose numbers (values normalised across languages: 二十大 = 20th, 4万亿 = 4 trillion) do not correspond. */
export const numberMismatch: Check = checkEachPair(checkPair);
