// Node adapter for pdfjs-dist: its legacy build (the one that runs on Node 20), with pdfjs'
// in-thread "fake worker", loaded only when a PDF arrives.
import type { PdfjsLike } from '../core/input/extract-pdf';

let cached: Promise<PdfjsLike> | undefined;

/** Loads pdfjs-dist's Node build once per process (or worker thread). */
export function loadPdfjsNode(): Promise<PdfjsLike> {
  cached ??= import('pdfjs-dist/legacy/build/pdf.mjs') as unknown as Promise<PdfjsLike>;
  return cached;
}
