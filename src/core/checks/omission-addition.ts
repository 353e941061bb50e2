// Content of the original missing from the translation (omission) and content of the translation
// with no source in the original (addition): whole unpaired segments, and clauses inside a pair.
import { analysisOf, matchOfPair } from '../analyze/analyze';
import { enContentWords, isDateLike, straySegments, type ContentWord, type PairMatch } from '../analyze/lexical-match';
import type { Evidence, Pair, Segment, Severity } from '../types';
import { pairSides, type Check, type CheckContext, type FlagDraft } from './check';
import { flagMissingTranslation, flagOmittedRun } from './omitted-run';
import { addedNames } from './added-names';
import { addedPhrases } from './added-phrases';
import { addedInstitutions } from './swapped-institutions';

const SEVERITY_RANK: Record<Severity, number> = { info: 0, minor: 1, major: 2, critical: 3 };
const CONTACT_DETAIL = /(?<![\w.+-])[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+|https?:\/\/\S+|\bwww\.\S+|\+?\d[\d ()-]{7,}\d/gu;
// A contact line is mostly contact details ('For more information, please email …'), not a headline that ends '- www.chinanews.com'.
const CONTACT_WORDS = /\b(?:contact|e-?mail|write to|call|visit|tel|phone|fax|enquir\w*|inquir\w*|quer(?:y|ies))\b|联系|邮件|邮箱|电话|传真/iu;
const CONTACT = {
  test: (text: string) => {
    CONTACT_DETAIL.lastIndex = 0;
    if (!CONTACT_DETAIL.test(text)) return false;
    return visibleLength(text.replace(CONTACT_DETAIL, ' ')) <= 40 || CONTACT_WORDS.test(text);
  },
};
/**
 * Unpaired original sentences are major only while they are at most this share of the document's
 * sentences (or the only one): fitted on MAC-Dev (literary, where the aligner leaves a few percent
 * unpaired) against the seed edits (one dropped sentence in 90).
 */
export const RARE_UNPAIRED_SHARE = 0.01;
/**
 * … and only where the translation is close: the original's words are linked this well in a typical
 * pair (median). Free literary translation condenses on purpose (MAC-Dev 0.5–0.61: its unpaired
 * sentences are mostly passages the translator chose to leave out); the seed pair, the news
 * references and ACA lie at 0.78–0.83. (Raised from 0.6 when words inside number mentions and words
 * a function word of the translation renders stopped counting, which lifted every median by 0.03–0.1.)
 */
export const CLOSE_DOCUMENT_COVERAGE = 0.68;
const SENTENCE_END = /[.!?。！？;；…"”’)）]\s*$/u;
const DATE_WORDS =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|[年月日号]/giu;
const CLAUSE = /[^，,；;：:。！？!?]+[，,；;：:。！？!?]*/gu;

function segmentsOf(ctx: CheckContext, ids: string[]): Segment[] {
  return ids.map((id) => ctx.segments.get(id)).filter((s): s is Segment => !!s);
}

/** Length a reader sees: letters, digits and Han, without spaces or punctuation. */
function visibleLength(text: string): number {
  return (text.match(/[\p{L}\p{N}]/gu) ?? []).length;
}

/** A date line or a line that is only contact details: metadata rather than content. */
function isMetadata(text: string): boolean {
  if (CONTACT.test(text)) return true;
  return visibleLength(text.replace(DATE_WORDS, ' ').replace(/\d/g, '')) <= 2 && /\d/.test(text);
}

/** A heading or a short line without sentence punctuation (title, label, signature). */
function isHeadingLike(seg: Segment): boolean {
  if (seg.kind === 'heading') return true;
  const han = (seg.text.match(/\p{Script=Han}/gu) ?? []).length;
  const words = seg.text.split(/\s+/).filter(Boolean).length;
  return (han > 0 ? han <= 20 : words <= 8) && !SENTENCE_END.test(seg.text);
}

/** Content terms for overlap with the rest of a side: English stems, Chinese character bigrams. */
function termsOf(text: string): string[] {
  const han = text.match(/\p{Script=Han}/gu);
  if (han && han.length > text.length / 3) return han.slice(1).map((c, i) => han[i] + c);
  return enContentWords(text).map((w) => w.stem);
}

/** A run of unpaired segments of one kind, in document order. */
interface Run {
  kind: 'omission' | 'addition';
  pairs: Pair[];
  /** Before the first or after the last paired bead: a preface, a colophon. */
  atEdge: boolean;
  /** The other side also has unpaired text in the same gap: likely a loose rendering or misalignment. */
  facing: boolean;
  /** Unpaired text of this kind is rare in this document (at most RARE_UNPAIRED_SHARE of its segments) and the translation is close (CLOSE_DOCUMENT_COVERAGE). */
  rare?: boolean;
}

function findRuns(ctx: CheckContext): Run[] {
  const paired = ctx.pairs.map((p) => p.source.length > 0 && p.target.length > 0);
  const first = paired.indexOf(true);
  const last = paired.lastIndexOf(true);
  const runs: Run[] = [];
  let gapStart = 0;
  for (let i = 0; i <= ctx.pairs.length; i++) {
    if (i < ctx.pairs.length && !paired[i]) continue;
    // Pairs gapStart..i-1 are unpaired: split them into omission and addition runs.
    // A bead with neither side (possible in hand-edited alignments) holds nothing to report.
    const gap: number[] = [];
    for (let k = gapStart; k < i; k++) if (ctx.pairs[k].source.length + ctx.pairs[k].target.length > 0) gap.push(k);
    const kindOf = (k: number) => (ctx.pairs[k].target.length === 0 ? 'omission' : 'addition');
    const facing = new Set(gap.map(kindOf)).size === 2;
    let prevIndex = -2;
    for (const k of gap) {
      const kind = kindOf(k);
      const prev = runs[runs.length - 1];
      if (prev && prev.kind === kind && prevIndex === k - 1) prev.pairs.push(ctx.pairs[k]);
      else runs.push({ kind, pairs: [ctx.pairs[k]], atEdge: first < 0 || k < first || k > last, facing });
      prevIndex = k;
    }
    gapStart = i + 1;
  }
  return runs;
}

function severityOfSegment(run: Run, seg: Segment, sideTerms: Set<string>): Severity {
  if (run.kind === 'omission') {
    // A missing sentence is major only where this document rarely leaves one out: in free (literary)
    // translation, unpaired sentences are merged renderings the aligner could not split.
    if (run.facing || !run.rare || isMetadata(seg.text) || isHeadingLike(seg)) return 'minor';
    return 'major';
  }
  if (CONTACT.test(seg.text)) return 'info';
  if (run.atEdge) {
    // A preface that restates the document (its words recur in the translated body) is a translator's note.
    const terms = termsOf(seg.text);
    const recurring = terms.filter((t) => sideTerms.has(t)).length;
    if (terms.length >= 5 && recurring / terms.length >= 0.6) return 'info';
    if (isHeadingLike(seg) || isMetadata(seg.text)) return 'info';
  }
  return 'minor';
}

function flagRun(ctx: CheckContext, run: Run, sideTerms: Set<string>): FlagDraft {
  const side = run.kind === 'omission' ? 'source' : 'target';
  const segs = segmentsOf(ctx, run.pairs.flatMap((p) => p[side]));
  let severity: Severity = 'info';
  for (const seg of segs) {
    const s = severityOfSegment(run, seg, sideTerms);
    if (SEVERITY_RANK[s] > SEVERITY_RANK[severity]) severity = s;
  }
  const what = segs.length === 1 ? 'This segment' : `These ${segs.length} segments`;
  const where = run.kind === 'omission' ? 'of the original have no counterpart in the translation' : 'of the translation have no counterpart in the original';
  const note = severity === 'info' && run.kind === 'addition' ? ' They read as a translator’s or publisher’s note.' : '';
  const loose = run.facing ? ' The other side has unpaired text in the same place; it may be a loose rendering.' : '';
  return {
    type: run.kind,
    severity,
    source: run.pairs.flatMap((p) => p.source),
    target: run.pairs.flatMap((p) => p.target),
    message: `${what} ${where.replace(/^of the (\w+) have/, segs.length === 1 ? 'of the $1 has' : 'of the $1 have')}.${note}${loose}`,
    evidence: segs.map((s) => ({ side, segment: s.id, start: s.start, end: s.end, text: s.text })),
  };
}

/** Terms of every paired segment of one side, for recognising a preface that restates the body. */
function pairedTerms(ctx: CheckContext, side: 'source' | 'target'): Set<string> {
  const terms = new Set<string>();
  for (const p of ctx.pairs) {
    if (p.source.length === 0 || p.target.length === 0) continue;
    for (const seg of segmentsOf(ctx, p[side])) for (const t of termsOf(seg.text)) terms.add(t);
  }
  return terms;
}

/** log(translation length / original length) of a pair, in visible characters. */
function lengthRatio(ctx: CheckContext, pair: Pair): number {
  const len = (ids: string[]) => segmentsOf(ctx, ids).reduce((n, s) => n + visibleLength(s.text), 0);
  return Math.log((len(pair.target) + 1) / (len(pair.source) + 1));
}

/** Median and robust spread (scaled MAD) of the document's own length ratios. */
function learnRatio(values: number[]): { median: number; spread: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = (xs: number[]) => (xs.length === 0 ? 0 : xs[Math.floor((xs.length - 1) / 2)] / 2 + xs[Math.ceil((xs.length - 1) / 2)] / 2);
  const median = mid(sorted);
  const mad = mid(sorted.map((v) => Math.abs(v - median)).sort((a, b) => a - b));
  // A floor keeps a very regular document from turning small wobbles into outliers.
  return { median, spread: Math.max(1.4826 * mad, 0.15) };
}

/** Clauses of a segment whose given content words (three or more, nearly all) lack a counterpart on the other side. */
function unmatchedClauses(seg: Segment, words: ContentWord[]): Array<{ start: number; end: number; words: ContentWord[] }> {
  const out: Array<{ start: number; end: number; words: ContentWord[] }> = [];
  for (const m of seg.text.matchAll(CLAUSE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (isDateLike(m[0])) continue;
    const inside = words.filter((w) => w.segment === seg.id && w.start >= start && w.end <= end);
    // One stray match (a word repeated from another clause) does not make a clause translated.
    const unmatched = inside.filter((w) => !w.matched);
    if (unmatched.length >= 3 && unmatched.length >= 0.75 * inside.length) out.push({ start, end, words: unmatched });
  }
  return out;
}

/** Whole segments the aligner attached to a pair but that correspond to nothing in it (a contact line after the last sentence). */
function flagStraySegments(ctx: CheckContext, pair: Pair, match: PairMatch, edge: { first: Pair; last: Pair; terms: Set<string> }): FlagDraft[] {
  const out: FlagDraft[] = [];
  for (const side of ['source', 'target'] as const) {
    const segs = segmentsOf(ctx, pair[side]);
    const words = ctx.zhSide === side ? match.zh : match.en;
    const strays = straySegments(segs, words);
    if (strays.length === 0) continue;
    const kind = side === 'source' ? 'omission' : 'addition';
    const last = edge.last === pair;
    const first = edge.first === pair;
    // Strays at the document's edges are prefaces and colophons, judged as unpaired edge segments are.
    const run: Run = { kind, pairs: [pair], atEdge: (last && strays.includes(segs[segs.length - 1])) || (first && strays.includes(segs[0])), facing: false };
    const sideTerms = kind === 'addition' ? edge.terms : new Set<string>();
    let severity: Severity = 'info';
    for (const seg of strays) {
      const s = kind === 'omission' ? 'minor' : severityOfSegment(run, seg, sideTerms);
      if (SEVERITY_RANK[s] > SEVERITY_RANK[severity]) severity = s;
    }
    const what = strays.length === 1 ? 'This segment' : `These ${strays.length} segments`;
    out.push({
      type: kind,
      severity,
      source: pair.source,
      target: pair.target,
      message: `${what} of the ${kind === 'omission' ? 'original' : 'translation'} ${strays.length === 1 ? 'has' : 'have'} no counterpart in the ${kind === 'omission' ? 'translation' : 'original'}, though aligned with a neighbour.`,
      evidence: strays.map((s) => ({ side, segment: s.id, start: s.start, end: s.end, text: s.text })),
    });
  }
  return out;
}

/** Share of a side's matchable words that found a counterpart; NaN with fewer than three. */
function matchedShare(words: ContentWord[]): number {
  const m = words.filter((w) => w.matchable);
  return m.length < 3 ? NaN : m.filter((w) => w.matched).length / m.length;
}

/** Median of the finite values, or NaN. */
function medianOf(values: number[]): number {
  const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return xs.length === 0 ? NaN : (xs[Math.floor((xs.length - 1) / 2)] + xs[Math.ceil((xs.length - 1) / 2)]) / 2;
}

interface ClauseHit { seg: Segment; start: number; end: number; words: ContentWord[] }

function clauseEvidence(side: 'source' | 'target', clauses: ClauseHit[]): Evidence[] {
  return clauses.map((c) => ({ side, segment: c.seg.id, start: c.seg.start + c.start, end: c.seg.start + c.end, text: c.seg.text.slice(c.start, c.end) }));
}

const quoteClauses = (evidence: Evidence[]) => evidence.map((e) => `“${e.text.trim()}”`).join(', ');

/**
 * A clause dropped or added in a pair whose length looks ordinary: a clause of one side whose words
 * find no counterpart, while the rest of that side corresponds at least as well as this document's
 * typical pair does. The rest vouches that the pair is aligned and the dictionary covers its words,
 * so one dark clause is a gap, not noise.
 */
function flagDarkClauses(ctx: CheckContext, pair: Pair, match: PairMatch, norms: Record<'zh' | 'en', number>): FlagDraft[] {
  const flags: FlagDraft[] = [];
  for (const side of ['source', 'target'] as const) {
    const lang = ctx.zhSide === side ? 'zh' : 'en';
    const words = (lang === 'zh' ? match.zh : match.en).filter((w) => w.matchable);
    const clauses = segmentsOf(ctx, pair[side]).flatMap((seg) => unmatchedClauses(seg, words).map((c) => ({ ...c, seg })));
    const rest = words.filter((w) => !clauses.some((c) => c.seg.id === w.segment && w.start >= c.start && w.end <= c.end));
    const share = matchedShare(rest);
    if (clauses.length === 0 || !(share >= norms[lang]) || rest.length < 2 * clauses.reduce((n, c) => n + c.words.length, 0)) continue;
    const kind = side === 'source' ? 'omission' : 'addition';
    const evidence = clauseEvidence(side, clauses);
    flags.push({
      type: kind,
      severity: 'minor',
      source: pair.source,
      target: pair.target,
      message:
        kind === 'omission'
          ? `${quoteClauses(evidence)} has no counterpart in the translation, though the rest of the sentence is translated closely.`
          : `${quoteClauses(evidence)} has no counterpart in the original, though the rest of the sentence is translated closely.`,
      evidence,
    });
  }
  return flags;
}

/**
 * A pair one side of which is nothing but contact lines (an e-mail address, a URL, a phone number)
 * while the other holds a real sentence: the aligner had nothing else to pair the sentence with,
 * so the sentence is untranslated (or added) and the contact lines are the publisher's.
 */
function flagContactPair(ctx: CheckContext, pair: Pair, rare: boolean): FlagDraft[] {
  for (const side of ['source', 'target'] as const) {
    const segs = segmentsOf(ctx, pair[side]);
    const other = side === 'source' ? 'target' : 'source';
    const real = segmentsOf(ctx, pair[other]);
    if (!segs.every((seg) => CONTACT.test(seg.text)) || real.some((seg) => CONTACT.test(seg.text) || isMetadata(seg.text))) continue;
    if (real.reduce((n, seg) => n + termsOf(seg.text).length, 0) < 3) continue;
    const kind = other === 'source' ? 'omission' : 'addition';
    const run: Run = { kind, pairs: [pair], atEdge: false, facing: false, rare };
    let severity: Severity = 'info';
    for (const seg of real) {
      const s = severityOfSegment(run, seg, new Set());
      if (SEVERITY_RANK[s] > SEVERITY_RANK[severity]) severity = s;
    }
    const what = real.length === 1 ? 'This segment' : `These ${real.length} segments`;
    return [{
      type: kind,
      severity,
      source: pair.source,
      target: pair.target,
      message: `${what} of the ${kind === 'omission' ? 'original' : 'translation'} ${real.length === 1 ? 'has' : 'have'} no counterpart in the ${kind === 'omission' ? 'translation' : 'original'}; the aligner could only pair ${real.length === 1 ? 'it' : 'them'} with contact details.`,
      evidence: real.map((seg) => ({ side: other, segment: seg.id, start: seg.start, end: seg.end, text: seg.text })),
    }];
  }
  return [];
}

/** Clauses of the translation that name an institution the original does not hold (addedInstitutions). */
function clausesNaming(ctx: CheckContext, pair: Pair): ClauseHit[] {
  const { zh, en } = pairSides(ctx, pair);
  const out: ClauseHit[] = [];
  for (const t of addedInstitutions(ctx, zh, en)) {
    const clause = [...t.seg.text.matchAll(CLAUSE)].find((m) => m.index <= t.start && t.start < m.index + m[0].length);
    if (clause && !out.some((c) => c.seg === t.seg && c.start === clause.index)) out.push({ seg: t.seg, start: clause.index, end: clause.index + clause[0].length, words: [] });
  }
  return out;
}

/** Omissions and additions inside paired segments: a length far off the document's ratio plus a clause with no counterpart, or one dark clause in a well-matched pair. */
function flagInsidePairs(ctx: CheckContext, terms: Set<string>, rare: boolean, close: boolean): FlagDraft[] {
  const paired = ctx.pairs.filter((p) => p.source.length > 0 && p.target.length > 0);
  const ratios = paired.map((p) => lengthRatio(ctx, p));
  const { median, spread } = learnRatio(ratios);
  const matches = paired.map((p) => matchOfPair(ctx, p));
  const norms = { zh: medianOf(matches.map((m) => matchedShare(m.zh))), en: medianOf(matches.map((m) => matchedShare(m.en))) };
  const flags: FlagDraft[] = [];
  paired.forEach((pair, i) => {
    const before = flags.length;
    flagPair(pair, i);
    // In a free translation names of the setting are added on purpose ('Shanghai's nightlife'): only a close one.
    if (close && !flags.slice(before).some((f) => f.type === 'addition')) flags.push(...flagAddedNames(ctx, pair));
    if (close && !flags.slice(before).some((f) => f.type === 'addition')) flags.push(...flagAddedPhrases(ctx, pair));
  });
  return flags;

  function flagPair(pair: Pair, i: number): void {
    const contact = flagContactPair(ctx, pair, rare);
    if (contact.length > 0) {
      flags.push(...contact);
      return;
    }
    const match = matches[i];
    // In a free translation (the document's links are sparse) a short pair with a dark run is how the
    // translator works (dropped speech tags in a novel): the shorter run needs a close document.
    const missing = flagMissingTranslation(ctx, pair, Math.exp(ratios[i] - median));
    if (missing) {
      flags.push(missing);
      return;
    }
    const omitted = flagOmittedRun(ctx, pair, close ? Math.exp(ratios[i] - median) : 1);
    if (omitted) {
      flags.push(omitted);
      return;
    }
    const strays = flagStraySegments(ctx, pair, match, { first: paired[0], last: paired[paired.length - 1], terms });
    flags.push(...strays);
    // With nothing matched at all the pair is not comparable word by word; the meaning check covers it.
    if (strays.length > 0 || !(match.correspondence > 0)) return;
    const z = (ratios[i] - median) / spread;
    if (Math.abs(z) < 1.5) {
      flags.push(...flagDarkClauses(ctx, pair, match, norms));
      return;
    }
    const kind = z < 0 ? 'omission' : 'addition';
    const side = kind === 'omission' ? 'source' : 'target';
    const lang = ctx.zhSide === side ? 'zh' : 'en';
    // The length already says something was added; English words no Chinese word of the document
    // reaches ('housing subsidies' in a text about schooling) then count as unmatched too.
    const words = (lang === 'zh' ? match.zh : match.en).filter((w) => w.matchable || (kind === 'addition' && lang === 'en'));
    let clauses = segmentsOf(ctx, pair[side]).flatMap((seg) => unmatchedClauses(seg, words).map((c) => ({ ...c, seg })));
    // A longer translation that names an institution the original never does: the clause naming it was added.
    if (clauses.length === 0 && kind === 'addition') clauses = clausesNaming(ctx, pair);
    if (clauses.length === 0) return;
    // Length alone is free rendering as often as omission (condensed parallel clauses): minor.
    const severity: Severity = 'minor';
    const evidence = clauseEvidence(side, clauses);
    const factor = Math.exp(Math.abs(ratios[i] - median)).toFixed(1);
    flags.push({
      type: kind,
      severity,
      source: pair.source,
      target: pair.target,
      message:
        kind === 'omission'
          ? `The translation is ${factor}× shorter than this document's usual ratio, and ${quoteClauses(evidence)} has no counterpart in it.`
          : `The translation is ${factor}× longer than this document's usual ratio, and ${quoteClauses(evidence)} has no counterpart in the original.`,
      evidence,
    });
  }
}

/** One minor addition flag on a pair quoting each span of its translation in `hits`; none without a hit. */
function additionInPair(ctx: CheckContext, pair: Pair, hits: Array<{ seg: Segment; start: number; end: number }>, message: (quoted: string) => string): FlagDraft[] {
  if (hits.length === 0) return [];
  const side = ctx.zhSide === 'source' ? 'target' : 'source';
  const evidence = clauseEvidence(side, hits.map((h) => ({ seg: h.seg, start: h.start, end: h.end, words: [] })));
  return [{ type: 'addition', severity: 'minor', source: pair.source, target: pair.target, message: message(quoteClauses(evidence)), evidence }];
}

/** An addition flag for the phrases of a pair's translation that name a place or person the original does not (addedNames). */
function flagAddedNames(ctx: CheckContext, pair: Pair): FlagDraft[] {
  const hits = addedNames(ctx, pair);
  return additionInPair(ctx, pair, hits, (quoted) =>
    `${quoted} names ${hits.map((h) => (h.zh ? `${h.name} (${h.zh})` : h.name)).join(', ')}, which the original does not name here, in a phrase no word of the original renders.`);
}

/** An addition flag for runs of a pair's translation whose words have Chinese the original does not hold (addedPhrases). */
function flagAddedPhrases(ctx: CheckContext, pair: Pair): FlagDraft[] {
  return additionInPair(ctx, pair, addedPhrases(ctx, pair), (quoted) =>
    `${quoted} has no counterpart in the original: no word of it is linked, and the original holds none of the Chinese the dictionary gives for its words, though the rest of the sentence is translated closely.`);
}

/** Flags unpaired segments (grouped by run) and clauses dropped or added inside paired segments. */
export const omissionAddition: Check = (ctx: CheckContext): FlagDraft[] => {
  const runs = findRuns(ctx);
  const omissions = runs.filter((r) => r.kind === 'omission').length;
  // Too few pairs to know the document's norm: judge as a close translation.
  const coverage = analysisOf(ctx).norms.coverage[ctx.source.lang];
  const close = !Number.isFinite(coverage) || coverage >= CLOSE_DOCUMENT_COVERAGE;
  const rare = close && omissions <= Math.max(1, Math.floor(RARE_UNPAIRED_SHARE * ctx.source.segments.length));
  for (const r of runs) r.rare = rare;
  const additionsSide = pairedTerms(ctx, 'target');
  const flags = runs.map((run) => flagRun(ctx, run, run.kind === 'addition' ? additionsSide : new Set()));
  const order = new Map<string, number>();
  ctx.pairs.forEach((p, i) => [...p.source, ...p.target].forEach((id) => order.set(id, i)));
  const at = (f: FlagDraft) => order.get(f.source[0] ?? f.target[0]) ?? 0;
  return [...flags, ...flagInsidePairs(ctx, additionsSide, rare, close)].sort((a, b) => at(a) - at(b));
};
