// Whether a Chinese name reads as a transliteration of a foreign name (韦瑟尔 Wesel, 布罗佐维奇 Brozović)
// rather than a Chinese name spelt in pinyin (盐田 Yantian, 安塞 Ansai). Learnt from the dictionary itself:
// for each character, the share of the dictionary's names containing it whose English is not their pinyin
// (尔 is in 680 names, nearly all foreign; 兴 mostly in Chinese ones). Computed once per dictionary, on first use.
import { foldLatinName, type Dictionary } from '../lexicon/dictionary';
import { glossNames } from './entities-zh';

/** A name whose every character has at least this share of foreign names in the dictionary reads as a transliteration. */
export const FOREIGN_CHARACTER_SHARE = 0.85;

interface CharStats { foreign: Map<string, number>; total: Map<string, number> }
const statsCache = new WeakMap<Dictionary, CharStats>();

function statsOf(dict: Dictionary): CharStats {
  let stats = statsCache.get(dict);
  if (stats) return stats;
  stats = { foreign: new Map(), total: new Map() };
  for (const word of dict.words()) {
    if (!/^\p{Script=Han}{2,}$/u.test(word)) continue;
    const entry = dict.lookup(word).find((e) => e.name && e.glosses.some((g) => glossNames(g).length > 0));
    if (!entry) continue;
    const pinyin = foldLatinName(entry.pinyin.replace(/[1-5]/g, ''));
    const names = entry.glosses.flatMap(glossNames).map(foldLatinName);
    const spelt = names.some((n) => n.length > 0 && (n === pinyin || pinyin.startsWith(n) || n.startsWith(pinyin)));
    for (const ch of new Set(word)) {
      stats.total.set(ch, (stats.total.get(ch) ?? 0) + 1);
      if (!spelt) stats.foreign.set(ch, (stats.foreign.get(ch) ?? 0) + 1);
    }
  }
  statsCache.set(dict, stats);
  return stats;
}

/** Share of the dictionary's names with this character that are not spelt in pinyin, smoothed toward one half. */
export function foreignCharacterShare(dict: Dictionary, ch: string): number {
  const { foreign, total } = statsOf(dict);
  return ((foreign.get(ch) ?? 0) + 0.5) / ((total.get(ch) ?? 0) + 1);
}

/** Whether every character of a name of two or more characters is one the dictionary's foreign names mostly use. */
export function readsAsTransliteration(dict: Dictionary, name: string): boolean {
  const chars = [...name];
  return chars.length >= 2 && chars.every((ch) => /\p{Script=Han}/u.test(ch) && foreignCharacterShare(dict, ch) >= FOREIGN_CHARACTER_SHARE);
}

/** Consonant classes both spellings are read into: what a transliteration keeps of a name's sound. */
function classesOf(s: string): string {
  return s.replace(/ng/g, 'N').replace(/[jqxzcs]/g, 'S').replace(/[bp]/g, 'P').replace(/[dt]/g, 'T').replace(/[gk]/g, 'K').replace(/[lr]/g, 'L').replace(/[fwv]/g, 'F')
    .replace(/m/g, 'M').replace(/n/g, 'N').replace(/[^SPTKLFMN]/g, '').replace(/(.)\1+/g, '$1');
}

/**
 * The consonant skeletons an English spelling may sound as, spelling digraphs read ('Philip' ph, 'Garth'
 * th, soft c and g): with its r after a vowel and without it, as Chinese transliteration writes it (尔 of
 * 费尔法克斯 Fairfax) or drops it (阿灵顿 Arlington).
 */
function englishSkeletons(word: string): string[] {
  const s = word.toLowerCase().replace(/[^a-z]/g, '').replace(/(.)\1+/g, '$1').replace(/ph/g, 'f').replace(/th/g, 't').replace(/ck/g, 'k')
    .replace(/sch|sh|ch/g, 's').replace(/c(?=[eiy])/g, 's').replace(/g(?=[eiy])/g, 'j').replace(/c/g, 'k').replace(/qu/g, 'k').replace(/x/g, 'ks').replace(/gh/g, '').replace(/h/g, '').replace(/e$/, '');
  return [...new Set([classesOf(s), classesOf(s.replace(/r(?![aeiouy])/g, ''))])];
}

/**
 * Whether an English name sounds like a Chinese name's toneless pinyin ('Arlington' and alingdun,
 * 'Virginia' and weijiniya): their consonant skeletons, in broad classes (l = r, b = p, d = t, w = f = v,
 * the sibilants and affricates one class, vowels, h and y dropped), are equal and at least two long.
 * Of CC-CEDICT's names that read as transliterations it holds for 708 of 1,373 (many of the rest are not
 * transliterated: 中俄 'China-Russia'), and for 19 of 4,116 pairings of one name's pinyin with another's English.
 */
export function soundsLike(pinyin: string, english: string): boolean {
  const py = classesOf(pinyin.toLowerCase().replace(/[^a-z]/g, '').replace(/zh|ch|sh/g, 's').replace(/h/g, ''));
  return py.length >= 2 && englishSkeletons(english).includes(py);
}
