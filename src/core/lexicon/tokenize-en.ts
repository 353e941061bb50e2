// English word tokenizer and stemmer: words, numbers and names with UTF-16 offsets into the text.
import porterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import irregularVerbs from 'wink-lexicon/src/irregular-verbs.js';
import { boundedMemo } from './bounded-memo';

/** A token of either language; `start`/`end` are half-open UTF-16 offsets into the tokenized text. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Matching form: Porter stem for English words, digits without grouping for numbers, the word itself for Chinese. */
  norm: string;
  kind: 'word' | 'number' | 'latin-name' | 'punct';
}

// Porter leaves irregular plurals and a few Latin plurals apart from their singulars.
const IRREGULAR: Record<string, string> = {
  analyses: 'analysis', bases: 'basis', crises: 'crisis', criteria: 'criterion', data: 'datum',
  phenomena: 'phenomenon', theses: 'thesis', hypotheses: 'hypothesis', indices: 'index',
  children: 'child', men: 'man', women: 'woman', people: 'person', feet: 'foot', teeth: 'tooth',
  mice: 'mouse', geese: 'goose', lives: 'life', wives: 'wife', knives: 'knife', leaves: 'leaf',
  better: 'good', best: 'good', worse: 'bad', worst: 'bad',
};

const stemCache = new Map<string, string>();

/**
 * The stem of an irregular verb form's base ('said' → 'say', 'thought' → 'think'), when it differs from
 * the form's own stem; null otherwise. A second stem, never a replacement: 'left' is also a direction
 * and 'found' a verb of its own, so a word keeps matching by its own stem too.
 */
export function irregularBaseStem(word: string): string | null {
  const lower = word.toLowerCase();
  const base = Object.hasOwn(irregularVerbs, lower) ? irregularVerbs[lower] : undefined;
  if (!base || base === lower) return null;
  const stem = stemEnglish(base);
  return stem === stemEnglish(lower) ? null : stem;
}

/** Lowercases and Porter-stems one English word ('promotes', 'promotion', 'promoted' → 'promot'); '' stays ''. */
export function stemEnglish(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  // Curly apostrophes and possessive 's would otherwise keep 'Shenzhen's' apart from 'Shenzhen'.
  let lower = word.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
  lower = IRREGULAR[lower] ?? lower;
  const stem = /^[a-z]+$/.test(lower) ? porterStemmer.stem(lower) : lower;
  // Bounded so a long document of unique junk cannot grow it without limit; CC-CEDICT glosses need about 40k.
  if (stemCache.size > 200_000) stemCache.clear();
  stemCache.set(word, stem);
  return stem;
}

// One token per match: a number (with grouping, decimals, ordinal suffix), a word
// (letters with inner apostrophes or hyphens), or any other single code point.
const TOKEN =
  /(\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?)((?:st|nd|rd|th)\b)?|([\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-‐&][\p{L}\p{M}\p{N}]+)*)|(\s+)|([^])/gu;
const SENTENCE_END = /^[.!?;:。！？；：]$/u;
const OPENER = /^["'“‘(\[（《]$/u;

// Tokens of the English texts read so far: the aligner reads each segment's clean text and the
// checks its text, which are mostly the same string. Bounded like tokenizeChinese's cache.
const TOKEN_CACHE_TEXTS = 50_000;

/** Splits English text into word, number, latin-name and punct tokens (hyphenated words also yield their parts); never throws. Cached: treat the result as read-only. */
export const tokenizeEnglish: (text: string) => Token[] = boundedMemo(readEnglishTokens, TOKEN_CACHE_TEXTS);

function readEnglishTokens(text: string): Token[] {
  const tokens: Token[] = [];
  let atSentenceStart = true;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const raw = m[0];
    if (m[4] !== undefined) {
      // A blank line starts a new sentence even without a full stop (headings, list items).
      if (/\n\s*\n/.test(raw)) atSentenceStart = true;
      continue;
    }
    if (m[1] !== undefined) {
      tokens.push({ text: raw, start, end: start + raw.length, norm: m[1].replace(/,/g, ''), kind: 'number' });
      atSentenceStart = false;
      continue;
    }
    if (m[3] !== undefined) {
      pushWord(tokens, raw, start, atSentenceStart);
      atSentenceStart = false;
      continue;
    }
    tokens.push({ text: raw, start, end: start + raw.length, norm: raw, kind: 'punct' });
    if (SENTENCE_END.test(raw)) atSentenceStart = true;
    else if (!OPENER.test(raw)) atSentenceStart = false;
  }
  return tokens;
}

function isName(word: string, atSentenceStart: boolean): boolean {
  // Acronyms (CIM, ESS, PRC) are names anywhere; capitalised words only away from a sentence start.
  if (/^\p{Lu}[\p{Lu}\p{N}]+s?$/u.test(word)) return true;
  return !atSentenceStart && /^\p{Lu}/u.test(word);
}

function pushWord(tokens: Token[], word: string, start: number, atSentenceStart: boolean): void {
  const parts = word.split(/[-‐]/);
  const kind = isName(word, atSentenceStart) ? 'latin-name' : 'word';
  const norm = parts.map(stemEnglish).join('-');
  tokens.push({ text: word, start, end: start + word.length, norm, kind });
  if (parts.length < 2) return;
  let offset = start;
  parts.forEach((part, i) => {
    const partKind = isName(part, atSentenceStart && i === 0) ? 'latin-name' : 'word';
    tokens.push({ text: part, start: offset, end: offset + part.length, norm: stemEnglish(part), kind: partKind });
    offset += part.length + 1;
  });
}
