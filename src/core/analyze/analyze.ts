// The analysis stage between alignment and checks: for every aligned pair, the content words of both
// sides and the word links between them, from one lexical translation model (CC-CEDICT as the prior,
// re-estimated on this document's own pairs by EM), plus the document's norms. Computed once per
// check run and shared by every check, so no check matches words its own way.
import type { CheckContext } from '../checks/check';
import { irregularBaseStem } from '../lexicon/tokenize-en';
import { extractNumbers } from './numbers-zh';
import { trainTranslationModel, linkWords, type TranslationModel } from '../lexicon/translation-model';
import type { Pair, Segment } from '../types';
import { correspondenceOf, documentReach, enContentWords, enFunctionStems, zhContentWords, zhFunctionStemsOf, zhStemsOf, type ContentWord, type PairMatch } from './lexical-match';

/** Where a link's evidence comes from: the dictionary (or glossary) lists it, or the document's model learned it. */
export type LinkEvidence = 'dictionary' | 'learned';

/** A content word of one side of a pair; `start`/`end` index its segment's text (add the segment's start for the user's text). */
export interface AnalyzedWord {
  text: string;
  segment: string;
  start: number;
  end: number;
  /** The Chinese word itself, or the English word's Porter stem: the model's key for it. */
  key: string;
  /** English stems it may translate to (zh), or its own stem (en). */
  stems: readonly string[];
  /**
   * Some counterpart could be recognised at all (the dictionary knows the word, or the document's words
   * reach it), and neither a number mention (7月, 三人) nor one of the translation's function words it
   * may be rendered by ('after' for an unlinked 后) accounts for it.
   */
  translatable: boolean;
  /** It has at least one link in this pair. */
  linked: boolean;
}

/** A word link inside one pair: indexes into the pair's `zh` and `en` words. */
export interface WordLink {
  zh: number;
  en: number;
  /** Posterior probability of the link under the document's model (1 for a dictionary link). */
  p: number;
  by: LinkEvidence;
}

/** The analysis of one aligned pair. */
export interface PairAnalysis {
  zh: AnalyzedWord[];
  en: AnalyzedWord[];
  links: WordLink[];
  /** Linked share of each side's translatable words; NaN when a side has none. */
  coverage: { zh: number; en: number };
}

/** What is ordinary for this document, so that checks flag what is unusual here rather than everywhere. */
export interface DocumentNorms {
  /** Median linked share of translatable words over pairs with three or more of them. */
  coverage: { zh: number; en: number };
  /** Pairs with both sides. */
  pairs: number;
}

/** One analysis per document: `pairs[i]` belongs to `ctx.pairs[i]` (null for an unpaired segment). */
export interface DocumentAnalysis {
  pairs: Array<PairAnalysis | null>;
  norms: DocumentNorms;
}

type AnalysisContext = Pick<CheckContext, 'dictionary' | 'zh' | 'pairs' | 'segments' | 'zhSide' | 'glossary'>;

function sidesOf(ctx: AnalysisContext, pair: Pair): { zh: Segment[]; en: Segment[] } {
  const get = (ids: string[]) => ids.map((id) => ctx.segments.get(id)).filter((s): s is Segment => !!s);
  return ctx.zhSide === 'source' ? { zh: get(pair.source), en: get(pair.target) } : { zh: get(pair.target), en: get(pair.source) };
}

function wordsOf(ctx: AnalysisContext, zhSegs: Segment[], enSegs: Segment[], reach: Set<string>): { zh: AnalyzedWord[]; en: AnalyzedWord[]; enFunction: Set<string> } {
  const zh = zhSegs.flatMap((s) => {
    // Words inside a number mention (7月25日, 三人, 110亿美元) are the number check's: a translation
    // renders them as a date or a figure, with no word to link.
    const numbers = extractNumbers(s.text, 'zh');
    return zhContentWords(s.text, ctx).map((w): AnalyzedWord => {
      const stems = zhStemsOf(w.text, ctx.dictionary);
      const end = w.start + w.text.length;
      const inNumber = numbers.some((m) => m.start <= w.start && end <= m.end);
      return { text: w.text, segment: s.id, start: w.start, end, key: w.text, stems, translatable: stems.length > 0 && !inNumber, linked: false };
    });
  });
  const en = enSegs.flatMap((s) =>
    enContentWords(s.text).map((w): AnalyzedWord => {
      const base = irregularBaseStem(w.text);
      const stems = base ? [w.stem, base] : [w.stem];
      return { text: w.text, segment: s.id, start: w.start, end: w.start + w.text.length, key: w.stem, stems, translatable: stems.some((x) => reach.has(x)), linked: false };
    }),
  );
  const enFunction = new Set(enSegs.flatMap((s) => [...enFunctionStems(s.text)]));
  return { zh, en, enFunction };
}

/** Linked share of the translatable words; NaN with none. */
function coverageOf(words: AnalyzedWord[]): number {
  const t = words.filter((w) => w.translatable);
  return t.length === 0 ? NaN : t.filter((w) => w.linked).length / t.length;
}

function median(values: number[]): number {
  const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return xs.length === 0 ? NaN : (xs[Math.floor((xs.length - 1) / 2)] + xs[Math.ceil((xs.length - 1) / 2)]) / 2;
}

/** Links of one pair: every dictionary match, and the model's learned links between words the dictionary leaves apart. */
function linkPair(words: { zh: AnalyzedWord[]; en: AnalyzedWord[]; enFunction: Set<string> }, model: TranslationModel, dict: AnalysisContext['dictionary']): WordLink[] {
  const links: WordLink[] = [];
  const seen = new Set<number>();
  // Linear in the words: English positions by stem, then each Chinese word's renderings looked up.
  const enAt = new Map<string, number[]>();
  words.en.forEach((e, j) => { for (const stem of e.stems) enAt.set(stem, [...(enAt.get(stem) ?? []), j]); });
  words.zh.forEach((z, i) => {
    for (const stem of new Set(z.stems)) {
      for (const j of enAt.get(stem) ?? []) {
        if (seen.has(i * 1_000_003 + j)) continue;
        links.push({ zh: i, en: j, p: 1, by: 'dictionary' });
        seen.add(i * 1_000_003 + j);
      }
    }
  });
  for (const l of linkWords(model, words.zh.map((w) => w.key), words.en.map((w) => w.key))) {
    if (!seen.has(l.zh * 1_000_003 + l.en)) links.push({ ...l, by: 'learned' });
  }
  for (const l of links) { words.zh[l.zh].linked = true; words.en[l.en].linked = true; }
  // A word the translation may render by a function word it has ('after' for 后, 'said' for 说) is no
  // evidence either way: where that word stands says nothing of where this one went.
  for (const z of words.zh) if (!z.linked && (z.stems.some((x) => words.enFunction.has(x)) || zhFunctionStemsOf(z.text, dict).some((x) => words.enFunction.has(x)))) z.translatable = false;
  return links;
}

/** Analyses every pair of the context: words, links from one model trained on the document, and norms. */
export function analyzeDocument(ctx: AnalysisContext): DocumentAnalysis {
  const reach = documentReach(ctx);
  const glossary = new Map<string, string[]>();
  for (const g of ctx.glossary ?? []) glossary.set(g.zh, enContentWords(g.en).map((w) => w.stem));
  const words = ctx.pairs.map((p) => {
    if (p.source.length === 0 || p.target.length === 0) return null;
    const { zh, en } = sidesOf(ctx, p);
    return wordsOf(ctx, zh, en, reach);
  });
  const prior = (w: string) => [...zhStemsOf(w, ctx.dictionary), ...(glossary.get(w) ?? [])];
  const model = trainTranslationModel(
    words.filter((w): w is NonNullable<typeof w> => w !== null).map((w) => ({ zh: w.zh.map((x) => x.key), en: w.en.map((x) => x.key) })),
    prior,
  );
  const pairs = words.map((w): PairAnalysis | null => {
    if (!w) return null;
    const links = linkPair(w, model, ctx.dictionary);
    return { zh: w.zh, en: w.en, links, coverage: { zh: coverageOf(w.zh), en: coverageOf(w.en) } };
  });
  const enough = (side: 'zh' | 'en') => pairs.filter((p) => p && p[side].filter((x) => x.translatable).length >= 3).map((p) => p!.coverage[side]);
  return { pairs, norms: { coverage: { zh: median(enough('zh')), en: median(enough('en')) }, pairs: pairs.filter(Boolean).length } };
}

const cache = new WeakMap<object, { analysis: DocumentAnalysis; index: Map<Pair, number> }>();

function cached(ctx: AnalysisContext & object) {
  let c = cache.get(ctx);
  if (!c) {
    const given = (ctx as { analysis?: DocumentAnalysis }).analysis;
    c = { analysis: given ?? analyzeDocument(ctx), index: new Map(ctx.pairs.map((p, i) => [p, i])) };
    cache.set(ctx, c);
  }
  return c;
}

/** The context's analysis (the one the pipeline put in `ctx.analysis`, or computed on first use), shared by every check of the run. */
export function analysisOf(ctx: AnalysisContext & object): DocumentAnalysis {
  return cached(ctx).analysis;
}

/** The analysis of one pair of the context (null when it has only one side or is not in the context). */
export function pairAnalysisOf(ctx: AnalysisContext & object, pair: Pair): PairAnalysis | null {
  const c = cached(ctx);
  const i = c.index.get(pair);
  return i === undefined ? null : c.analysis.pairs[i];
}

/** A pair's words as the older per-check view (matched = linked, matchable = translatable), with segment ids. */
export function matchOfPair(ctx: AnalysisContext & object, pair: Pair): PairMatch {
  const a = pairAnalysisOf(ctx, pair);
  const view = (w: AnalyzedWord): ContentWord => ({ text: w.text, start: w.start, end: w.end, stems: w.stems, matchable: w.translatable, matched: w.linked, segment: w.segment });
  const zh = a ? a.zh.map(view) : [];
  const en = a ? a.en.map(view) : [];
  return { zh, en, correspondence: correspondenceOf(zh, en) };
}
