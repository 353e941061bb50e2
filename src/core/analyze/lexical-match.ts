// Word-level correspondence inside one aligned pair: which content words of each side find a
// dictionary counterpart on the other. Shared by the omission, meaning and terminology checks.
import type { CheckContext } from '../checks/check';
import { readEntries, type Dictionary } from '../lexicon/dictionary';
import { boundedMemo } from '../lexicon/bounded-memo';
import { cutByDictionary } from './entities-zh';
import { CHINESE_STOPWORDS, ENGLISH_FUNCTION_WORDS } from '../lexicon/stopwords';
import { irregularBaseStem, stemEnglish, tokenizeEnglish } from '../lexicon/tokenize-en';
import { tokenizeChinese, translationStemsOf } from '../lexicon/tokenize-zh';
import type { Segment } from '../types';

/** A content word of one segment; `start`/`end` index the segment's raw text (not the document). */
export interface ContentWord {
  text: string;
  start: number;
  end: number;
  /** English stems it may translate to (zh) or its own stem (en). */
  stems: readonly string[];
  /** The dictionary knows a translation for it, so a missing counterpart means something. */
  matchable: boolean;
  matched: boolean;
  segment: string;
}

/** Content words of both sides of a pair, each marked matched or not, and the pair's correspondence. */
export interface PairMatch {
  zh: ContentWord[];
  en: ContentWord[];
  /** Harmonic mean of the matched shares of matchable words on both sides, in [0, 1]; NaN when a side has none. */
  correspondence: number;
}

const HAN = /\p{Script=Han}/u;

/** Chinese content words of a text: segmenter words (or dictionary max-match) less stopwords and numbers. */
export function zhContentWords(text: string, ctx: Pick<CheckContext, 'dictionary' | 'zh'>): Array<{ text: string; start: number }> {
  const words = ctx.zh
    ? tokenizeChinese(text, ctx.zh)
        .filter((t) => t.kind === 'word' || t.kind === 'latin-name')
        .map((t) => ({ text: t.text, start: t.start }))
    : cutByDictionary(text, ctx.dictionary).map(([w, start]) => ({ text: w, start }));
  return words.filter((w) => !CHINESE_STOPWORDS.has(w.text) && (HAN.test(w.text) || /^[A-Za-z]/.test(w.text)));
}

/** A word's stems, worked out once per word for each dictionary (both are read for every word of every pair). */
function memoPerDictionary(compute: (word: string, dict: Dictionary) => readonly string[]): (word: string, dict: Dictionary) => readonly string[] {
  const caches = new WeakMap<Dictionary, Map<string, readonly string[]>>();
  return (word, dict) => {
    let cache = caches.get(dict);
    if (!cache) caches.set(dict, (cache = new Map()));
    let stems = cache.get(word);
    if (!stems) cache.set(word, (stems = compute(word, dict)));
    return stems;
  };
}

/** English stems a Chinese word may translate to; words the dictionary lacks borrow their parts' glosses. */
export const zhStemsOf = memoPerDictionary((word, dict) =>
  HAN.test(word) ? [...translationStemsOf(word, dict), ...demonymStems(word, dict)] : [stemEnglish(word)],
);

const PERSON_STEMS = new Set(['person', 'peopl']);

/**
 * A place's adjective of nationality, read from the dictionary's word for its people (美国 → 美国人
 * 'American', 中国 → 中国人 'Chinese person'): 'American officials' renders 美国官员.
 */
function demonymStems(word: string, dict: Dictionary): string[] {
  if (!readEntries(dict, word).some((e) => e.name)) return [];
  return dict.enStemsOf(`${word}人`).filter((s) => !PERSON_STEMS.has(s));
}

/**
 * Stems of the English function words a Chinese word may be rendered by: its glosses made of
 * stopwords alone ('after' of 后, 'more' of 更, 'until' of 至). They are no content to match, so
 * zhStemsOf leaves them out, but a translation that has one has rendered the word.
 */
export const zhFunctionStemsOf = memoPerDictionary((word, dict) => {
  const out = new Set<string>();
  for (const e of readEntries(dict, word)) {
    for (const g of e.glosses) {
      const words = g.replace(/\([^()]*\)/g, ' ').toLowerCase().split(/[^\p{L}'’]+/u).filter(Boolean);
      const bare = words[0] === 'to' && words.length > 1 ? words.slice(1) : words;
      if (bare.length === 0 || bare.length > 2 || !bare.every((w) => ENGLISH_FUNCTION_WORDS.has(w))) continue;
      for (const w of bare) out.add(stemEnglish(w));
    }
  }
  return [...out];
});

/** Stems of the English stopwords of a text, irregular verbs also by their base ('said': 'said', 'sai'). */
export function enFunctionStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const t of tokenizeEnglish(text)) {
    if (t.kind === 'punct' || t.kind === 'number' || !ENGLISH_FUNCTION_WORDS.has(t.text.toLowerCase())) continue;
    out.add(t.norm);
    const base = irregularBaseStem(t.text);
    if (base) out.add(base);
  }
  return out;
}

// Content words of the English texts read so far: the analysis, the negation and the terminology
// checks all read the same segments. Bounded like tokenizeChinese's cache.
const EN_WORDS_CACHE_TEXTS = 50_000;

/** English content words of a text: word tokens less stopwords and numbers; hyphenated words count by their parts. Cached: treat the result as read-only. */
export const enContentWords: (text: string) => Array<{ text: string; start: number; stem: string }> = boundedMemo(readEnContentWords, EN_WORDS_CACHE_TEXTS);

function readEnContentWords(text: string): Array<{ text: string; start: number; stem: string }> {
  const out: Array<{ text: string; start: number; stem: string }> = [];
  for (const t of tokenizeEnglish(text)) {
    if (t.kind !== 'word' && t.kind !== 'latin-name') continue;
    if (/[-‐]/.test(t.text)) continue; // its parts follow as tokens of their own
    if (ENGLISH_FUNCTION_WORDS.has(t.text.toLowerCase()) || t.norm.length < 2) continue;
    out.push({ text: t.text, start: t.start, stem: t.norm });
  }
  return out;
}

type ReachContext = Pick<CheckContext, 'dictionary' | 'zh' | 'pairs' | 'segments' | 'zhSide'>;

/** English stems the Chinese words of the whole document that pass `keep` may translate to. */
function stemsWithinReach(ctx: ReachContext, keep: (word: string) => boolean): Set<string> {
  const reach = new Set<string>();
  // Each distinct word once: a word met again adds the stems it added the first time.
  const seen = new Set<string>();
  const ids = ctx.pairs.flatMap((p) => (ctx.zhSide === 'source' ? p.source : p.target));
  for (const id of ids) {
    const seg = ctx.segments.get(id);
    if (!seg) continue;
    for (const w of zhContentWords(seg.text, ctx)) {
      if (seen.has(w.text)) continue;
      seen.add(w.text);
      if (!keep(w.text)) continue;
      for (const s of zhStemsOf(w.text, ctx.dictionary)) reach.add(s);
    }
  }
  return reach;
}

/**
 * A reach remembered for one check run. Keyed by the run's segment map, which the analysis's context
 * and the checks' context (a copy of it with the analysis added) share, and kept only while the
 * other fields it was computed from are the same objects: the analysis and the entity check each
 * asked for the document's reach, and a per-context cache worked it out twice.
 */
interface RememberedReach {
  pairs: ReachContext['pairs'];
  zhSide: ReachContext['zhSide'];
  dictionary: ReachContext['dictionary'];
  zh: ReachContext['zh'];
  reach: Set<string>;
}

function rememberedReach(cache: WeakMap<object, RememberedReach>, ctx: ReachContext, compute: () => Set<string>): Set<string> {
  if (typeof ctx.segments !== 'object' || ctx.segments === null) return compute();
  const hit = cache.get(ctx.segments);
  if (hit && hit.pairs === ctx.pairs && hit.zhSide === ctx.zhSide && hit.dictionary === ctx.dictionary && hit.zh === ctx.zh) return hit.reach;
  const reach = compute();
  cache.set(ctx.segments, { pairs: ctx.pairs, zhSide: ctx.zhSide, dictionary: ctx.dictionary, zh: ctx.zh, reach });
  return reach;
}

const reachCache = new WeakMap<object, RememberedReach>();

/**
 * English stems that some Chinese word of the whole document may translate to (cached per run):
 * an English word outside it could not have been matched anywhere, so its absence proves nothing.
 */
export function documentReach(ctx: ReachContext): Set<string> {
  return rememberedReach(reachCache, ctx, () => stemsWithinReach(ctx, () => true));
}

const commonReachCache = new WeakMap<object, RememberedReach>();

/**
 * English stems that an ordinary (not proper-noun) Chinese word of the document may translate to,
 * cached per context: 'central' (中央) is an ordinary word of a document about the CPC Central
 * Committee even though 'Central' is also a place (中环).
 */
export function documentCommonReach(ctx: ReachContext): Set<string> {
  return rememberedReach(commonReachCache, ctx, () => {
    // Unknown words borrow their characters' glosses (粤港澳 → 'Macao'): not ordinary words either.
    const ordinary = (word: string) => {
      const entries = readEntries(ctx.dictionary, word);
      return entries.length > 0 && !entries.some((e) => e.name);
    };
    return stemsWithinReach(ctx, ordinary);
  });
}

/** Harmonic mean of both sides' matched shares of matchable words; NaN if either side has none. */
export function correspondenceOf(zh: ContentWord[], en: ContentWord[]): number {
  const share = (ws: ContentWord[]) => {
    const m = ws.filter((w) => w.matchable);
    return m.length === 0 ? NaN : m.filter((w) => w.matched).length / m.length;
  };
  const a = share(zh);
  const b = share(en);
  if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
  return a + b === 0 ? 0 : (2 * a * b) / (a + b);
}

/** Dates and bare numbers: the number check's business; their unit words (年, 月) match nothing here. */
export function isDateLike(text: string): boolean {
  return /\d/.test(text) && text.replace(/[\d\s\p{P}年月日号]/gu, '').length <= 2;
}

const CONTACT_LINE = /(?<![\w.+-])[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+|https?:\/\/|\bwww\./u;

/**
 * Segments of a many-segment side that stand apart from the rest of their pair: contact lines, or
 * segments whose content words (three or more) nearly all lack a counterpart. The aligner attaches
 * such strays to a neighbour; they are additions or omissions, not a divergence of the pair.
 */
export function straySegments(segs: Segment[], words: ContentWord[]): Segment[] {
  if (segs.length < 2) return [];
  const stray = segs.filter((seg) => {
    if (CONTACT_LINE.test(seg.text)) return true;
    if (isDateLike(seg.text)) return false;
    // All content words count: a foreign sentence's words are by nature outside the document's reach.
    const own = words.filter((w) => w.segment === seg.id);
    return own.length >= 3 && own.filter((w) => w.matched).length <= 0.25 * own.length;
  });
  // If every segment looks stray, the pair as a whole diverges; none of them is the odd one out.
  return stray.length === segs.length ? [] : stray;
}
