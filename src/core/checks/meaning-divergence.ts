// Pairs whose words correspond far less than the rest of the document's pairs do: the translation
// may say something else. Judged against the document's own distribution, never a fixed bar.
import { matchOfPair } from '../analyze/analyze';
import { correspondenceOf, straySegments, type ContentWord, type PairMatch } from '../analyze/lexical-match';
import type { Evidence, Segment, Severity } from '../types';
import { pairSides, type Check, type CheckContext, type FlagDraft } from './check';

// Short pairs (headings, labels) have too few words for their correspondence to mean anything.
const MIN_WORDS = 6;
// Below this many comparable pairs a document has no distribution to speak of.
const MIN_PAIRS = 8;
const LONG_PAIR_WORDS = 15;
const MAX_EVIDENCE = 6;

/** Median and robust spread (scaled MAD, with a floor) of a list of values. */
function robustStats(values: number[]): { median: number; spread: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = (xs: number[]) => (xs[Math.floor((xs.length - 1) / 2)] + xs[Math.ceil((xs.length - 1) / 2)]) / 2;
  const median = mid(sorted);
  const mad = mid(sorted.map((v) => Math.abs(v - median)).sort((a, b) => a - b));
  return { median, spread: Math.max(1.4826 * mad, 0.1) };
}

/** Severity of a pair `z` robust deviations below the median; major only for extreme, long pairs. */
function severityOf(z: number, correspondence: number, words: number): Severity | undefined {
  if (z <= -5.5 && correspondence < 0.15 && words >= LONG_PAIR_WORDS) return 'major';
  if (z <= -4) return 'minor';
  if (z <= -3) return 'info';
  return undefined;
}

function evidenceOf(ctx: CheckContext, words: ContentWord[], lang: 'zh' | 'en'): Evidence[] {
  const side = lang === 'zh' ? ctx.zhSide : ctx.zhSide === 'source' ? 'target' : 'source';
  return words
    .filter((w) => w.matchable && !w.matched)
    .slice(0, MAX_EVIDENCE)
    .map((w) => {
      const seg = ctx.segments.get(w.segment)!;
      return { side, segment: seg.id, start: seg.start + w.start, end: seg.start + w.end, text: w.text };
    });
}

/** The match with stray segments (reported by the omission/addition check) left out. */
function withoutStrays(match: PairMatch, zhSegs: Segment[], enSegs: Segment[]): PairMatch {
  const stray = new Set([...straySegments(zhSegs, match.zh), ...straySegments(enSegs, match.en)].map((s) => s.id));
  if (stray.size === 0) return match;
  const zh = match.zh.filter((w) => !stray.has(w.segment));
  const en = match.en.filter((w) => !stray.has(w.segment));
  return { zh, en, correspondence: correspondenceOf(zh, en) };
}

/** Flags paired segments whose lexical correspondence is an outlier low for this document. */
export const meaningDivergence: Check = (ctx: CheckContext): FlagDraft[] => {
  const scored = ctx.pairs
    .filter((p) => p.source.length > 0 && p.target.length > 0)
    .map((pair) => {
      const { zh, en } = pairSides(ctx, pair);
      const match = withoutStrays(matchOfPair(ctx, pair), zh, en);
      const words = Math.min(match.zh.filter((w) => w.matchable).length, match.en.filter((w) => w.matchable).length);
      return { pair, match, words };
    })
    .filter((s) => s.words >= MIN_WORDS && !Number.isNaN(s.match.correspondence));
  if (scored.length < MIN_PAIRS) return [];
  const { median, spread } = robustStats(scored.map((s) => s.match.correspondence));
  const flags: FlagDraft[] = [];
  for (const { pair, match, words } of scored) {
    const c = match.correspondence;
    const z = (c - median) / spread;
    const severity = severityOf(z, c, words);
    if (!severity) continue;
    flags.push({
      type: 'meaning',
      severity,
      source: pair.source,
      target: pair.target,
      message:
        `Only ${Math.round(c * 100)}% of this pair's words correspond, against ${Math.round(median * 100)}% ` +
        `for a typical pair of this document; the translation may say something else.`,
      evidence: [...evidenceOf(ctx, match.zh, 'zh'), ...evidenceOf(ctx, match.en, 'en')],
    });
  }
  return flags;
};
