import type { DocumentAnalysis } from '../analyze/analyze';
import type { Dictionary } from '../lexicon/dictionary';
import type { ZhSegmenter } from '../lexicon/tokenize-zh';
import type { Evidence, Flag, Lang, Pair, Segment, Side } from '../types';

/** A user glossary entry: a Chinese term and its required English rendering. */
export interface GlossaryEntry {
  zh: string;
  en: string;
}

/** Everything a check may look at: the aligned document pair and the shared language resources. */
export interface CheckContext {
  source: Side;
  target: Side;
  pairs: Pair[];
  dictionary: Dictionary;
  glossary: GlossaryEntry[];
  /** Segments of both sides by id. */
  segments: Map<string, Segment>;
  /** Which side of the report is Chinese. */
  zhSide: 'source' | 'target';
  /** The Chinese word segmenter (with part-of-speech tags where available). */
  zh?: ZhSegmenter;
  /**
   * When set, only these pairs changed since the last run: checks of scope 'pair' look at them alone,
   * while `pairs` stays the whole document so that document norms and document checks see everything.
   */
  only?: ReadonlySet<Pair>;
  /** The analysis stage's result for `pairs` (words, links, norms); computed on first use when absent. */
  analysis?: DocumentAnalysis;
}

/** What a check's flags depend on: one pair alone, or the whole document (sequences, consistency, norms). */
export type CheckScope = 'pair' | 'document';

/** The pairs a pair-scope check should look at: the changed ones on a re-check, else all. */
export function pairsToCheck(ctx: CheckContext): Pair[] {
  return ctx.only ? ctx.pairs.filter((p) => ctx.only!.has(p)) : ctx.pairs;
}

/** A flag before the runner numbers it and records its check's scope. */
export type FlagDraft = Omit<Flag, 'id' | 'scope'>;

/** One divergence check: reads the whole context, returns flags; never throws on user text. */
export type Check = (ctx: CheckContext) => FlagDraft[];

/** The Chinese and English segments of a pair, whichever side of the report each is on. */
export function pairSides(ctx: CheckContext, pair: Pair): { zh: Segment[]; en: Segment[] } {
  const src = pair.source.map((id) => ctx.segments.get(id)!).filter(Boolean);
  const tgt = pair.target.map((id) => ctx.segments.get(id)!).filter(Boolean);
  return ctx.zhSide === 'source' ? { zh: src, en: tgt } : { zh: tgt, en: src };
}

/**
 * The Chinese text of `pair` and of the `reach` pairs on either side of it, one line per pair: where a
 * rendering may have come from when a sentence split differs between the two languages.
 */
export function chineseAround(ctx: CheckContext, pair: Pair, reach: number): string {
  const i = ctx.pairs.indexOf(pair);
  return ctx.pairs.slice(Math.max(0, i - reach), i + reach + 1).map((p) => pairSides(ctx, p).zh.map((s) => s.text).join('')).join('\n');
}

/** The report side ('source' | 'target') that holds the given language. */
export function sideOf(ctx: CheckContext, lang: Lang): 'source' | 'target' {
  return (lang === 'zh') === (ctx.zhSide === 'source') ? 'source' : 'target';
}

/** A check made of a test on each pair on its own: the flags of every pair (to check) that yields one. */
export function checkEachPair(test: (ctx: CheckContext, pair: Pair) => FlagDraft | null): Check {
  return (ctx) => pairsToCheck(ctx).map((pair) => test(ctx, pair)).filter((f): f is FlagDraft => f !== null);
}

/** A word of a Chinese segment with its part-of-speech tag; `start` indexes the segment's text. */
export interface TaggedWord { word: string; tag: string; start: number }

const taggedCache = new WeakMap<Segment, { zh: ZhSegmenter; words: TaggedWord[] }>();

/** The segmenter's tagged words of a Chinese segment, with offsets, worked out once per segment and segmenter; [] without a tagger. */
export function taggedWordsOf(ctx: Pick<CheckContext, 'zh'>, seg: Segment): TaggedWord[] {
  if (!ctx.zh?.tag) return [];
  const hit = taggedCache.get(seg);
  if (hit && hit.zh === ctx.zh) return hit.words;
  const words: TaggedWord[] = [];
  let at = 0;
  for (const { word, tag } of ctx.zh.tag(seg.text)) {
    const start = seg.text.indexOf(word, at);
    if (start < 0) continue;
    at = start + word.length;
    words.push({ word, tag, start });
  }
  taggedCache.set(seg, { zh: ctx.zh, words });
  return words;
}

/** Evidence for the text of `seg` between `start` and `end` (offsets into the segment's text). */
export function evidenceOf(side: 'source' | 'target', seg: Segment, start: number, end: number): Evidence {
  return { side, segment: seg.id, start: seg.start + start, end: seg.start + end, text: seg.text.slice(start, end) };
}
