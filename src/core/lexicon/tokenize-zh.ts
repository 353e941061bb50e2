// Chinese word tokenizer over a pluggable segmenter (jieba-wasm in Node and in the browser), with UTF-16 offsets.
import { boundedMemo } from './bounded-memo';
import type { Dictionary } from './dictionary';
import { stemEnglish, type Token } from './tokenize-en';

/** The part of jieba-wasm's API Duizhao uses; both its Node and web builds fit. */
export interface ZhSegmenter {
  /** Splits text into words whose concatenation is the text. */
  cut(text: string, hmm?: boolean): string[];
  tag?(text: string): { word: string; tag: string }[];
  addWord?(word: string, freq?: number, tag?: string): void;
}

// Numbers and Latin runs are cut here rather than by the segmenter, which splits '1,000' into
// three words and full-width digits into one word each; everything else goes to the segmenter.
// Digit-by-digit Chinese numerals ('二〇三五' for 2035) are numbers too; '〇' marks them, since
// runs of 一, 二, … without it are usually words (一一, 三五成群).
const CHUNK =
  /([0-9０-９]+(?:,[0-9０-９]{3}(?![0-9０-９]))*(?:[.．][0-9０-９]+)?|[〇○零一二三四五六七八九]*[〇○][〇○零一二三四五六七八九]*)|([A-Za-zＡ-Ｚａ-ｚ][A-Za-zＡ-Ｚａ-ｚ0-9０-９'’]*(?:[-‐&＆][A-Za-zＡ-Ｚａ-ｚ0-9０-９]+)*)|(\s+)/gu;
const CHINESE_DIGITS: Record<string, string> = {
  〇: '0', '○': '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
};

function normalizeNumber(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[〇○零一二三四五六七八九]/g, (c) => CHINESE_DIGITS[c])
    .replace(/,/g, '')
    .replace(/．/g, '.');
}

function pushRun(tokens: Token[], text: string, start: number, end: number, seg: ZhSegmenter): void {
  const run = text.slice(start, end);
  let words: string[];
  try {
    words = seg.cut(run, true);
  } catch {
    // A segmenter failure degrades to one token per code point rather than losing the text.
    words = [...run];
  }
  let cursor = 0;
  for (const word of words) {
    if (!word) continue;
    const at = run.startsWith(word, cursor) ? cursor : run.indexOf(word, cursor);
    if (at < 0) continue;
    cursor = at + word.length;
    if (/^\s+$/u.test(word)) continue;
    const kind = /[\p{L}\p{N}]/u.test(word) ? 'word' : 'punct';
    tokens.push({ text: word, start: start + at, end: start + cursor, norm: word, kind });
  }
}

// Tokens of the texts a segmenter has cut, so that the aligner, every check and the viewer's lookups
// cut each segment once. Bounded: a long session never holds more than this many texts.
const TOKEN_CACHE_TEXTS = 50_000;
const tokenCache = new WeakMap<ZhSegmenter, Map<string, readonly Token[]>>();

/** Splits Chinese text into words (via `seg`), numbers, Latin names and punctuation with UTF-16 offsets into `text`; never throws on user text. Results are cached per segmenter: treat them as read-only. */
export function tokenizeChinese(text: string, seg: ZhSegmenter): Token[] {
  if (typeof text !== 'string') throw new RangeError(`tokenizeChinese: text must be a string, got ${typeof text}`);
  let cache = tokenCache.get(seg);
  if (!cache) tokenCache.set(seg, (cache = new Map()));
  const hit = cache.get(text);
  if (hit) return hit as Token[];
  const tokens = cutChinese(text, seg);
  if (cache.size >= TOKEN_CACHE_TEXTS) cache.clear();
  cache.set(text, tokens);
  return tokens;
}

// Part-of-speech tags of the texts a segmenter has tagged: the entity check tags each Chinese segment
// twice (its names, then its surname swaps) and the negation check once more.
const TAG_CACHE_TEXTS = 20_000;

/**
 * The segmenter with `tag` remembered for up to TAG_CACHE_TEXTS texts (results shared: read-only);
 * `addWord` forgets them, since a new word can change the tagging.
 */
export function rememberingTags(seg: ZhSegmenter): ZhSegmenter {
  const tag = seg.tag;
  if (!tag) return seg;
  const read = (text: string) => tag.call(seg, text);
  let remembered = boundedMemo(read, TAG_CACHE_TEXTS);
  const addWord = seg.addWord;
  return {
    cut: (text, hmm) => seg.cut(text, hmm),
    tag: (text) => remembered(text),
    ...(addWord && {
      addWord: (word: string, freq?: number, wordTag?: string) => {
        remembered = boundedMemo(read, TAG_CACHE_TEXTS);
        addWord.call(seg, word, freq, wordTag);
      },
    }),
  };
}

function cutChinese(text: string, seg: ZhSegmenter): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(CHUNK)) {
    if (m.index > last) pushRun(tokens, text, last, m.index, seg);
    const start = m.index;
    const end = start + m[0].length;
    if (m[1] !== undefined) tokens.push({ text: m[0], start, end, norm: normalizeNumber(m[0]), kind: 'number' });
    else if (m[2] !== undefined) tokens.push({ text: m[0], start, end, norm: stemEnglish(m[0].normalize('NFKC')), kind: 'latin-name' });
    last = end;
  }
  if (last < text.length) pushRun(tokens, text, last, text.length, seg);
  return tokens;
}

/**
 * Splits a word into dictionary words, for words the dictionary lacks: the fewest pieces, preferring
 * multi-character words, falling back to single characters (code points); a known word returns itself.
 */
export function subwordsOf(word: string, dict: Dictionary): string[] {
  if (typeof word !== 'string' || word === '') return [];
  if (dict.has(word)) return [word];
  const chars = [...word];
  const n = chars.length;
  // cost[i]: best (pieces, single-character pieces) for chars[i..n); a piece not in the dictionary costs extra.
  const cost: [number, number][] = new Array(n + 1);
  const next: number[] = new Array(n + 1);
  cost[n] = [0, 0];
  for (let i = n - 1; i >= 0; i--) {
    cost[i] = [Infinity, Infinity];
    let piece = '';
    for (let j = i + 1; j <= n; j++) {
      piece += chars[j - 1];
      if (piece.length > dict.maxWordLength) break;
      const single = j === i + 1;
      if (!single && !dict.has(piece)) continue;
      const c: [number, number] = [cost[j][0] + 1, cost[j][1] + (single ? 1 : 0)];
      if (c[1] < cost[i][1] || (c[1] === cost[i][1] && c[0] < cost[i][0])) {
        cost[i] = c;
        next[i] = j;
      }
    }
  }
  const out: string[] = [];
  for (let i = 0; i < n; i = next[i]) out.push(chars.slice(i, next[i]).join(''));
  return out;
}

/**
 * Stemmed English words a Chinese word may translate to: its own dictionary glosses, or, for a word
 * the dictionary lacks, the glosses of its dictionary sub-words (or characters); [] when none.
 */
export function translationStemsOf(word: string, dict: Dictionary): readonly string[] {
  const own = dict.enStemsOf(word);
  return own.length > 0 ? own : [...new Set(subwordsOf(word, dict).flatMap((w) => dict.enStemsOf(w)))];
}
