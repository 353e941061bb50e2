// Corrections for the selected clause, each with its key.
import type { Segment } from '../../core/types';
import type { AlignmentEdit } from '../model/alignment-edit';

export interface EditBarProps {
  segment: Segment | null;
  row: number;
  caret: number | null;
  message: string | null;
  /** The selected row's pair is confirmed. */
  confirmed: boolean;
  /** The selected clause belongs to the translation (its text can be corrected). */
  translation: boolean;
  onEdit(edit: AlignmentEdit): void;
  onCorrect(): void;
  onConfirm(): void;
}

export function EditBar({ segment, row, caret, message, confirmed, translation, onEdit, onCorrect, onConfirm }: EditBarProps) {
  if (!segment) {
    return (
      <div className="edit-bar is-idle">
        <span className="muted">Click a clause · j/k move · n/p flags · x next unconfirmed · l next low confidence · / search</span>
        {message ? <span className="edit-message">{message}</span> : null}
      </div>
    );
  }
  return (
    <div className="edit-bar">
      <span className="edit-target">
        Clause <b>{segment.number}</b>
      </span>
      <button type="button" className={confirmed ? 'is-on' : ''} onClick={onConfirm} title="Confirm this pair and go to the next unconfirmed one (c); x goes to the next unconfirmed pair, l to the next low-confidence one" data-edit="confirm">
        {confirmed ? 'Confirmed' : 'Confirm'} <kbd>c</kbd>
      </button>
      <button type="button" disabled={!translation} onClick={onCorrect} title="Correct the text of this clause of the translation (e)" data-edit="text">
        Correct text <kbd>e</kbd>
      </button>
      <button type="button" onClick={() => onEdit({ op: 'merge', row })} title="Merge this row with the next one (m)" data-edit="merge">
        Merge <kbd>m</kbd>
      </button>
      <button type="button" disabled={caret === null} onClick={() => caret !== null && onEdit({ op: 'split', segment: segment.id, at: caret })} title="Split the clause where you clicked (s)" data-edit="split">
        Split <kbd>s</kbd>
      </button>
      <button type="button" onClick={() => onEdit({ op: 'unlink', segment: segment.id })} title="Take this clause out of its pair (u)" data-edit="unlink">
        Unlink <kbd>u</kbd>
      </button>
      <button type="button" onClick={() => onEdit({ op: 'link', segment: segment.id, direction: 'up' })} title="Link to the pair above ([)" data-edit="link-up">
        Link up <kbd>[</kbd>
      </button>
      <button type="button" onClick={() => onEdit({ op: 'link', segment: segment.id, direction: 'down' })} title="Link to the pair below (])" data-edit="link-down">
        Link down <kbd>]</kbd>
      </button>
      {message ? <span className="edit-message">{message}</span> : null}
    </div>
  );
}
