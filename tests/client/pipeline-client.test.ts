import { afterEach, describe, expect, it, vi } from 'vitest';
import { MessageChannel } from 'node:worker_threads';
import * as Comlink from 'comlink';
import { CancelledError, createPipelineClient, type PipelineClient, type WorkerLike } from '../../src/client/pipeline-client';
import type { PipelineApi } from '../../src/client/pipeline-api';
import type { Report } from '../../src/core/types';

const report = (name: string): Report => ({
  format: 'duizhao-report', version: 1, notes: [], pairs: [], flags: [],
  source: { name, lang: 'zh', segments: [] }, target: { name: 'b', lang: 'en', segments: [] },
});

/** An API whose buildReport reports progress, then waits until `release` is called (or answers at once). */
function fakeApi(opts: { hold?: boolean } = {}) {
  const calls: string[] = [];
  let release: () => void = () => {};
  const api: PipelineApi = {
    prepare: async () => void calls.push('prepare'),
    async buildReport(source, _t, onProgress) {
      calls.push(`build ${source.name}`);
      onProgress?.({ stage: 'align', done: 1, total: 2 });
      if (opts.hold) await new Promise<void>((r) => (release = r));
      return report(source.name);
    },
    extractFile: async (_bytes, name) => ({ ok: false, problem: `${name}: not read by the fake` }),
    buildBitextReport: async (doc) => report(doc.name),
    checkPairs: async () => [],
    lookupWord: async () => null,
    matchWords: async () => ({ zh: [], en: [] }),
  };
  return { api, calls, release: () => release() };
}

/** A worker backed by a MessageChannel in this thread, exposing `api` with comlink. */
function fakeWorker(api: PipelineApi, log: string[]): WorkerLike {
  const { port1, port2 } = new MessageChannel();
  Comlink.expose(api, port2 as unknown as Comlink.Endpoint);
  const w = port1 as unknown as WorkerLike & { start(): void };
  return {
    postMessage: (m, t) => w.postMessage(m, t),
    addEventListener: (type, l) => w.addEventListener(type, l),
    removeEventListener: (type, l) => w.removeEventListener(type, l),
    terminate: () => {
      log.push('terminate');
      port1.close();
      port2.close();
    },
  };
}

const doc = (name: string) => ({ name, text: 'x' });
let client: PipelineClient | undefined;
afterEach(() => client?.dispose());

describe('pipeline client', () => {
  it('runs in the worker and forwards progress', async () => {
    const { api } = fakeApi();
    const log: string[] = [];
    client = createPipelineClient({ createWorker: () => fakeWorker(api, log), loadLocalApi: async () => { throw new Error('not expected'); } });
    const progress: number[] = [];
    const out = await client.buildReport(doc('a'), doc('b'), { onProgress: (p) => progress.push(p.done) });
    expect(out.source.name).toBe('a');
    // Progress arrives on its own channel, so possibly just after the result.
    await vi.waitFor(() => expect(progress).toEqual([1]));
    expect(client.mode).toBe('worker');
  });

  it('falls back to the main thread when the worker cannot be created, and says why', async () => {
    const { api, calls } = fakeApi();
    const reasons: string[] = [];
    client = createPipelineClient({
      createWorker: () => { throw new Error('blocked by CSP'); },
      loadLocalApi: async () => api,
      onFallback: (r) => reasons.push(r),
    });
    const out = await client.buildReport(doc('a'), doc('b'));
    expect(out.source.name).toBe('a');
    expect(client.mode).toBe('main-thread');
    expect(reasons[0]).toMatch(/main thread.*blocked by CSP/);
    expect(calls).toContain('build a');
  });

  it('falls back when the worker reports an error before it is ready', async () => {
    const { api } = fakeApi();
    const listeners: Array<(ev: unknown) => void> = [];
    const broken: WorkerLike = {
      postMessage: () => setTimeout(() => listeners.forEach((l) => l({ message: 'module failed' }))),
      addEventListener: (_t, l) => listeners.push(l),
      removeEventListener: () => {},
      terminate: () => {},
    };
    client = createPipelineClient({ createWorker: () => broken, loadLocalApi: async () => api });
    expect((await client.buildReport(doc('a'), doc('b'))).source.name).toBe('a');
    expect(client.mode).toBe('main-thread');
  });

  it('cancel terminates the worker, rejects the run, and the next run starts a fresh worker', async () => {
    const held = fakeApi({ hold: true });
    const log: string[] = [];
    let started = 0;
    client = createPipelineClient({
      createWorker: () => {
        started += 1;
        return fakeWorker(started === 1 ? held.api : fakeApi().api, log);
      },
    });
    const run = client.buildReport(doc('slow'), doc('b'));
    await new Promise((r) => setTimeout(r, 20));
    client.cancel();
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    expect(log).toEqual(['terminate']);
    expect((await client.buildReport(doc('again'), doc('b'))).source.name).toBe('again');
    expect(started).toBe(2);
  });

  it('keeps an idle worker (and what it loaded) when a new run cancels nothing', async () => {
    const log: string[] = [];
    let started = 0;
    client = createPipelineClient({ createWorker: () => ((started += 1), fakeWorker(fakeApi().api, log)) });
    await client.buildReport(doc('first'), doc('b'));
    client.cancel();
    expect((await client.buildReport(doc('second'), doc('b'))).source.name).toBe('second');
    expect(started).toBe(1);
    expect(log).toEqual([]);
  });
});
