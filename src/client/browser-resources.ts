// Loads the pipeline's language resources in a browser context (a worker, or the main thread as a
// fallback): the CC-CEDICT index as a same-origin asset and jieba's WebAssembly build.
import init, * as jieba from 'jieba-wasm/web';
import dictUrl from '../../generated/cedict-index.json?url';
import { createDictionary, type Dictionary, type DictionaryData } from '../core/lexicon/dictionary';
import type { ZhSegmenter } from '../core/lexicon/tokenize-zh';
import { prepareSegmenter } from '../core/lexicon/prepare-segmenter';
import type { PipelineResources } from '../core/pipeline';
import type { PdfjsLike } from '../core/input/extract-pdf';

/** Wraps jieba-wasm's web build as the core's segmenter interface. */
export function wrapJieba(): ZhSegmenter {
  return {
    cut: (text, hmm) => jieba.cut(text, hmm ?? true),
    tag: (text) => jieba.tag(text, true),
    addWord: (word, freq, tag) => {
      jieba.add_word(word, freq ?? null, tag ?? null);
    },
  };
}

/** Fetches and parses the dictionary, and starts jieba; rejects with one sentence when an asset is missing. */
export async function loadBrowserResources(): Promise<PipelineResources & { dictionary: Dictionary }> {
  const [data] = await Promise.all([
    fetch(dictUrl).then((r) => {
      if (!r.ok) throw new Error(`The dictionary could not be loaded (HTTP ${r.status}).`);
      return r.json() as Promise<DictionaryData>;
    }),
    init(),
  ]);
  const dictionary = createDictionary(data);
  const zh = wrapJieba();
  // The same word list as the CLI's segmenter, so the viewer shows the same flags.
  prepareSegmenter(zh, dictionary);
  return { dictionary, zh };
}

/** Loads pdfjs-dist's browser build for the input layer, running its parser in this thread: the caller is already the pipeline worker. */
export async function loadPdfjsBrowser(): Promise<PdfjsLike> {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.mjs')]);
  // pdfjs uses a "fake worker" in this thread when globalThis.pdfjsWorker holds its message handler.
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  return pdfjs as unknown as PdfjsLike;
}
