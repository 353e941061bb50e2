// Compounds of one-character place abbreviations: 粤港澳 (Guangdong, Hong Kong and Macao), 港澳台, 京津冀,
// 中美. Each character stands for a place an English rendering names on its own ('Guangdong-Hong Kong-Macao
// cooperation'), so a place left out of the rendering is a gap another name may have been put in.
// Learnt from the dictionary: a character's name reading says what it abbreviates.
import { isCountryName } from '../lexicon/countries';
import { foldLatinName, readEntries, type Dictionary } from '../lexicon/dictionary';
import { cutByDictionary, glossNames, isPlaceName, zhNamesForLatin, type ZhEntity } from './entities-zh';

/** One character of a place compound, as an entity of its own (text 台, names ['Taiwan']), with the compound it is part of. */
export interface PlacePart {
  e: ZhEntity;
  /** The whole compound (港澳台) and its start in the same text. */
  compound: string;
  compoundStart: number;
}

// 'short name for Guangdong', 'Lu, short name for Shandong', 'abbr. for, Croatia'; 'Taiwan (abbr.)'.
const ABBREVIATION_OF = /\b(?:short name|short|abbr\.?) (?:for|of),?\s+(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*)/u;
const ABBREVIATED = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*) \(abbr\.\)$/u;
const PROVINCE_TAIL = / Province$/;

const partsCache = new WeakMap<Dictionary, Map<string, string[]>>();

/**
 * The places (Latin names) a single character abbreviates, by its name readings in the dictionary: a gloss
 * that says so ('short name for Guangdong' of 粤, 'Taiwan (abbr.)' of 台), or a bare name whose Chinese
 * holds the character (港 'Hong Kong' of 香港, 澳 'Macao' of 澳门 and 'Australia' of 澳大利亚). Only places
 * and countries count. [] for a character that abbreviates no place.
 */
export function placesAbbreviatedBy(dict: Dictionary, ch: string): string[] {
  let cache = partsCache.get(dict);
  if (!cache) partsCache.set(dict, (cache = new Map()));
  const hit = cache.get(ch);
  if (hit) return hit;
  // A bare name must be the first a place holding the character goes by: 韩国 is 'South Korea' first and
  // 'Han, one of the Seven Warring States' after, so 韩 'Han' is no place.
  const isPlace = (name: string, holding: boolean) =>
    zhNamesForLatin(dict, name).some((z) => (!holding || (z.zh.includes(ch) && glossNames(z.glosses[0] ?? '').includes(name))) && (isPlaceName(dict, z.zh) || isCountryName(z.zh)));
  const out: string[] = [];
  for (const entry of readEntries(dict, ch)) {
    if (!entry.name) continue;
    for (const gloss of entry.glosses) {
      const said = (ABBREVIATION_OF.exec(gloss) ?? ABBREVIATED.exec(gloss))?.[1]?.replace(PROVINCE_TAIL, '');
      // A gloss that says what the character abbreviates needs no Chinese name holding it (粤 of 广东).
      const names = said ? [said] : glossNames(gloss);
      for (const name of names) if (!out.includes(name) && isPlace(name, !said)) out.push(name);
    }
  }
  cache.set(ch, out);
  return out;
}

/**
 * Whether a word of two to four characters is a compound of place abbreviations: every character abbreviates
 * a place, and the dictionary either lacks the word (粤港澳) or knows it only as a name that lists two or more
 * of those places (港澳台 'Hong Kong, Macao and Taiwan'); 江苏 'Jiangsu Province' is one place, not two.
 */
function isPlaceCompound(dict: Dictionary, word: string): boolean {
  const chars = [...word];
  if (chars.length < 2 || chars.length > 4 || !chars.every((c) => /\p{Script=Han}/u.test(c))) return false;
  const places = chars.map((c) => placesAbbreviatedBy(dict, c));
  if (places.some((p) => p.length === 0)) return false;
  const entries = readEntries(dict, word);
  if (entries.length === 0) return true;
  if (entries.some((e) => !e.name)) return false;
  const glosses = entries.flatMap((e) => e.glosses).join(' ; ').toLowerCase();
  const named = places.filter((p) => p.some((name) => glosses.includes(name.toLowerCase())));
  return new Set(named.map((p) => p[0])).size >= 2;
}

/**
 * The characters of every place compound in a text, each as an entity naming its place ('Taiwan' for 台 of
 * 港澳台): the words are the segmenter's (`words`, with their offsets) and the dictionary's longest ones;
 * where two compounds overlap the longer wins. Offsets are UTF-16 offsets into `text`.
 */
export function findPlaceParts(dict: Dictionary, text: string, words: Array<{ word: string; start: number }>): PlacePart[] {
  const compounds = [...words, ...cutByDictionary(text, dict).map(([word, start]) => ({ word, start }))]
    .filter(({ word }) => isPlaceCompound(dict, word))
    .sort((a, b) => b.word.length - a.word.length || a.start - b.start);
  const taken = new Set<number>();
  const out: PlacePart[] = [];
  for (const { word, start } of compounds) {
    if ([...Array(word.length).keys()].some((k) => taken.has(start + k))) continue;
    for (let k = 0; k < word.length; k++) {
      taken.add(start + k);
      const ch = word[k];
      const places = placesAbbreviatedBy(dict, ch);
      // The place's other spellings too: 'Macau' of 澳门 for 澳 'Macao'.
      const names = [...new Set(places.flatMap((p) => [p, ...zhNamesForLatin(dict, p).filter((z) => z.zh.includes(ch)).flatMap((z) => z.glosses.flatMap(glossNames))]))];
      const e: ZhEntity = { text: ch, start: start + k, end: start + k + 1, core: ch, suffixEn: '', names, rendering: places[0], pinyin: foldLatinName(places[0]), transliterated: false };
      out.push({ e, compound: word, compoundStart: start });
    }
  }
  return out.sort((a, b) => a.e.start - b.e.start);
}
