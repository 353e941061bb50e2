// The view of a report every writer shares: pairs with their segments, joined texts and flags.
import type { Flag, Lang, Pair, Report, Segment, Side } from '../core/types';
import { makeLineOf, type LineOf } from './lines';

/** Review decision on one flag, kept by the viewer and exported next to the flag. */
export type ReviewStatus = 'open' | 'accepted' | 'dismissed';

export interface ReviewState {
  status: ReviewStatus;
  note?: string;
}

/** Which pairs an export keeps; every condition given must hold. */
export interface PairFilter {
  /** Only pairs a person confirmed (see ExportOptions.confirmedPairs). */
  confirmedOnly?: boolean;
  /** Leave out pairs with a critical or major flag that is open or accepted (an error nobody cleared). */
  withoutMajorFlags?: boolean;
  /** Only two-sided pairs whose confidence is at least this, in [0, 1]. */
  minConfidence?: number;
}

/** Options every writer accepts; writers ignore what they cannot express. */
export interface ExportOptions {
  /** Review state by flag id; flags without an entry are 'open'. */
  review?: Record<string, ReviewState>;
  /** Timestamp to stamp on the file (ISO 8601); omitted when absent so output stays deterministic. */
  createdAt?: string;
  /** Which pairs to export (all when absent). */
  filter?: PairFilter;
  /** Indices into report.pairs of the pairs a person confirmed. */
  confirmedPairs?: readonly number[];
  /** The user's files as decoded, so clauses can be referred to by line. */
  files?: { source?: string; target?: string };
}

/** One pair ready to print: its segments, their joined text and numbers, and the flags touching it. */
export interface PairRow {
  index: number;
  pair: Pair;
  source: Segment[];
  target: Segment[];
  sourceText: string;
  targetText: string;
  /** Clause numbers of the side, space-separated (e.g. '4.7.2 4.7.3'). */
  sourceNumber: string;
  targetNumber: string;
  /** Lines in the user's file where the side's clauses start, space-separated ('' when the file is not at hand). */
  sourceLine: string;
  targetLine: string;
  flags: Flag[];
}

export interface PairRows {
  rows: PairRow[];
  /** Flags naming no segment of any pair (report-level remarks). */
  looseFlags: Flag[];
  segments: Map<string, Segment>;
}

/** BCP 47 tag used in exported files for a side's language ('zh' → 'zh-CN'). */
export function langTag(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

/** Joins the texts of consecutive segments of one language: Chinese runs on, English takes a space. */
export function joinSegmentTexts(segments: Segment[], lang: Lang): string {
  return segments.map((s) => s.text).join(lang === 'zh' ? '' : ' ');
}

/** Resolves a report's pairs and flags; throws RangeError naming an id that a pair or flag uses but no segment has. */
export function collectPairRows(report: Report, files: ExportOptions['files'] = {}): PairRows {
  const sourceLine = files.source === undefined ? null : makeLineOf(files.source);
  const targetLine = files.target === undefined ? null : makeLineOf(files.target);
  const lines = (segs: Segment[], lineOf: LineOf | null) => (lineOf ? segs.map((s) => lineOf(s.start)).join(' ') : '');
  const segments = new Map<string, Segment>();
  indexSide(report.source, segments);
  indexSide(report.target, segments);

  const pairOf = new Map<string, number>();
  const rows: PairRow[] = report.pairs.map((pair, index) => {
    const source = pair.source.map((id) => lookUp(segments, id, `pairs[${index}].source`));
    const target = pair.target.map((id) => lookUp(segments, id, `pairs[${index}].target`));
    for (const id of [...pair.source, ...pair.target]) pairOf.set(id, index);
    return {
      index,
      pair,
      source,
      target,
      sourceText: joinSegmentTexts(source, report.source.lang),
      targetText: joinSegmentTexts(target, report.target.lang),
      sourceNumber: source.map((s) => s.number).join(' '),
      targetNumber: target.map((s) => s.number).join(' '),
      sourceLine: lines(source, sourceLine),
      targetLine: lines(target, targetLine),
      flags: [],
    };
  });

  const looseFlags: Flag[] = [];
  report.flags.forEach((flag, f) => {
    // A flag spanning several pairs (a moved clause, a numbering break) belongs on each of them.
    const touched = new Set<number>();
    for (const id of [...flag.source, ...flag.target]) {
      lookUp(segments, id, `flags[${f}]`);
      const p = pairOf.get(id);
      if (p !== undefined) touched.add(p);
    }
    if (touched.size === 0) looseFlags.push(flag);
    for (const p of [...touched].sort((a, b) => a - b)) rows[p].flags.push(flag);
  });
  return { rows, looseFlags, segments };
}

function indexSide(side: Side, into: Map<string, Segment>): void {
  for (const s of side.segments) into.set(s.id, s);
}

function lookUp(segments: Map<string, Segment>, id: string, where: string): Segment {
  const s = segments.get(id);
  if (!s) throw new RangeError(`${where} names segment id ${JSON.stringify(id)}, which no side has`);
  return s;
}

/** One line describing a flag and its review state, for notes in TMX/XLIFF: '[critical] entity: message Suggestion: … Review: accepted — note'. */
export function describeFlag(flag: Flag, review?: ReviewState): string {
  let text = `[${flag.severity}] ${flag.type}: ${flag.message}`;
  if (flag.suggestion) text += ` Suggestion: ${flag.suggestion}`;
  if (review) text += ` Review: ${review.status}${review.note ? ` — ${review.note}` : ''}`;
  return text;
}

/** The rows an export keeps under its filter (all rows without one). */
export function selectPairRows(rows: PairRow[], options: ExportOptions): PairRow[] {
  const f = options.filter;
  if (!f) return rows;
  const confirmed = new Set(options.confirmedPairs ?? []);
  const review = options.review ?? {};
  return rows.filter((r) => {
    if (f.confirmedOnly && !confirmed.has(r.index)) return false;
    if (f.withoutMajorFlags && r.flags.some((fl) => (fl.severity === 'critical' || fl.severity === 'major') && review[fl.id]?.status !== 'dismissed')) return false;
    if (f.minConfidence !== undefined && r.source.length > 0 && r.target.length > 0 && !(r.pair.score >= f.minConfidence)) return false;
    return true;
  });
}

/** The filter in sentences, for the file's header (none without a filter). */
export function describePairFilter(filter: PairFilter | undefined): string[] {
  if (!filter) return [];
  const out: string[] = [];
  if (filter.confirmedOnly) out.push('Only pairs a person confirmed.');
  if (filter.withoutMajorFlags) out.push('No pair with a critical or major flag that is open or accepted.');
  if (filter.minConfidence !== undefined && filter.minConfidence > 0) out.push(`Only pairs with confidence ${filter.minConfidence.toFixed(2)} or more (unpaired clauses have none and are kept where the format has room for them).`);
  return out;
}
