// Loads the pipeline's language resources in a browser context (a worker, or the main thread as a
// fallback): the CC-CEDICT index as a same-origin asset and jieba's WebAssembly build.
import init, * as jieba from 'jieba-wasm/web';
import dictUrl from '../../generated/cedict-index.json?url';
import { createDictionary, type Dictionary, type DictionaryData } from '../core/lexicon/dictionary';
import { rememberingTags, type ZhSegmenter } from '../core/lexicon/tokenize-zh';
import { prepareSegmenter } from '../core/lexicon/prepare-segmenter';
import type { PipelineResources } from '../core/pipeline';
import type { PdfjsLike } from '../core/input/extract-pdf';

/** Wraps jieba-wasm's web build as the core's segmenter interface. */
export function wrapJieba(): ZhSegmenter {
  return rememberingTags({
    cut: (text, hmm) => jieba.cut(text, hmm ?? true),
    tag: (text) => jieba.tag(text, true),
    addWord: (word, freq, tag) => {
      jieba.add_word(word, freq ?? null, tag ?? null);
    },
  });
}

// jieba's own glue finds its wasm the same way; naming it here lets the Cache API keep it.
const jiebaWasmUrl = new URL('../../node_modules/jieba-wasm/pkg/web/jieba_rs_wasm_bg.wasm', import.meta.url).href;

const CACHE_NAME = 'duizhao-assets';

/**
 * Fetches a built asset through the Cache API, so a reload or a later visit reads the 8 MB
 * dictionary and the segmenter from disk instead of the network. Built asset names carry a content
 * hash: a cached response is never stale, and entries of older builds are deleted. Plain fetch
 * where the Cache API is missing (an insecure context).
 */
async function fetchCached(url: string, keep: readonly string[]): Promise<Response> {
  let cache: Cache | null = null;
  try {
    cache = typeof caches === 'undefined' ? null : await caches.open(CACHE_NAME);
  } catch {
    cache = null;
  }
  const hit = await cache?.match(url).catch(() => undefined);
  if (hit) return hit;
  const res = await fetch(url);
  if (res.ok && cache) {
    const c = cache;
    void c
      .put(url, res.clone())
      .then(async () => {
        const wanted = new Set(keep.map((k) => new URL(k, location.href).href));
        for (const req of await c.keys()) if (!wanted.has(req.url)) await c.delete(req);
      })
      .catch(() => {});
  }
  return res;
}

interface Fetched {
  dictionary: Promise<ArrayBuffer>;
  segmenter: Promise<WebAssembly.Module | Response>;
}
let fetched: Fetched | null = null;

/**
 * Starts downloading the dictionary and compiling the segmenter, without parsing anything: the
 * thread stays free (for provisional rows) until loadBrowserResources needs them. Idempotent.
 */
export function prefetchBrowserResources(): void {
  if (fetched) return;
  const keep = [dictUrl, jiebaWasmUrl];
  const dictionary = fetchCached(dictUrl, keep).then((r) => {
    if (!r.ok) throw new Error(`The dictionary could not be loaded (HTTP ${r.status}).`);
    return r.arrayBuffer();
  });
  // Streaming compilation runs off this thread; where it cannot (wrong MIME type), jieba's glue compiles the response itself.
  const segmenter = fetchCached(jiebaWasmUrl, keep).then((r) => WebAssembly.compileStreaming(r.clone()).catch(() => r));
  dictionary.catch(() => {});
  segmenter.catch(() => {});
  fetched = { dictionary, segmenter };
}

/** Parses the dictionary and starts jieba (fetching both first if needed); rejects with one sentence when an asset is missing. */
export async function loadBrowserResources(): Promise<PipelineResources & { dictionary: Dictionary }> {
  prefetchBrowserResources();
  const { dictionary: bytes, segmenter } = fetched!;
  const [buffer] = await Promise.all([bytes, init({ module_or_path: await segmenter })]);
  const dictionary = createDictionary(JSON.parse(new TextDecoder().decode(buffer)) as DictionaryData);
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
