// Teaches a Chinese segmenter the domain word list and dictionary words it lacks; shared by the Node and browser adapters.
import { DOMAIN_WORDS } from './domain-words';
import type { Dictionary } from './dictionary';
import type { ZhSegmenter } from './tokenize-zh';

export interface PrepareOptions {
  /** Fixed terms added so they are never split (default: the general policy/legal list). */
  domainWords?: readonly string[];
  /** Also add CC-CEDICT words the segmenter splits (default true). */
  dictionaryWords?: boolean;
}

// Frequencies in jieba's units (its dictionary totals about 60 million). Domain terms must win
// over their parts; dictionary words get a modest count so they join only characters the
// segmenter would otherwise leave as single words or split badly.
const DOMAIN_FREQ = 20_000;
const DICTIONARY_FREQ = 50;
const DICTIONARY_MIN_LENGTH = 2;
const DICTIONARY_MAX_LENGTH = 4;

/**
 * Teaches `seg` the domain terms, then returns the dictionary words it still splits, adding each
 * as it goes (so later words are judged against what earlier ones taught it). The build step runs
 * this once to precompute `DictionaryData.segmenterWords`.
 */
export function learnMissingWords(seg: ZhSegmenter, words: Iterable<string>, domainWords: readonly string[] = DOMAIN_WORDS): string[] {
  if (!seg.addWord) return [];
  for (const word of domainWords) seg.addWord(word, DOMAIN_FREQ);
  const missing: string[] = [];
  for (const word of words) {
    if (word.length < DICTIONARY_MIN_LENGTH || word.length > DICTIONARY_MAX_LENGTH) continue;
    // Names and phrases with Latin letters or punctuation are not words a segmenter should learn.
    if (!/^\p{Script=Han}+$/u.test(word)) continue;
    if (seg.cut(word, false).length === 1) continue;
    seg.addWord(word, DICTIONARY_FREQ);
    missing.push(word);
  }
  return missing;
}

/**
 * Adds the domain terms and missing dictionary words to `seg` (no-op without addWord); returns how
 * many words were added. Uses the build step's precomputed list when the dictionary has one, which
 * spares a worker from cutting every dictionary word at start-up.
 */
export function prepareSegmenter(seg: ZhSegmenter, dict: Dictionary, options: PrepareOptions = {}): number {
  if (!seg.addWord) return 0;
  const domainWords = options.domainWords ?? DOMAIN_WORDS;
  if (options.dictionaryWords === false) {
    for (const word of domainWords) seg.addWord(word, DOMAIN_FREQ);
    return domainWords.length;
  }
  if (dict.segmenterWords && options.domainWords === undefined) {
    for (const word of domainWords) seg.addWord(word, DOMAIN_FREQ);
    for (const word of dict.segmenterWords) seg.addWord(word, DICTIONARY_FREQ);
    return domainWords.length + dict.segmenterWords.length;
  }
  return domainWords.length + learnMissingWords(seg, dict.words(), domainWords).length;
}
