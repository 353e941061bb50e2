// Node adapter for the language resources: the CC-CEDICT index from generated/ and jieba-wasm.
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as jieba from 'jieba-wasm';
import { createDictionary, DICTIONARY_VERSION, type Dictionary, type DictionaryData } from '../core/lexicon/dictionary';
import { prepareSegmenter } from '../core/lexicon/prepare-segmenter';
import { rememberingTags, type ZhSegmenter } from '../core/lexicon/tokenize-zh';

// From src/cli/ (tsx) the project root is two folders up; from the built dist/cli.mjs, one.
const ROOT_URL = new URL(existsSync(fileURLToPath(new URL('../generated/', import.meta.url))) ? '../' : '../../', import.meta.url);

/** Where scripts/build-dictionary.ts writes the index. */
export const DICTIONARY_PATH = fileURLToPath(new URL('generated/cedict-index.json', ROOT_URL));

export interface NodeResources {
  dictionary: Dictionary;
  zh: ZhSegmenter;
}

/** Thrown when the dictionary index is missing and cannot be built. */
export class DictionaryUnavailableError extends Error {
  constructor(cause: unknown) {
    super(
      `The CC-CEDICT index (${DICTIONARY_PATH}) is missing and could not be built: ` +
        `${cause instanceof Error ? cause.message : String(cause)}. Run \`npm run build:dict\`.`,
    );
    this.name = 'DictionaryUnavailableError';
  }
}

/** Reads generated/cedict-index.json synchronously (it must exist; see ensureDictionaryIndex). */
export function loadDictionaryData(): DictionaryData {
  const data = JSON.parse(readFileSync(DICTIONARY_PATH, 'utf8')) as DictionaryData;
  if (data.format !== 'duizhao-cedict-index') throw new DictionaryUnavailableError(`unexpected format ${String(data.format)}`);
  return data;
}

/** Whether the index on disk was written by this build step's format version (its head says so). */
function isCurrentIndex(): boolean {
  if (!existsSync(DICTIONARY_PATH)) return false;
  const fd = openSync(DICTIONARY_PATH, 'r');
  try {
    const head = Buffer.alloc(80);
    const n = readSync(fd, head, 0, head.length, 0);
    return head.subarray(0, n).toString('utf8').includes(`"version":${DICTIONARY_VERSION}`);
  } finally {
    closeSync(fd);
  }
}

/** Builds the index if it is missing or older than this build step's format; throws DictionaryUnavailableError with one clear sentence if that fails. */
export async function ensureDictionaryIndex(): Promise<void> {
  if (isCurrentIndex()) return;
  // An index of an older format is rebuilt whatever its age says.
  const stale = existsSync(DICTIONARY_PATH);
  try {
    const { buildDictionaryIndex } = await import('../../scripts/build-dictionary');
    await buildDictionaryIndex({ quiet: true, force: stale });
  } catch (err) {
    throw new DictionaryUnavailableError(err);
  }
}

/** Wraps Node jieba-wasm (one global instance per process) as a ZhSegmenter. */
export function createJiebaSegmenter(): ZhSegmenter {
  return rememberingTags({
    cut: (text, hmm = true) => jieba.cut(text, hmm),
    tag: (text) => jieba.tag(text, true),
    addWord: (word, freq, tag) => {
      jieba.add_word(word, freq ?? null, tag ?? null);
    },
  });
}

let cached: Promise<NodeResources> | undefined;

/** Loads the dictionary and a prepared jieba once per process; later calls return the same objects. */
export function loadNodeResources(): Promise<NodeResources> {
  cached ??= (async () => {
    await ensureDictionaryIndex();
    const dictionary = createDictionary(loadDictionaryData());
    const zh = createJiebaSegmenter();
    prepareSegmenter(zh, dictionary);
    return { dictionary, zh };
  })();
  // A failed load is not cached, so a later call (after `npm run build:dict`) can succeed.
  cached.catch(() => {
    cached = undefined;
  });
  return cached;
}
