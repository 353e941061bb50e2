// How a Chinese name may be spelt in English: toneless pinyin, whole or split into surname and given name.
import { pinyin } from 'pinyin-pro';
import { boundedMemo } from './bounded-memo';

// The entity check asks for every run of two or three characters of every pair, the aligner for every
// word: the same strings recur within a document and across a batch, and pinyin-pro costs far more than
// a lookup. Bounded like tokenizeChinese's cache: a long session never holds more than this many words.
const CACHE_WORDS = 50_000;

/** One toneless pinyin syllable, as a regular-expression source: initial, final, erhua or nasal coda ('zhang', 'yi', 'huar'). */
export const PINYIN_SYLLABLE = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)(?:ng|n|r)?';

/** Toneless pinyin renderings a name may take in English: 陈清扬 → chenqingyang, chen, qingyang; [] for one syllable. Cached: treat the result as read-only. */
export const pinyinCandidates: (word: string) => string[] = boundedMemo(candidatesOf, CACHE_WORDS);

function candidatesOf(word: string): string[] {
  const syl = pinyin(word, { toneType: 'none', type: 'array', v: true }).map((s) => s.toLowerCase());
  if (syl.length < 2) return [];
  const out = [syl.join('')];
  if (syl.length >= 3) out.push(syl[0], syl.slice(1).join(''));
  return out;
}

/** A three-character personal name as toneless pinyin surname and given name, surname read as one (单田芳 → shan, tianfang); null otherwise. */
export function surnameAndGiven(word: string): { surname: string; given: string } | null {
  if (!/^\p{Script=Han}{3}$/u.test(word)) return null;
  const syl = pinyin(word, { toneType: 'none', type: 'array', v: true, surname: 'head' }).map((s) => s.toLowerCase());
  return syl.length === 3 ? { surname: syl[0], given: syl[1] + syl[2] } : null;
}
