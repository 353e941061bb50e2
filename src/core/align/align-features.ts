// Turns segments into what the aligner compares: content terms per segment (Chinese words, English
// stems, numbers, Latin names, numbering anchors) and the translation relation between the two
// sides' terms, from the dictionary, from pinyin for names, and from exact matches.
import type { AlignLexicon, AlignUnit } from './align-sim';
import { readEntries, type Dictionary } from '../lexicon/dictionary';
import { pinyinCandidates } from '../lexicon/pinyin-names';
import { CHINESE_STOPWORDS, ENGLISH_STOPWORDS } from '../lexicon/stopwords';
import { tokenizeEnglish, type Token } from '../lexicon/tokenize-en';
import { tokenizeChinese, translationStemsOf, type ZhSegmenter } from '../lexicon/tokenize-zh';
import type { Segment } from '../types';

/** What building alignment features needs. */
export interface FeatureResources {
  dictionary: Dictionary;
  zh: ZhSegmenter;
}

/** Aligner input for one document pair, plus each segment's tokens for later stages. */
export interface AlignInput {
  zh: AlignUnit[];
  en: AlignUnit[];
  lex: AlignLexicon;
  zhTokens: Token[][];
  enTokens: Token[][];
}

// Term prefixes keep numbers, Latin strings and numbering anchors apart from ordinary words.
const NUM = '#';
const LATIN = '@';
const ANCHOR = '§';
const CUE = '¶';

// Sentence moods survive free translation: a question stays a question, speech stays quoted.
const CUES: Array<[string, RegExp]> = [
  ['?', /[?？]/u],
  ['!', /[!！]/u],
  ['"', /["“”「」『』]/u],
];

function cueTerms(text: string): string[] {
  return CUES.filter(([, re]) => re.test(text)).map(([name]) => CUE + name);
}

function nonSpaceLength(text: string): number {
  let n = 0;
  for (const ch of text) if (!/\s/u.test(ch)) n++;
  return n;
}

/** Numbering anchor term of a segment that opens a numbered item, so 四、 and IV. meet. */
function anchorTerm(seg: Segment): string | null {
  return seg.label && seg.kind === 'heading' ? ANCHOR + seg.number : null;
}

/** A word token's term, or null for a stopword; Latin runs in Chinese text are kept apart as names. */
const WORD_TERM: Record<'zh' | 'en', (t: Token) => string | null> = {
  zh: (t) => (t.kind === 'latin-name' ? LATIN + t.norm : CHINESE_STOPWORDS.has(t.norm) ? null : t.norm),
  en: (t) => (ENGLISH_STOPWORDS.has(t.text.toLowerCase()) || t.norm.length <= 1 ? null : t.norm),
};

/** Content terms of a segment: mood cues, its numbering anchor, numbers and content words. */
function termsOf(seg: Segment, tokens: Token[], lang: 'zh' | 'en'): string[] {
  const out: string[] = cueTerms(seg.clean);
  const anchor = anchorTerm(seg);
  if (anchor) out.push(anchor);
  for (const t of tokens) {
    if (t.kind === 'punct') continue;
    const term = t.kind === 'number' ? NUM + t.norm : WORD_TERM[lang](t);
    if (term) out.push(term);
  }
  return out;
}

// Quotation marks that open and close. English single quotes double as apostrophes, so a mark
// counts only where a word starts after it (open) or ends before it (close), and s' (s’) is a
// plural possessive, not a closing quote.
const ZH_OPEN = /[“「『‘]/gu;
const ZH_CLOSE = /[”」』’]/gu;
const EN_OPEN = /(?:^|[\s—(\[-])['"“‘](?=[\p{L}\p{N}…—-])/gu;
const EN_CLOSE = /[\p{L}\p{N}.,!?…—-](?:(?<!s)['’]|["”])(?=\s|$|[,.;:!?—)\]-])/gu;

/** Opening minus closing quotation marks in a segment's text. */
function quoteBalance(text: string, lang: 'zh' | 'en'): number {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return lang === 'zh' ? count(ZH_OPEN) - count(ZH_CLOSE) : count(EN_OPEN) - count(EN_CLOSE);
}

/**
 * Per segment text, whether the boundary after it lies inside a quotation: it opens one it does not
 * close, or the next one closes one it did not open (see `AlignUnit.insideAfter`).
 */
export function quoteBoundaries(texts: string[], lang: 'zh' | 'en'): boolean[] {
  const balance = texts.map((t) => quoteBalance(t, lang));
  return balance.map((b, u) => u + 1 < balance.length && (b > 0 || balance[u + 1] < 0));
}

const HAN = /^\p{Script=Han}+$/u;

// Candidates of the Chinese words seen so far, per dictionary: they depend on the dictionary alone,
// and the chapters of one batch share most of their words. Bounded like the token caches.
const CANDIDATE_CACHE_WORDS = 200_000;
const candidateCache = new WeakMap<Dictionary, Map<string, readonly string[]>>();

/** English candidates (stems and exact terms) for one Chinese term; read-only. */
function candidatesOf(term: string, dict: Dictionary): readonly string[] {
  if (term.startsWith(NUM) || term.startsWith(ANCHOR) || term.startsWith(CUE)) return [term];
  if (term.startsWith(LATIN)) return [term.slice(1)];
  let cache = candidateCache.get(dict);
  if (!cache) candidateCache.set(dict, (cache = new Map()));
  const hit = cache.get(term);
  if (hit) return hit;
  const out = new Set<string>(translationStemsOf(term, dict));
  if (HAN.test(term) && (out.size === 0 || readEntries(dict, term).some((e) => e.name))) {
    for (const p of pinyinCandidates(term)) out.add(p);
  }
  const list = [...out];
  if (cache.size >= CANDIDATE_CACHE_WORDS) cache.clear();
  cache.set(term, list);
  return list;
}

function intern(ids: Map<string, number>, key: string): number {
  let id = ids.get(key);
  if (id === undefined) {
    id = ids.size;
    ids.set(key, id);
  }
  return id;
}

/** Document-frequency weights: a term in few segments weighs more than one in every segment. */
function rarityWeights(units: AlignUnit[], size: number): Float64Array {
  const df = new Float64Array(size);
  for (const u of units) for (const t of new Set(u.terms)) df[t]++;
  return df.map((f) => Math.log(1 + units.length / Math.max(1, f)));
}

/** Builds aligner units for both sides and the translation relation restricted to their terms. */
export function buildAlignInput(zhSegs: Segment[], enSegs: Segment[], res: FeatureResources): AlignInput {
  const zhTokens = zhSegs.map((s) => tokenizeChinese(s.clean, res.zh));
  const enTokens = enSegs.map((s) => tokenizeEnglish(s.clean));
  const zhIds = new Map<string, number>();
  const enIds = new Map<string, number>();
  const zh: AlignUnit[] = zhSegs.map((s, k) => ({ len: nonSpaceLength(s.clean), terms: termsOf(s, zhTokens[k], 'zh').map((t) => intern(zhIds, t)) }));
  const en: AlignUnit[] = enSegs.map((s, k) => ({ len: nonSpaceLength(s.clean), terms: termsOf(s, enTokens[k], 'en').map((t) => intern(enIds, t)) }));
  quoteBoundaries(zhSegs.map((s) => s.clean), 'zh').forEach((inside, u) => inside && (zh[u].insideAfter = true));
  quoteBoundaries(enSegs.map((s) => s.clean), 'en').forEach((inside, u) => inside && (en[u].insideAfter = true));
  const zhToEn: number[][] = new Array(zhIds.size);
  const enToZh: number[][] = Array.from({ length: enIds.size }, () => []);
  for (const [term, z] of zhIds) {
    const linked = new Set<number>();
    for (const c of candidatesOf(term, res.dictionary)) {
      const e = enIds.get(c);
      if (e !== undefined) linked.add(e);
    }
    zhToEn[z] = [...linked];
    for (const e of linked) enToZh[e].push(z);
  }
  const zhWeight = rarityWeights(zh, zhIds.size);
  // A word with many candidate translations matches by chance more often: trust each match less.
  for (let z = 0; z < zhWeight.length; z++) zhWeight[z] /= Math.sqrt(Math.max(1, zhToEn[z].length));
  const enWeight = rarityWeights(en, enIds.size);
  for (let e = 0; e < enWeight.length; e++) enWeight[e] /= Math.sqrt(Math.max(1, enToZh[e].length));
  const lex = { zhToEn, enToZh, zhWeight, enWeight };
  return { zh, en, lex, zhTokens, enTokens };
}
