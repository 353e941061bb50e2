// The page's one pipeline client, started when this module runs: main.tsx imports it first, so the
// worker boots and starts its downloads while React and the viewer are still being evaluated and
// rendered, instead of after the first render.
import { createPipelineClient } from '../client/pipeline-client';

let fallback: string | null = null;
const listeners = new Set<(reason: string) => void>();

const noWorker = (): never => {
  throw new Error('workers are turned off (?no-worker)');
};

/** The client every part of the viewer uses; `?no-worker` runs the pipeline on the main thread, as when workers cannot start (and to test that path). */
export const pagePipeline = createPipelineClient({
  onFallback: (reason) => {
    fallback = reason;
    for (const l of listeners) l(reason);
  },
  createWorker: new URLSearchParams(location.search).has('no-worker') ? noWorker : undefined,
});
pagePipeline.warm();

/** Calls `listener` with the reason once the client falls back to the main thread (at once if it already has); returns an unsubscribe. */
export function onPipelineFallback(listener: (reason: string) => void): () => void {
  if (fallback !== null) listener(fallback);
  listeners.add(listener);
  return () => listeners.delete(listener);
}
