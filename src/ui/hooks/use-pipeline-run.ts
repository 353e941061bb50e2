// One run of the pipeline at a time: progress, the aligned report as soon as it exists, the checked
// report, cancellation, and one clear sentence when something goes wrong. A report opened from a
// file is shown as it is, with no run.
import { useCallback, useRef, useState } from 'react';
import { CancelledError, type PipelineClient } from '../../client/pipeline-client';
import type { GlossaryEntry } from '../../core/checks/check';
import { parseGlossary } from '../../core/lexicon/glossary';
import type { Progress } from '../../core/pipeline';
import type { Report } from '../../core/types';
import { isReport, type OpenDocs, type Opened } from '../model/opened';


export interface RunState {
  status: 'idle' | 'running' | 'done' | 'error' | 'cancelled';
  /** What was opened last (kept for the session and the review key). */
  opened: Opened | null;
  /** The documents of a run; null for a report opened from a file. */
  docs: OpenDocs | null;
  /** The glossary's usable entries, for the run and for every re-check. */
  glossary: GlossaryEntry[];
  /** Aligned (possibly not yet checked) report. */
  report: Report | null;
  /**
   * The report's rows were aligned without the dictionary, which is still loading: look, do not edit.
   * 'top': only the first screen's rows so far; 'whole': every row.
   */
  provisional: false | 'top' | 'whole';
  checked: boolean;
  progress: Progress | null;
  error: string | null;
}

const idle: RunState = { status: 'idle', opened: null, docs: null, glossary: [], report: null, provisional: false, checked: false, progress: null, error: null };

/** Share of the bar each stage fills, in order: alignment dominates, checks come second. */
const STAGES: Record<Progress['stage'], [number, number]> = { segment: [0, 0.15], align: [0.15, 0.6], check: [0.6, 1] };

/** Overall fraction done in [0, 1] for a stage's progress. */
export function progressFraction(p: Progress | null): number {
  if (!p) return 0;
  const [from, to] = STAGES[p.stage];
  return from + (to - from) * (p.total > 0 ? Math.min(1, p.done / p.total) : 0);
}

/** A user-facing sentence for a failed run (errors from the worker arrive as plain messages). */
function describeError(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  // Input problems are already one sentence; anything else is a fault of ours, said plainly.
  return /^(The |Both )/.test(message) ? message : `The documents could not be compared: ${message.split('\n')[0]}`;
}

export function usePipelineRun(client: PipelineClient) {
  const [state, setState] = useState<RunState>(idle);
  const runId = useRef(0);

  const open = useCallback(
    async (opened: Opened) => {
      const id = ++runId.current;
      client.cancel();
      const glossary = opened.glossary ? parseGlossary(opened.glossary.text).entries : [];
      performance.clearMarks();
      performance.mark('duizhao:open');
      if (isReport(opened)) {
        setState({ ...idle, status: 'done', opened, glossary, report: opened.report, checked: true });
        return;
      }
      const docs = opened;
      const base = { ...idle, opened, docs, glossary };
      for (const [doc, role] of [[docs.source, 'original'], [docs.target, 'translation']] as const) {
        if (doc.text.trim() === '') {
          setState({ ...base, status: 'error', error: `The ${role} (${doc.name}) is empty.` });
          return;
        }
      }
      setState({ ...base, status: 'running' });
      const onProgress = (progress: Progress) => {
        // The first progress means the dictionary and segmenter are loaded: worth timing apart.
        if (performance.getEntriesByName('duizhao:resources-ready').length === 0) performance.mark('duizhao:resources-ready');
        if (id === runId.current) setState((s) => (s.status === 'running' ? { ...s, progress } : s));
      };
      const onAligned = (report: Report) => {
        if (performance.getEntriesByName('duizhao:aligned').length === 0) performance.mark('duizhao:aligned');
        if (id === runId.current) setState((s) => (s.status === 'running' ? { ...s, report, provisional: false } : s));
      };
      const onProvisional = (report: Report, complete: boolean) => {
        // Provisional rows replace provisional rows (the first screen, then the whole document), never aligned ones.
        const provisional = complete ? 'whole' : 'top';
        if (id === runId.current) setState((s) => (s.status === 'running' && (!s.report || s.provisional) ? { ...s, report, provisional } : s));
      };
      try {
        const report = await client.buildReport(docs.source, docs.target, { onProgress, onAligned, onProvisional }, glossary);
        if (id !== runId.current) return;
        setState({ ...base, status: 'done', report, checked: true });
      } catch (e) {
        if (id !== runId.current) return;
        // Provisional rows are not an alignment to keep looking at once the run stops.
        if (e instanceof CancelledError) setState((s) => ({ ...s, status: 'cancelled', progress: null, ...(s.provisional ? { report: null, provisional: false } : {}) }));
        else setState({ ...base, status: 'error', error: describeError(e) });
      }
    },
    [client],
  );

  const cancel = useCallback(() => {
    client.cancel();
  }, [client]);

  return { state, open, cancel };
}
