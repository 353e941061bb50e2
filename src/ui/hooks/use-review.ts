// The reviewer's work on one document pair: the action log (undo/redo), what it derives (corrected
// alignment, decisions, re-checked flags), and its saving to IndexedDB after every change.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PipelineClient } from '../../client/pipeline-client';
import type { GlossaryEntry } from '../../core/checks/check';
import type { Flag, Report } from '../../core/types';
import { findChangedPairs, mergeFlags } from '../model/recheck';
import {
  deriveAlignment, deriveConfirmed, deriveDecisions, emptyLog, parseReviewFile, recordAction, redoAction, undoAction,
  type ReviewAction, type ReviewFile, type ReviewLog,
} from '../model/review-log';
import { hashOpened, loadReview, reviewKey, saveReview } from '../review-store';
import type { Opened } from '../model/opened';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

interface Stored {
  hashes: { source: string; target: string } | null;
  log: ReviewLog;
  /** True once the saved log (if any) was read: saving before that would overwrite it. */
  loaded: boolean;
}

/**
 * The review of what is open; re-checks of corrected pairs use `glossary`, as the run did. While
 * the rows are `provisional` (aligned without the dictionary) nothing is recorded: the real
 * alignment may pair them differently.
 */
export function useReview(opened: Opened | null, report: Report | null, checked: boolean, client: PipelineClient, glossary: GlossaryEntry[], provisional: boolean | 'top' | 'whole' = false) {
  const [stored, setStored] = useState<Stored>({ hashes: null, log: emptyLog, loaded: false });
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [flags, setFlags] = useState<Flag[]>([]);
  const [rechecking, setRechecking] = useState(false);

  // New documents or report: hash them and read back whatever review was saved for them.
  useEffect(() => {
    let live = true;
    setStored({ hashes: null, log: emptyLog, loaded: false });
    if (!opened) return;
    void (async () => {
      const hashes = await hashOpened(opened);
      let log = emptyLog;
      try {
        log = (await loadReview(reviewKey(hashes)))?.log ?? emptyLog;
      } catch {
        setSaveState('error');
      }
      if (live) setStored({ hashes, log, loaded: true });
    })();
    return () => {
      live = false;
    };
  }, [opened]);

  const log = stored.log;
  const derived = useMemo(() => (report ? deriveAlignment(report, log.done) : null), [report, log.done]);
  const decisions = useMemo(() => deriveDecisions(log.done), [log.done]);
  const confirmed = useMemo(() => deriveConfirmed(log.done), [log.done]);

  // Save on every change, as it happens: nothing a reviewer did may wait for an explicit save.
  useEffect(() => {
    if (!stored.loaded || !stored.hashes) return;
    let live = true;
    setSaveState('saving');
    saveReview(reviewKey(stored.hashes), toFile(stored.hashes, log)).then(
      () => live && setSaveState('saved'),
      () => live && setSaveState('error'),
    );
    return () => {
      live = false;
    };
  }, [stored, log]);

  // Flags: the report's own, with the pairs a reviewer changed checked again. Where nothing was
  // changed they are the report's, in the same render (set in the effect, they would lag one
  // render behind and the panel would show "no flags" for a frame).
  const changed = useMemo(() => (report && derived ? findChangedPairs(report, derived.doc) : []), [report, derived]);
  const direct = !report || !derived ? [] : !checked || changed.length === 0 ? report.flags : null;
  useEffect(() => {
    // Kept in state too: while a re-check runs, the flags shown are the last ones known.
    if (!report || !derived) return setFlags([]);
    if (!checked || changed.length === 0) return setFlags(report.flags);
    let live = true;
    setRechecking(true);
    client
      .checkPairs(derived.doc.source, derived.doc.target, derived.doc.pairs, glossary, changed)
      .then(
        (fresh) => live && setFlags(mergeFlags(report.flags, derived.doc.pairs, changed, fresh)),
        () => live && setFlags(mergeFlags(report.flags, derived.doc.pairs, changed, [])),
      )
      .finally(() => live && setRechecking(false));
    return () => {
      // A superseded re-check never reports back: its indicator must not stay on.
      live = false;
      setRechecking(false);
    };
  }, [report, derived, changed, checked, client, glossary]);

  const update = useCallback((f: (l: ReviewLog) => ReviewLog) => setStored((s) => ({ ...s, log: f(s.log) })), []);
  const record = useCallback((a: ReviewAction) => void (!provisional && update((l) => recordAction(l, a))), [update, provisional]);
  const undo = useCallback(() => update(undoAction), [update]);
  const redo = useCallback(() => update(redoAction), [update]);

  /** Replaces the log with an imported review file; returns a problem sentence or null. */
  const importFile = useCallback(
    (text: string): string | null => {
      const file = parseReviewFile(text);
      if (typeof file === 'string') return file;
      const h = stored.hashes;
      if (!h || file.documents.source !== h.source || file.documents.target !== h.target) {
        return 'This review file belongs to other documents (their content differs from the ones open).';
      }
      update(() => file.log);
      return null;
    },
    [stored.hashes, update],
  );

  const exportFile = useCallback((): ReviewFile | null => (stored.hashes ? toFile(stored.hashes, log) : null), [stored.hashes, log]);

  return {
    doc: derived?.doc ?? null,
    skipped: provisional ? 0 : derived?.skipped ?? 0,
    flags: direct ?? flags,
    decisions,
    confirmed,
    record,
    undo,
    redo,
    canUndo: log.done.length > 0,
    canRedo: log.undone.length > 0,
    saveState,
    rechecking,
    importFile,
    exportFile,
  };
}

function toFile(hashes: { source: string; target: string }, log: ReviewLog): ReviewFile {
  return { format: 'duizhao-review', version: 1, documents: hashes, log, savedAt: new Date().toISOString() };
}
