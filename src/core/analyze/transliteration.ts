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
