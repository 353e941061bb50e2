// What the dictionary says about negation: which Chinese words and glosses negate, and which English
// words negate by a prefix. Shared by the negation check's cue readers; every verdict is read from
// CC-CEDICT's glosses, never from a list of idioms.
import { readEntries, type Dictionary } from '../lexicon/dictionary';
import { stemEnglish } from '../lexicon/tokenize-en';
import type { CheckContext } from './check';

// Any of these inside a word makes it a word of negative meaning, whatever else it is (毫不掩饰, 冲不垮, 禁捕).
export const ZH_NEG_ANYWHERE = /[不没未无非别莫勿禁免否]/u;

// A gloss that negates: 'not', 'no', 'never', 'without', 'cannot', 'lack', 'fail to'; un- and non- words are
// read apart (glossNegates), since 'uncle', 'undergo', 'unify' and 'to unfold' are no negation.
const NEG_GLOSS = /(?:^|[\s(])(?:not|no|never|without|cannot|[a-z]+n't|nobody|refus(?:e|ing)|withhold||nothing|none|neither|nor|lack(?:ing)?|fail(?:ing)? to|in(?:sufficient|adequate|complete|valid|capable)[a-z]*|im(?:possible|proper)[a-z]*|[a-z]{3,}less)(?=$|[\s,;)])/i;
const GLOSS_PREFIXED = /(?:^|[\s(])(?:un|non-?)([a-z]{3,})(?=$|[\s,;)])/gi;

/** Whether a gloss negates: a negating word, or un-/non- before an English word the dictionary's glosses use ('unsafe', not 'uncle'). */
export function glossNegates(dict: Dictionary, gloss: string): boolean {
  if (NEG_GLOSS.test(gloss)) return true;
  for (const m of gloss.matchAll(GLOSS_PREFIXED)) {
    // 'to unfold', 'to unlock': un- on a verb reverses an action; it negates on an adjective ('to be unable', 'unsafe').
    if (/^to$/i.test(gloss.slice(0, m.index).trim())) continue;
    if (!/^(?:der|i|til)/i.test(m[1]) && isKnownEnglish(dict, m[1])) return true;
  }
  return false;
}

const glossNegationCache = new WeakMap<object, Map<string, 'all' | 'some' | 'none'>>();

/** Dictionary verdict on a word: 'all' when every gloss negates (不能 'cannot; must not'), 'some' when one does (无人驾驶 'unmanned; self-driving'). */
export function glossNegation(ctx: CheckContext, word: string): 'all' | 'some' | 'none' {
  let cache = glossNegationCache.get(ctx.dictionary);
  if (!cache) glossNegationCache.set(ctx.dictionary, (cache = new Map()));
  let v = cache.get(word);
  if (v === undefined) cache.set(word, (v = readGlossNegation(ctx, word)));
  return v;
}

// 'no matter what', 'not only', 'not limited to', 'regardless': glosses of concession and addition, not of negation.
const NOT_NEGATING_GLOSS = /^(?:no matter|not only|not just|not limited to|regardless|whether|nevertheless|none the less|nonetheless)\b/i;

function readGlossNegation(ctx: CheckContext, word: string): 'all' | 'some' | 'none' {
  const all = readEntries(ctx.dictionary, word).flatMap((e) => e.glosses);
  // An idiom (无可厚非 'there is nothing reprehensible about it') negates inside its figure, not the clause.
  if (all.some((g) => /\(idiom\)/i.test(g))) return all.some((g) => glossNegates(ctx.dictionary, g)) ? 'some' : 'none';
  const glosses = all.filter((g) => !NOT_NEGATING_GLOSS.test(g));
  const negating = glosses.filter((g) => glossNegates(ctx.dictionary, g)).length;
  return negating === 0 ? 'none' : negating === glosses.length ? 'all' : 'some';
}

/** Share of a prefixed word's Chinese renderings that must hold a negation for in-, im-, il-, ir- or dis- to count as one. */
export const NEGATED_RENDERING_SHARE = 1 / 3;
const EN_NEG_PREFIX = /^(?:un|in|im|il|ir|dis|non-?)(?=[a-z]{4,}$)/i;
const knownWordCache = new WeakMap<object, Map<string, boolean>>();

/** Whether the dictionary's English (its glosses) uses this word: 'suited', 'lawful', 'relevant'. */
export function isKnownEnglish(dict: Dictionary, word: string): boolean {
  let cache = knownWordCache.get(dict);
  if (!cache) knownWordCache.set(dict, (cache = new Map()));
  let v = cache.get(word);
  if (v === undefined) cache.set(word, (v = dict.zhWordsOf(stemEnglish(word)).length > 0));
  return v;
}

/**
 * The base an English word negates by its prefix, when both the base and the whole word read as
 * English the dictionary knows: 'unsuited' → 'suited', 'unlawful' → 'lawful'; null for 'discover'-like
 * words whose whole is a word of its own meaning (the caller tells them apart by what they translate).
 */
export function prefixedBase(dict: Dictionary, word: string): string | null {
  const m = EN_NEG_PREFIX.exec(word);
  if (!m) return null;
  let base = word.slice(m[0].length);
  // 'unlawfully': the adverb's adjective is what the dictionary knows.
  if (!isKnownEnglish(dict, base) && /ly$/i.test(base)) base = base.slice(0, -2);
  if (!isKnownEnglish(dict, base)) return null;
  // un- and non- negate wherever they stand (under-, uni- and until aside); in-, im-, il-, ir- and dis- often
  // do not (inside, impress, display), so there the dictionary must render the whole word with a negation (不法 'unlawful').
  if (/^(?:un(?!der|i|til)|non)/i.test(m[0] + base)) return base;
  // 'irrelevant': 不相干, 无关痛痒, 风马牛不相及…; 'improve' has one 不长进 among fifty words, so the share must be large.
  const zh = dict.zhWordsOf(stemEnglish(word));
  return zh.length > 0 && zh.filter((w) => ZH_NEG_ANYWHERE.test(w)).length >= NEGATED_RENDERING_SHARE * zh.length ? base : null;
}
