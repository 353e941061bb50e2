// The review state is a log of actions replayed on the pipeline's report: it stays small, it is
// what IndexedDB and the review JSON file hold, and undo/redo are moves between two stacks.
import { applyEdit, EditError, type AlignedDoc, type AlignmentEdit } from './alignment-edit';

export type FlagStatus = 'open' | 'accepted' | 'dismissed';

/** One thing a reviewer did. Flags are named by their stable key (see keyFlag). */
export type ReviewAction =
  | { kind: 'decide'; flag: string; status: FlagStatus }
  /** One decision on many flags (all of a type, of a check, with one trigger, or a multi-selection): one undo step. */
  | { kind: 'decide-many'; flags: string[]; status: FlagStatus }
  | { kind: 'note'; flag: string; note: string }
  | { kind: 'edit'; edit: AlignmentEdit }
  /** Marks pairs (by keyPair) as checked by a person, or takes the mark back. */
  | { kind: 'confirm'; pairs: string[]; confirmed: boolean };

const ACTION_KINDS = new Set(['decide', 'decide-many', 'note', 'edit', 'confirm']);

/** Done actions in order, and undone ones (most recently undone last) for redo. */
export interface ReviewLog {
  done: ReviewAction[];
  undone: ReviewAction[];
}

/** A reviewer's verdict and note on one flag. */
export interface Decision {
  status: FlagStatus;
  note: string;
  /** The reviewer set the status of this flag in this document (even back to open). */
  decided?: boolean;
  /** The ignore rule that dismissed the flag, when no decision of the reviewer's did. */
  rule?: string;
}

/** The review file a reviewer can export and import (also the IndexedDB record). */
export interface ReviewFile {
  format: 'duizhao-review';
  version: 1;
  /** SHA-256 of the original and of the translation, as hex. */
  documents: { source: string; target: string };
  log: ReviewLog;
  savedAt: string;
}

export const emptyLog: ReviewLog = { done: [], undone: [] };

/** Appends an action; a new action forgets what could have been redone. */
export function recordAction(log: ReviewLog, action: ReviewAction): ReviewLog {
  return { done: [...log.done, action], undone: [] };
}

/** Moves the last done action to the redo stack (no-op when nothing was done). */
export function undoAction(log: ReviewLog): ReviewLog {
  if (log.done.length === 0) return log;
  return { done: log.done.slice(0, -1), undone: [...log.undone, log.done[log.done.length - 1]] };
}

/** Re-does the most recently undone action (no-op when nothing was undone). */
export function redoAction(log: ReviewLog): ReviewLog {
  if (log.undone.length === 0) return log;
  return { done: [...log.done, log.undone[log.undone.length - 1]], undone: log.undone.slice(0, -1) };
}

/** Each flag's latest verdict and note; flags never touched are absent (read as open). */
export function deriveDecisions(done: readonly ReviewAction[]): Map<string, Decision> {
  const out = new Map<string, Decision>();
  const prev = (flag: string) => out.get(flag) ?? { status: 'open' as FlagStatus, note: '' };
  for (const a of done) {
    if (a.kind === 'decide') out.set(a.flag, { ...prev(a.flag), status: a.status, decided: true });
    else if (a.kind === 'note') out.set(a.flag, { ...prev(a.flag), note: a.note });
    else if (a.kind === 'decide-many') for (const f of a.flags) out.set(f, { ...prev(f), status: a.status, decided: true });
  }
  return out;
}

/** Keys (see keyPair) of the pairs a person confirmed; a pair a later correction replaced simply no longer matches. */
export function deriveConfirmed(done: readonly ReviewAction[]): Set<string> {
  const out = new Set<string>();
  for (const a of done) {
    if (a.kind !== 'confirm') continue;
    for (const p of a.pairs) {
      if (a.confirmed) out.add(p);
      else out.delete(p);
    }
  }
  return out;
}

/** The alignment after every edit of the log; edits that no longer apply are skipped and counted. */
export function deriveAlignment(base: AlignedDoc, done: readonly ReviewAction[]): { doc: AlignedDoc; skipped: number } {
  let doc = base;
  let skipped = 0;
  for (const a of done) {
    if (a.kind !== 'edit') continue;
    try {
      doc = applyEdit(doc, a.edit);
    } catch (e) {
      if (!(e instanceof EditError)) throw e;
      skipped += 1;
    }
  }
  return { doc, skipped };
}

/** Reads a review file someone exported; returns a one-sentence problem instead of throwing. */
export function parseReviewFile(text: string): ReviewFile | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return 'This file is not a Duizhao review file (it is not JSON).';
  }
  const f = data as Partial<ReviewFile>;
  if (!f || f.format !== 'duizhao-review' || f.version !== 1 || !f.log || !Array.isArray(f.log.done) || !Array.isArray(f.log.undone)) {
    return 'This file is not a Duizhao review file (format "duizhao-review", version 1).';
  }
  if (!f.documents || typeof f.documents.source !== 'string' || typeof f.documents.target !== 'string') {
    return 'This review file does not say which documents it belongs to.';
  }
  const ok = (a: unknown) => !!a && ACTION_KINDS.has((a as ReviewAction).kind);
  if (!f.log.done.every(ok) || !f.log.undone.every(ok)) return 'This review file holds actions Duizhao does not know.';
  return f as ReviewFile;
}
