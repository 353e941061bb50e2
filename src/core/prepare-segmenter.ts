// Teaches a Chinese segmenter the domain word list and dictionary words it lacks; shared by the Node and browser adapters.
import { DOMAIN_WORDS } from './data/domain-words';
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

/** Adds the domain terms and missing dictionary words to `seg` (no-op without addWord); returns how many words were added. */
export function prepareSegmenter(seg: ZhSegmenter, dict: Dictionary, options: PrepareOptions = {}): number {
  if (!seg.addWord) return 0;
  let added = 0;
  for (const word of options.domainWords ?? DOMAIN_WORDS) {
    seg.addWord(word, DOMAIN_FREQ);
    added++;
  }
  if (options.dictionaryWords === false) return added;
  for (const word of dict.words()) {
    if (word.length < DICTIONARY_MIN_LENGTH || word.length > DICTIONARY_MAX_LENGTH) continue;
    // Names and phrases with Latin letters or punctuation are not words a segmenter should learn.
    if (!/^\p{Script=Han}+$/u.test(word)) continue;
    if (seg.cut(word, false).length === 1) continue;
    seg.addWord(word, DICTIONARY_FREQ);
    added++;
  }
  return added;
}
