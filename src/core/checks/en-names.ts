// English names as the entity check reads them: capitalised words with their offsets, names folded for
// matching ('St. Paul' = 'Saint Paul'), and whether a word could be toneless pinyin.
import { foldLatinName } from '../lexicon/dictionary';
import { PINYIN_SYLLABLE } from '../lexicon/pinyin-names';
import type { Segment } from '../types';

/** A capitalised English word; `start`/`end` index its segment's text. */
export interface EnName {
  text: string;
  start: number;
  end: number;
  segment: Segment;
}

// Abbreviations that begin English place and church names: 'St. Petersburg' and 'Saint Petersburg' are one name.
const NAME_ABBREVIATIONS: Record<string, string> = { st: 'saint', ste: 'sainte', mt: 'mount', ft: 'fort' };

/** A word of a name folded ('Saint' → 'saint'), its abbreviations spelt out ('St.' → 'saint'). */
export function foldNameWord(word: string): string {
  const f = foldLatinName(word);
  return NAME_ABBREVIATIONS[f] ?? f;
}

/** A name folded word by word, abbreviations spelt out: 'St Paul' → 'saintpaul', 'Saint-Paul' → 'saintpaul'. */
export function foldName(name: string): string {
  return name.split(/[\s\-‐–]+/u).map(foldNameWord).join('');
}

const PINYIN_WORD = new RegExp(`^(?:${PINYIN_SYLLABLE}){1,4}$`);

/** Whether a folded Latin word could be toneless pinyin ('yantai', 'shenzhen'), not an English or European name ('anders'). */
export function isPinyinShaped(folded: string): boolean {
  return PINYIN_WORD.test(folded);
}

/** A word with its first letter upper-cased: 'daiguo' → 'Daiguo'. */
export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
