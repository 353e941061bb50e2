// A Chinese → English dictionary over the compact CC-CEDICT index, with lazy English and name indexes.
import { GLOSS_STOPWORDS } from './stopwords';
import { stemEnglish } from './tokenize-en';

/** One index row: simplified word, CEDICT pinyin ('Yan2 tian2'), cleaned glosses, and the word a gloss-less row points at. */
export type DictionaryRow = [zh: string, pinyin: string, glosses: string[], see?: string];

/** The build step's format version: 2 added `classifiers`. An index of an older version is rebuilt. */
export const DICTIONARY_VERSION = 2;

/** The JSON written by scripts/build-dictionary.ts (generated/cedict-index.json). */
export interface DictionaryData {
  format: 'duizhao-cedict-index';
  version: number;
  /** Credit line required by CC-CEDICT's CC BY-SA 4.0 licence; show it wherever glosses are shown. */
  attribution: string;
  entries: DictionaryRow[];
  /** Dictionary words a stock jieba splits, in the order the build step taught them (see prepareSegmenter). */
  segmenterWords?: string[];
  /** Nouns each classifier counts, from CEDICT's 'classifier for …' senses (批 → batches, lots, flights). */
  classifiers?: Record<string, string[]>;
  /** Indexes that do not depend on any document, built once at install time (absent: built on first use). */
  indexes?: DictionaryIndexes;
}

/** A reading of a word by its position among the word's entries: [word, index]. */
export type ReadingRef = [string, number];

/** The dictionary's document-independent indexes, as the build step writes them. */
export interface DictionaryIndexes {
  /**
   * Chinese words by English gloss stem (zhWordsOf), compact: one line per stem, 'stem\tid,id,…', each id
   * a word's position in the entries' word order (words()), in base 36. Read lazily: a run decodes only
   * the stems it asks for, where building the index from the glosses costs every run about a second.
   */
  reverseStems?: string;
  /** Proper-noun readings by folded toneless pinyin and gloss name (zhNamesOf). */
  names: Record<string, ReadingRef[]>;
  /** Name readings of two or more characters by every folded Latin name their glosses give (the entity check's gloss-name index). */
  glossNames?: Record<string, ReadingRef[]>;
}

/** One reading of a word; `name` is true when CEDICT capitalises the pinyin (a proper noun). */
export interface DictEntry {
  zh: string;
  pinyin: string;
  glosses: string[];
  name: boolean;
}

/** Read-only lookups over the dictionary; every method accepts any string and never throws. */
export interface Dictionary {
  /** Entries of a simplified word ([] if none); a 'see X' entry carries X's glosses. */
  lookup(word: string): DictEntry[];
  /** The same entries without copying them: shared with every other caller, so read them only (see `readEntries`). */
  sharedEntries?(word: string): readonly Readonly<DictEntry>[];
  /** Porter stems of the English content words that can translate the word ('促进' → 'promot', …). */
  enStemsOf(word: string): readonly string[];
  /** Chinese words whose glosses contain this stem (the stored reverse index, or one built on first call without it). */
  zhWordsOf(stem: string): readonly string[];
  /** Proper-noun entries whose toneless pinyin or gloss name matches, ignoring case, spaces, hyphens and apostrophes. */
  zhNamesOf(latinName: string): DictEntry[];
  has(word: string): boolean;
  /** Porter stems of the nouns a classifier counts (批 → 'batch', 'lot', 'flight'); [] for any other word. */
  countedBy?(word: string): readonly string[];
  /** Every simplified word, in index order. */
  words(): IterableIterator<string>;
  /** The gloss-name index the build step wrote, by folded Latin name, or undefined when the data has none. */
  prebuiltGlossNames?(): { get(foldedName: string): DictEntry[] | undefined } | undefined;
  /** The reverse and name indexes as plain data, for the build step to store. */
  exportIndexes?(): Pick<DictionaryIndexes, 'names' | 'reverseStems'>;
  /** The build step's list of words to teach the segmenter, when the index has one. */
  readonly segmenterWords?: readonly string[];
  /** Length of the longest word, in UTF-16 code units. */
  readonly maxWordLength: number;
  /** At most how long a word of two or more code units starting at text[at] can be: the longest with its first two code units, else 1. */
  maxWordLengthAt?(text: string, at: number): number;
  /** Number of distinct simplified words. */
  readonly size: number;
  readonly attribution: string;
}

const EMPTY: readonly string[] = Object.freeze([]);
const EMPTY_ENTRIES: readonly DictEntry[] = Object.freeze([]);

/**
 * A word's entries for a caller that only reads them (tests a flag, collects glosses): the dictionary's
 * shared ones where it offers them, else `lookup`'s copies. The hot checks ask about the same words
 * thousands of times, and each `lookup` copies every entry and its glosses.
 */
export function readEntries(dict: Dictionary, word: string): readonly Readonly<DictEntry>[] {
  return dict.sharedEntries ? dict.sharedEntries(word) : dict.lookup(word);
}
// Follow at most this many 'see' links so a cycle cannot loop.
const MAX_SEE_DEPTH = 3;

/** Folds a Latin name for matching: 'Hong Kong', 'hong-kong' and "Xi'an" → 'hongkong', 'xian'. */
export function foldLatinName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/u:/g, 'u')
    .replace(/[^a-z0-9]/g, '');
}

/** Toneless pinyin without spaces: 'Yan1 tai2 Shi4' → 'yantaishi'. */
function tonelessPinyin(pinyin: string): string {
  return foldLatinName(pinyin.replace(/[1-5]/g, ''));
}

/** The leading capitalised phrase of a name gloss: 'Hong Kong, special administrative region' → 'Hong Kong'. */
function glossName(gloss: string): string {
  const words = gloss.split(/[\s,;:(]+/);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (/^\p{Lu}/u.test(w)) out.push(w);
    // 'Bank of China', 'Isle of Man': a lowercase link word is kept only between capitalised words.
    else if (out.length > 0 && /^(?:of|the|and|de|du|la|von|van)$/.test(w) && /^\p{Lu}/u.test(words[i + 1] ?? '')) out.push(w);
    else break;
  }
  return out.join(' ');
}

// Parenthesised remarks in glosses ('to promote (an idea or cause)') describe usage, not the translation.
function contentStems(gloss: string): string[] {
  const bare = gloss.includes('(') ? gloss.replace(/\([^()]*\)/g, ' ') : gloss;
  const out: string[] = [];
  for (const w of bare.split(/[^\p{L}\p{N}'’-]+/u)) {
    for (const part of w.split('-')) {
      const lower = part.toLowerCase().replace(/^'+|'+$/g, '');
      if (lower.length < 2 || GLOSS_STOPWORDS.has(lower)) continue;
      const stem = stemEnglish(lower);
      if (stem && !GLOSS_STOPWORDS.has(stem)) out.push(stem);
    }
  }
  return out;
}

/** Builds lookups over index data; cheap (a Map of rows), with the English and name indexes built on first use. */
export function createDictionary(data: DictionaryData): Dictionary {
  if (!data || !Array.isArray(data.entries)) throw new RangeError(`createDictionary: not dictionary data: ${String(data)}`);
  const rowsByWord = new Map<string, DictionaryRow[]>();
  let maxWordLength = 0;
  for (const row of data.entries) {
    const list = rowsByWord.get(row[0]);
    if (list) list.push(row);
    else rowsByWord.set(row[0], [row]);
    if (row[0].length > maxWordLength) maxWordLength = row[0].length;
  }

  const entryCache = new Map<string, DictEntry[]>();
  const stemCache = new Map<string, readonly string[]>();
  let reverseIndex: Map<string, string[]> | undefined;
  let nameIndex: Map<string, DictEntry[]> | undefined;
  let nameRefs: Map<string, ReadingRef[]> | undefined;
  const prebuilt = data.indexes;
  const own = <T>(record: Record<string, T> | undefined, key: string): T | undefined =>
    record && typeof key === 'string' && Object.hasOwn(record, key) ? record[key] : undefined;
  const resolve = (refs: ReadingRef[]): DictEntry[] => refs.map(([w, k]) => entriesOf(w)[k]).filter((e) => e !== undefined);

  function glossesOf(row: DictionaryRow, depth: number): string[] {
    if (row[2].length > 0 || !row[3] || depth >= MAX_SEE_DEPTH) return row[2];
    const target = rowsByWord.get(row[3]);
    if (!target) return row[2];
    // Prefer the target reading whose pinyin starts like ours (烟台 Yan1 tai2 → 烟台市 Yan1 tai2 Shi4).
    const own = row[1].toLowerCase();
    const sameReading = target.filter((t) => t[1].toLowerCase().startsWith(own) || own.startsWith(t[1].toLowerCase()));
    return (sameReading.length > 0 ? sameReading : target).flatMap((t) => glossesOf(t, depth + 1));
  }

  // Shared, cached entries; only `lookup` and `zhNamesOf` hand out copies.
  function entriesOf(word: string): DictEntry[] {
    let entries = entryCache.get(word);
    if (!entries) {
      const rows = rowsByWord.get(word);
      if (!rows) return [];
      entries = rows.map((row) => ({ zh: row[0], pinyin: row[1], glosses: glossesOf(row, 0), name: /^\p{Lu}/u.test(row[1]) }));
      entryCache.set(word, entries);
    }
    return entries;
  }

  function lookup(word: string): DictEntry[] {
    if (typeof word !== 'string') return [];
    // Copies so a caller mutating a result cannot corrupt the cache.
    return entriesOf(word).map((e) => ({ ...e, glosses: [...e.glosses] }));
  }

  // Stems of one gloss, cached because many glosses recur ('to promote', 'to advance').
  const glossStemCache = new Map<string, string[]>();
  function glossStems(gloss: string, name: boolean): string[] {
    // A name translates as its name ('Hong Kong'), not as its description ('special administrative region').
    const text = (name && glossName(gloss)) || gloss;
    let stems = glossStemCache.get(text);
    if (!stems) {
      stems = contentStems(text);
      glossStemCache.set(text, stems);
    }
    return stems;
  }

  function rowStems(row: DictionaryRow, sink: (stem: string) => void): void {
    const name = /^\p{Lu}/u.test(row[1]);
    for (const gloss of glossesOf(row, 0)) for (const stem of glossStems(gloss, name)) sink(stem);
  }

  function enStemsOf(word: string): readonly string[] {
    if (typeof word !== 'string') return EMPTY;
    let stems = stemCache.get(word);
    if (!stems) {
      const set = new Set<string>();
      for (const row of rowsByWord.get(word) ?? []) rowStems(row, (stem) => set.add(stem));
      stems = set.size > 0 ? Object.freeze([...set]) : EMPTY;
      stemCache.set(word, stems);
    }
    return stems;
  }

  function buildReverseIndex(): Map<string, string[]> {
    if (!reverseIndex) {
      const index = new Map<string, string[]>();
      // Straight from the rows, so building it does not fill the per-word caches with every word.
      for (const [word, rows] of rowsByWord) {
        const add = (s: string) => {
          const list = index.get(s);
          if (!list) index.set(s, [word]);
          else if (list[list.length - 1] !== word) list.push(word);
        };
        for (const row of rows) rowStems(row, add);
      }
      glossStemCache.clear();
      reverseIndex = index;
    }
    return reverseIndex;
  }

  // The stored compact reverse index: where each stem's line starts, found on first use; a stem's
  // words are decoded when it is first asked for.
  let storedLines: Map<string, number> | undefined;
  let wordList: string[] | undefined;
  const storedCache = new Map<string, readonly string[]>();
  function storedWordsOf(blob: string, stem: string): readonly string[] {
    if (!storedLines) {
      storedLines = new Map();
      for (let at = 0; at < blob.length; ) {
        const tab = blob.indexOf('\t', at);
        const end = blob.indexOf('\n', at);
        const lineEnd = end < 0 ? blob.length : end;
        if (tab > at && tab < lineEnd) storedLines.set(blob.slice(at, tab), tab + 1);
        at = lineEnd + 1;
      }
    }
    let words = storedCache.get(stem);
    if (!words) {
      const start = storedLines.get(stem);
      if (start === undefined) return EMPTY;
      wordList ??= [...rowsByWord.keys()];
      const end = blob.indexOf('\n', start);
      const ids = blob.slice(start, end < 0 ? blob.length : end).split(',');
      const list: string[] = [];
      for (const id of ids) {
        const word = wordList[parseInt(id, 36)];
        if (word !== undefined) list.push(word);
      }
      words = list;
      storedCache.set(stem, words);
    }
    return words;
  }

  function zhWordsOf(stem: string): readonly string[] {
    if (typeof stem !== 'string') return EMPTY;
    if (typeof prebuilt?.reverseStems === 'string') return storedWordsOf(prebuilt.reverseStems, stem);
    return buildReverseIndex().get(stem) || EMPTY;
  }

  /** The reverse index in its stored form (DictionaryIndexes.reverseStems). */
  function exportReverseStems(): string {
    const position = new Map<string, number>();
    for (const word of rowsByWord.keys()) position.set(word, position.size);
    const lines: string[] = [];
    for (const [stem, words] of buildReverseIndex()) {
      // A stem is a lowercase word; one holding the separators could not be stored (none does).
      if (/[\t\n,]/.test(stem)) throw new RangeError(`exportIndexes: stem ${JSON.stringify(stem)} holds a separator`);
      lines.push(`${stem}\t${words.map((w) => position.get(w)!.toString(36)).join(',')}`);
    }
    return lines.join('\n');
  }

  function buildNameRefs(): Map<string, ReadingRef[]> {
    if (!nameRefs) {
      const refs = new Map<string, ReadingRef[]>();
      const add = (key: string, entry: DictEntry, ref: ReadingRef) => {
        if (!key) return;
        const list = refs.get(key);
        if (!list) refs.set(key, [ref]);
        else if (!list.some(([w, k]) => w === entry.zh && entriesOf(w)[k].pinyin === entry.pinyin)) list.push(ref);
      };
      for (const [word, rows] of rowsByWord) {
        if (!rows.some((row) => /^\p{Lu}/u.test(row[1]))) continue;
        entriesOf(word).forEach((entry, k) => {
          if (!entry.name) return;
          const ref: ReadingRef = [word, k];
          add(tonelessPinyin(entry.pinyin), entry, ref);
          // Only glosses that are about the name itself ('Hong Kong, special…'), not 'Hong Kong person'.
          // 'Macao or Macau' names the place twice: each alternative is the name itself.
          for (const gloss of entry.glosses) {
            for (const alternative of gloss.split(/\s*[,;(]/)[0].trim().split(/\s+or\s+/)) {
              const name = glossName(alternative);
              if (name && name === alternative) add(foldLatinName(name), entry, ref);
            }
          }
        });
      }
      nameRefs = refs;
    }
    return nameRefs;
  }

  function zhNamesOf(latinName: string): DictEntry[] {
    if (typeof latinName !== 'string') return [];
    const key = foldLatinName(latinName);
    let entries: DictEntry[];
    if (prebuilt) entries = resolve(own(prebuilt.names, key) ?? []);
    else {
      nameIndex ??= new Map([...buildNameRefs()].map(([k, refs]) => [k, resolve(refs)]));
      entries = nameIndex.get(key) ?? [];
    }
    return entries.map((e) => ({ ...e, glosses: [...e.glosses] }));
  }

  const glossNameCache = new Map<string, DictEntry[] | undefined>();
  function prebuiltGlossNames() {
    const record = prebuilt?.glossNames;
    if (!record) return undefined;
    return {
      get(folded: string): DictEntry[] | undefined {
        if (!glossNameCache.has(folded)) {
          const refs = own(record, folded);
          // Copies, as dict.lookup hands out, so the entity check sees the same objects either way.
          glossNameCache.set(folded, refs && resolve(refs).map((e) => ({ ...e, glosses: [...e.glosses] })));
        }
        return glossNameCache.get(folded);
      },
    };
  }

  function exportIndexes(): Pick<DictionaryIndexes, 'names' | 'reverseStems'> {
    return { names: Object.fromEntries(buildNameRefs()), reverseStems: exportReverseStems() };
  }

  // Longest word by its first two code units, built on first use: a longest-match cut need not try
  // slices no word could fill.
  // By first then second code unit: small-integer keys, which a Map hashes fastest.
  let longestFrom: Map<number, Map<number, number>> | undefined;
  function maxWordLengthAt(text: string, at: number): number {
    if (!longestFrom) {
      longestFrom = new Map();
      for (const word of rowsByWord.keys()) {
        if (word.length < 2) continue;
        const first = word.charCodeAt(0);
        let seconds = longestFrom.get(first);
        if (!seconds) longestFrom.set(first, (seconds = new Map()));
        const second = word.charCodeAt(1);
        if (word.length > (seconds.get(second) ?? 0)) seconds.set(second, word.length);
      }
    }
    if (typeof text !== 'string' || !(at >= 0) || at + 1 >= text.length) return 1;
    return longestFrom.get(text.charCodeAt(at))?.get(text.charCodeAt(at + 1)) ?? 1;
  }

  return {
    lookup,
    sharedEntries: (word: string) => (typeof word === 'string' ? entriesOf(word) : EMPTY_ENTRIES),
    enStemsOf,
    maxWordLengthAt,
    zhWordsOf,
    zhNamesOf,
    prebuiltGlossNames,
    exportIndexes,
    has: (word: string) => rowsByWord.has(word),
    countedBy: (word: string) => {
      const nouns = typeof word === 'string' ? own(data.classifiers, word) : undefined;
      return Array.isArray(nouns) ? nouns.map(stemEnglish) : EMPTY;
    },
    words: () => rowsByWord.keys(),
    segmenterWords: data.segmenterWords,
    maxWordLength,
    size: rowsByWord.size,
    attribution: data.attribution,
  };
}
