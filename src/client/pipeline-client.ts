// Main-thread side of the pipeline worker: starts it, forwards progress, cancels by terminating it
// (a fresh worker starts on the next call), and runs the same API on the main thread when no worker
// can start (CSP, old browser, file:// page).
import * as Comlink from 'comlink';
import type { GlossaryEntry } from '../core/checks/check';
import type { ExtractedDocument, ExtractResult } from '../core/input/extracted';
import type { DocumentInput } from '../core/pipeline';
import type { Flag, Pair, Report, Side } from '../core/types';
import type { PipelineApi, RunHooks, WordInfo, WordMatches } from './pipeline-api';

/** Where the pipeline runs; 'main-thread' means the page may pause during long runs. */
export type ClientMode = 'idle' | 'worker' | 'main-thread';

/** Rejection of every pending call when the user presses Cancel. */
export class CancelledError extends Error {
  constructor() {
    super('Cancelled.');
  }
}

/** The worker-shaped thing the client needs; a real Worker fits. */
export interface WorkerLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: string, listener: (ev: any) => void): void;
  removeEventListener(type: string, listener: (ev: any) => void): void;
  terminate(): void;
}

export interface PipelineClientOptions {
  /** Starts a worker; may throw. Defaults to the module worker in workers/pipeline.worker.ts. */
  createWorker?: () => WorkerLike;
  /** Loads the API on the main thread, for the fallback. */
  loadLocalApi?: () => Promise<PipelineApi>;
  /** Told once when the client falls back to the main thread, with the reason. */
  onFallback?: (reason: string) => void;
}

export interface PipelineClient {
  readonly mode: ClientMode;
  /** Aligns and checks two documents; `glossary` entries (already parsed) feed the checks. */
  buildReport(source: DocumentInput, target: DocumentInput, hooks?: RunHooks, glossary?: GlossaryEntry[]): Promise<Report>;
  /** Reads a file through the input layer, in the worker: extracted text (or aligned units), or one sentence on why not. */
  extractFile(bytes: Uint8Array, name: string): Promise<ExtractResult>;
  /** Checks a bilingual file (TMX, XLIFF, CSV, TSV) the input layer read, without aligning. */
  buildBitextReport(doc: ExtractedDocument, glossary?: GlossaryEntry[]): Promise<Report>;
  /** Checks only `pairs`, with the same glossary as the run that made them. */
  checkPairs(source: Side, target: Side, pairs: Pair[], glossary?: GlossaryEntry[], changed?: Pair[]): Promise<Flag[]>;
  lookupWord(text: string, offset: number): Promise<WordInfo | null>;
  matchWords(zh: string, en: string): Promise<WordMatches>;
  /** Starts the worker (and its dictionary load) ahead of the first call, e.g. while the page boots. */
  warm(): void;
  /** Stops whatever runs now (a busy worker is terminated, an idle one kept); pending calls reject with CancelledError. */
  cancel(): void;
  dispose(): void;
}

interface Running {
  api: Comlink.Remote<PipelineApi> | PipelineApi;
  /** True when calls cross a thread boundary (callbacks must be comlink proxies). */
  remote: boolean;
  /** Rejects when the worker dies or is cancelled; never resolves. */
  dead: Promise<never>;
  isDead(): boolean;
  kill(reason: Error): void;
}

/** A started (or starting) pipeline: `ready` settles when it can take calls. */
interface Slot {
  ready: Promise<Running>;
  kill(reason: Error): void;
}

function deathNotice(): { dead: Promise<never>; die: (e: Error) => void; isDead: () => boolean } {
  let reject: (e: Error) => void = () => {};
  let gone = false;
  const dead = new Promise<never>((_, r) => (reject = r));
  dead.catch(() => {});
  return { dead, die: (e) => ((gone = true), reject(e)), isDead: () => gone };
}

function defaultWorker(): WorkerLike {
  return new Worker(new URL('../../workers/pipeline.worker.ts', import.meta.url), { type: 'module', name: 'duizhao-pipeline' });
}

async function defaultLocalApi(): Promise<PipelineApi> {
  const [{ createPipelineApi }, { loadBrowserResources, loadPdfjsBrowser, prefetchBrowserResources }] = await Promise.all([import('./pipeline-api'), import('./browser-resources')]);
  return createPipelineApi(loadBrowserResources, { loadPdfjs: loadPdfjsBrowser }, prefetchBrowserResources);
}

/** Creates a client; nothing starts until the first call. */
export function createPipelineClient(options: PipelineClientOptions = {}): PipelineClient {
  const createWorker = options.createWorker ?? defaultWorker;
  const loadLocalApi = options.loadLocalApi ?? defaultLocalApi;
  let mode: ClientMode = 'idle';
  let useMainThread = false;
  let current: Slot | null = null;
  let generation = 0;
  // Calls not yet answered: Cancel stops the worker only when it is busy, so an idle worker (and
  // the dictionary it loaded) serves the next run.
  let inFlight = 0;

  function startLocal(): Slot {
    const { dead, die, isDead } = deathNotice();
    const api = loadLocalApi();
    // The main thread cannot be interrupted: cancelling only drops the result.
    const proxy = new Proxy({} as PipelineApi, {
      get: (_t, name: keyof PipelineApi) => async (...args: unknown[]) => ((await api)[name] as (...a: unknown[]) => unknown)(...args),
    });
    mode = 'main-thread';
    const running: Running = { api: proxy, remote: false, dead, isDead, kill: die };
    return { ready: Promise.resolve(running), kill: die };
  }

  function startWorker(): Slot {
    let worker: WorkerLike;
    try {
      worker = createWorker();
    } catch (e) {
      return { ready: Promise.reject(new Error(`the worker could not be created (${(e as Error).message})`)), kill: () => {} };
    }
    const { dead, die, isDead } = deathNotice();
    const onError = (ev: { message?: string }) => {
      die(new Error(`the pipeline worker stopped${ev?.message ? ` (${ev.message})` : ''}`));
      worker.terminate();
    };
    worker.addEventListener('error', onError);
    const api = Comlink.wrap<PipelineApi>(worker as unknown as Comlink.Endpoint);
    const kill = (e: Error) => {
      die(e);
      worker.removeEventListener('error', onError);
      worker.terminate();
    };
    const running: Running = { api, remote: true, dead, isDead, kill };
    // The worker has started only when it has loaded its resources and answered.
    const ready = Promise.race([api.prepare(), dead]).then(() => {
      mode = 'worker';
      return running;
    });
    return { ready, kill };
  }

  function running(): Promise<Running> {
    if (current) return current.ready;
    const gen = generation;
    const slot = useMainThread ? startLocal() : startWorker();
    const ready = slot.ready.catch((e: Error) => {
      if (e instanceof CancelledError || gen !== generation) throw new CancelledError();
      useMainThread = true;
      options.onFallback?.(`Running on the main thread: ${e.message}.`);
      const local = startLocal();
      current = local;
      return local.ready;
    });
    current = { ready, kill: (e) => slot.kill(e) };
    return ready;
  }

  async function call<T>(use: (api: Running['api'], remote: boolean) => Promise<T>): Promise<T> {
    const gen = generation;
    inFlight += 1;
    try {
      return await answer(gen, use);
    } finally {
      inFlight -= 1;
    }
  }

  async function answer<T>(gen: number, use: (api: Running['api'], remote: boolean) => Promise<T>): Promise<T> {
    const r = await running();
    try {
      const out = await Promise.race([use(r.api, r.remote), r.dead]);
      if (gen !== generation) throw new CancelledError();
      return out;
    } catch (e) {
      if (gen !== generation) throw new CancelledError();
      // A worker that died mid-run is replaced on the next call.
      if (r.isDead()) current = null;
      throw e;
    }
  }

  return {
    get mode() {
      return mode;
    },
    buildReport: (source, target, hooks = {}, glossary = []) =>
      call((api, remote) => {
        // Callbacks cross the worker boundary as comlink proxies; on the main thread they are called directly.
        const wrap = <F extends (...a: any[]) => void>(f?: F) => (f && remote ? Comlink.proxy(f) : f);
        return api.buildReport(source, target, wrap(hooks.onProgress), wrap(hooks.onAligned), glossary, wrap(hooks.onProvisional));
      }),
    extractFile: (bytes, name) => call((api) => api.extractFile(bytes, name)),
    buildBitextReport: (doc, glossary = []) => call((api) => api.buildBitextReport(doc, glossary)),
    checkPairs: (source, target, pairs, glossary = [], changed) => call((api) => api.checkPairs(source, target, pairs, glossary, changed)),
    lookupWord: (text, offset) => call((api) => api.lookupWord(text, offset)),
    matchWords: (zh, en) => call((api) => api.matchWords(zh, en)),
    warm() {
      running().catch(() => {});
    },
    cancel() {
      generation += 1;
      if (inFlight === 0) return;
      const was = current;
      current = null;
      if (mode !== 'main-thread') mode = 'idle';
      was?.kill(new CancelledError());
    },
    dispose() {
      this.cancel();
    },
  };
}

