// Composer of the pipeline stages. STUB: being written by the lead; the signature below is the contract.
import type { Dictionary } from './dictionary';
import type { ZhSegmenter } from './tokenize-zh';
import type { GlossaryEntry } from './checks/check';
import type { Report } from './types';

/** Language resources the pipeline needs, loaded once per process or worker by an adapter. */
export interface PipelineResources {
  dictionary: Dictionary;
  zh: ZhSegmenter;
}

/** One input document: a display name and its decoded text. */
export interface DocumentInput {
  name: string;
  text: string;
}

/** Progress of a long run; `done` of `total` units of the named stage. */
export interface Progress {
  stage: 'segment' | 'align' | 'check';
  done: number;
  total: number;
}

export interface PipelineOptions {
  /** Inputs already hold one segment per line: nothing is re-split. */
  segmented?: boolean;
  glossary?: GlossaryEntry[];
  onProgress?: (p: Progress) => void;
}

/** Segments, aligns and checks an original and its translation (either language order) into a Report. */
export declare function buildReport(
  source: DocumentInput,
  target: DocumentInput,
  resources: PipelineResources,
  options?: PipelineOptions,
): Report;
