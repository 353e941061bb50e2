// Bottom line: where the pipeline runs, counts, and whether the review is saved.
import type { ClientMode } from '../../client/pipeline-client';
import type { SaveState } from '../hooks/use-review';

export interface StatusBarProps {
  mode: ClientMode;
  fallback: string | null;
  /** Rows of the open alignment, or null when none is open. */
  pairs: number | null;
  /** Pairs a person confirmed. */
  confirmed: number;
  segments: { source: number; target: number };
  saveState: SaveState;
  rechecking: boolean;
  notes: string[];
  skipped: number;
  /** The row under the pointer, described (number and confidence). */
  hover: string | null;
  /** Where the view came from when it is not a run: a report file's name. */
  reportFile: string | null;
  /** Usable glossary terms of the open view (0 when there is no glossary). */
  glossaryTerms: number;
}

const saveText: Record<SaveState, string> = { idle: '', saving: 'Saving…', saved: 'Review saved in this browser', error: 'Review could not be saved in this browser' };

export function StatusBar(p: StatusBarProps) {
  return (
    <footer className="status-bar">
      <span title={p.fallback ?? undefined}>{p.mode === 'main-thread' ? '⚠ Main thread' : p.mode === 'worker' ? 'Worker' : ''}</span>
      {p.reportFile ? <span title="Shown as the report file says; corrected pairs are checked again">Report file {p.reportFile}</span> : null}
      {p.glossaryTerms ? <span data-testid="glossary-status">Glossary: {p.glossaryTerms.toLocaleString()} {p.glossaryTerms === 1 ? 'term' : 'terms'}</span> : null}
      {p.pairs !== null ? (
        <span>
          {p.pairs.toLocaleString()} rows · {p.segments.source.toLocaleString()} + {p.segments.target.toLocaleString()} clauses
        </span>
      ) : null}
      {p.pairs !== null ? (
        <span data-testid="confirmed-status">
          {p.confirmed.toLocaleString('en')} of {p.pairs.toLocaleString('en')} pairs confirmed
        </span>
      ) : null}
      {p.hover ? <span className="hover-info">{p.hover}</span> : null}
      {p.rechecking ? <span>Re-checking corrected pairs…</span> : null}
      {p.skipped ? <span className="warn">{p.skipped} saved correction(s) no longer apply</span> : null}
      {p.notes.length ? <span className="notes" title={p.notes.join('\n')}>{p.notes.length} note(s) from the pipeline</span> : null}
      <span className="spacer" />
      {p.pairs !== null ? (
        <span className={`save save-${p.saveState}`} data-save={p.saveState}>
          {saveText[p.saveState]}
        </span>
      ) : null}
    </footer>
  );
}
