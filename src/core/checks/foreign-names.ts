// What an English name of a translation names that the Chinese does not: its Chinese names, whether it
// is a foreign place or country, a name the dictionary knows only bare, a nationality word's country, a
// demonym's place. Part of the entity check.
import { glossNames, zhNamesForLatin } from '../analyze/entities-zh';
import { isCountryName } from '../lexicon/countries';
import { readEntries, type DictEntry, type Dictionary } from '../lexicon/dictionary';
import { stemEnglish } from '../lexicon/tokenize-en';
import { foldName } from './en-names';

/** Chinese names of two or more characters for a Latin name: single characters are surnames ('Long' 龙) and abbreviations. */
export function namesOf(dict: Dictionary, word: string): DictEntry[] {
  return zhNamesForLatin(dict, word);
}

/** Chinese names a Latin name may stand for that the Chinese text does not contain. */
export function otherNames(dict: Dictionary, word: string, zhText: string): DictEntry[] | undefined {
  const names = namesOf(dict, word);
  if (names.length === 0 || names.some((n) => zhText.includes(n.zh))) return undefined;
  // The current name first: CEDICT also lists old and historical names under the same spelling (光州 for Guangzhou).
  const dated = (e: DictEntry) => (e.glosses.every((g) => /\b(?:old|former|ancient|historical) name\b|^surname\b/i.test(g)) ? 1 : 0);
  // A country by its standard name (新加坡), not a nickname that spells the same (坡国).
  const standard = (e: DictEntry) => (isCountryName(e.zh) ? 0 : 1);
  // Not a name that folds the same but is written as more words ('Tai Wan' 大环 for 'Taiwan' 台湾).
  const count = (name: string) => name.split(/[\s-]+/).length;
  const split = (e: DictEntry) => (e.glosses.flatMap(glossNames).some((n) => count(n) > count(word) && foldName(n) === foldName(word)) ? 1 : 0);
  return names.sort((a, b) => dated(a) - dated(b) || standard(a) - standard(b) || split(a) - split(b) || a.zh.length - b.zh.length);
}

/**
 * Whether an English word names a place the Chinese never mentions. A word the document also uses as
 * an ordinary word ('Central' of 中央, though 中环 is a place) is too weak to call a swap.
 */
export function isForeignPlace(dict: Dictionary, word: string, zhText: string, commonReach: Set<string>, isPlace: (zh: string) => boolean): boolean {
  const others = otherNames(dict, word, zhText);
  return !!others && others.some((o) => isPlace(o.zh)) && !commonReach.has(stemEnglish(word));
}

/**
 * Whether an English word names something the Chinese never mentions that the dictionary knows by that
 * bare name alone (克拉科夫 'Krakow'): every Chinese name it may stand for, and every word whose gloss
 * holds it, is a proper noun glossed by the word and nothing else. CC-CEDICT has 216 such names, about
 * two in five of them places (of the 77 written in characters of transliteration, by hand: 32 places,
 * 16 persons, 10 brands, 19 others); nothing says which, so one counts as a place only beside an unrendered place.
 */
export function isBareForeignName(dict: Dictionary, word: string, zhText: string, commonReach: Set<string>): boolean {
  const others = otherNames(dict, word, zhText);
  if (!others || commonReach.has(stemEnglish(word))) return false;
  const bare = (zh: string) => readEntries(dict, zh).every((e) => e.name && e.glosses.every((g) => g === word));
  return others.every((o) => bare(o.zh)) && dict.zhWordsOf(stemEnglish(word)).every(bare);
}

/** The language of the English side of every pair: as a word there it names the language itself. */
const ENGLISH_SIDE_LANGUAGE = 'English';

/**
 * Countries an English nationality word names by way of its language, where the demonym's spelling does
 * not lead to the country's: 'French' is 法语 'French (language)', so 法国; 'Polish' is 波兰语, so 波兰.
 * The language's stem (its name less 语 or 文), alone or with 国, must be a country ISO 3166 lists.
 */
export function languageCountries(dict: Dictionary, word: string): string[] {
  const out: string[] = [];
  // The language the English side is written in names that language there, not a country ('Xinhua English').
  if (word === ENGLISH_SIDE_LANGUAGE) return out;
  for (const e of zhNamesForLatin(dict, word)) {
    if (!e.glosses.includes(`${word} (language)`)) continue;
    const stem = e.zh.replace(/[语文]$/u, '');
    if (stem !== e.zh) for (const c of [stem, `${stem}国`]) if (isCountryName(c)) out.push(c);
  }
  return out;
}

/** The place names an English demonym may come from: 'Australian' → Australia, 'Canadian' → Canada, 'Parisian' → Paris, 'Japanese' → Japan. */
export function demonymBases(word: string): string[] {
  const out: string[] = [];
  if (/[aeiou]n$/.test(word)) out.push(word.slice(0, -1));
  if (/ian$/.test(word)) out.push(word.slice(0, -3) + 'a', word.slice(0, -3));
  if (/ese$/.test(word)) out.push(word.slice(0, -3));
  return out;
}
