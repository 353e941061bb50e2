// One flag in the panel: severity, type, the clauses it names, message, suggestion, evidence, and
// the reviewer's verdict and note.
import { memo, useEffect, useState } from 'react';
import type { Segment } from '../../core/types';
import type { Decision, FlagStatus } from '../model/review-log';
import type { ViewFlag } from '../model/rows';

export interface FlagCardProps {
  flag: ViewFlag;
  decision: Decision | undefined;
  selected: boolean;
  segments: Map<string, Segment>;
  onSelect(flag: ViewFlag): void;
  onDecide(flag: ViewFlag, status: FlagStatus): void;
  onNote(flag: ViewFlag, note: string): void;
}

const numbers = (ids: string[], segments: Map<string, Segment>) => ids.map((id) => segments.get(id)?.number ?? id).join(', ');

export const FlagCard = memo(function FlagCard({ flag, decision, selected, segments, onSelect, onDecide, onNote }: FlagCardProps) {
  const status = decision?.status ?? 'open';
  const [note, setNote] = useState(decision?.note ?? '');
  useEffect(() => setNote(decision?.note ?? ''), [decision?.note]);
  const where = [flag.source.length ? `orig. ${numbers(flag.source, segments)}` : '', flag.target.length ? `transl. ${numbers(flag.target, segments)}` : '']
    .filter(Boolean)
    .join(' · ');
  const toggle = (s: FlagStatus) => onDecide(flag, status === s ? 'open' : s);
  return (
    <li
      className={`flag-card sev-${flag.severity} status-${status}${selected ? ' is-selected' : ''}`}
      data-flag={flag.key}
      data-type={flag.type}
      data-status={status}
      onClick={() => onSelect(flag)}
    >
      <div className="flag-head">
        <span className={`sev-badge sev-${flag.severity}`}>{flag.severity}</span>
        <span className="flag-type">{flag.type}</span>
        <span className="flag-where">{where}</span>
        {status !== 'open' ? <span className={`status-badge status-${status}`}>{status}</span> : null}
      </div>
      <p className="flag-message">{flag.message}</p>
      {flag.suggestion ? (
        <p className="flag-suggestion">
          <span className="label">Suggestion</span> {flag.suggestion}
        </p>
      ) : null}
      {selected && flag.evidence.length ? (
        <ul className="flag-evidence">
          {flag.evidence.map((e, i) => (
            <li key={i}>
              <span className="label">{e.side === 'source' ? 'Original' : 'Translation'}</span> <mark>{e.text}</mark>
            </li>
          ))}
        </ul>
      ) : null}
      {selected ? (
        <div className="flag-actions" onClick={(e) => e.stopPropagation()}>
          <button type="button" className={status === 'accepted' ? 'is-on' : ''} onClick={() => toggle('accepted')} title="Accept: the translation must change (a)">
            Accept
          </button>
          <button type="button" className={status === 'dismissed' ? 'is-on' : ''} onClick={() => toggle('dismissed')} title="Dismiss: not a problem (d)">
            Dismiss
          </button>
          <input
            className="flag-note"
            placeholder="Note…"
            aria-label="Note on this flag"
            value={note}
            onChange={(e) => setNote(e.target.value)}
            onBlur={() => note !== (decision?.note ?? '') && onNote(flag, note)}
            onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()}
          />
        </div>
      ) : decision?.note ? (
        <p className="flag-note-text">{decision.note}</p>
      ) : null}
    </li>
  );
});
