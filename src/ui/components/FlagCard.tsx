// One flag in the panel: severity, type, the clauses it names, message, suggestion, evidence, and
// the reviewer's verdict and note.
import { memo, useEffect, useState } from 'react';
import type { Segment } from '../../core/types';
import type { RuleScope } from '../model/flag-rules';
import { describeLocation, type Lines } from '../model/references';
import type { Decision, FlagStatus } from '../model/review-log';
import type { ViewFlag } from '../model/rows';
import { LikeThis } from './LikeThis';

export interface FlagCardProps {
  flag: ViewFlag;
  decision: Decision | undefined;
  selected: boolean;
  segments: Map<string, Segment>;
  lines: Lines;
  /** Every flag of the document, for "all like this". */
  all: readonly ViewFlag[];
  /** Ticked for a decision on several flags at once. */
  checked: boolean;
  onCheck(flag: ViewFlag, range: boolean): void;
  onSelect(flag: ViewFlag): void;
  onDecide(flag: ViewFlag, status: FlagStatus): void;
  onNote(flag: ViewFlag, note: string): void;
  onBulk(keys: string[], status: FlagStatus): void;
  onIgnore(flag: ViewFlag, scope: RuleScope): void;
}

export const FlagCard = memo(function FlagCard(p: FlagCardProps) {
  const { flag, decision, selected, segments, onSelect, onDecide, onNote } = p;
  const status = decision?.status ?? 'open';
  const [note, setNote] = useState(decision?.note ?? '');
  useEffect(() => setNote(decision?.note ?? ''), [decision?.note]);
  const where = describeLocation(flag, segments, p.lines);
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
        <input
          type="checkbox"
          className="flag-check"
          aria-label="Select this flag for a decision on several"
          checked={p.checked}
          onClick={(e) => (e.stopPropagation(), p.onCheck(flag, e.shiftKey))}
          onChange={() => {}}
        />
        <span className={`sev-badge sev-${flag.severity}`}>{flag.severity}</span>
        <span className="flag-type">{flag.type}</span>
        {status !== 'open' ? (
          <span className={`status-badge status-${status}`} title={decision?.rule ? `Ignore rule: ${decision.rule}` : undefined}>
            {decision?.rule ? 'ignored' : status}
          </span>
        ) : null}
      </div>
      <button type="button" className="flag-where" title="Show these clauses" onClick={(e) => (e.stopPropagation(), onSelect(flag))}>
        {where}
      </button>
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
      ) : null}
      {selected ? <LikeThis flag={flag} all={p.all} onBulk={p.onBulk} onIgnore={p.onIgnore} /> : null}
      {selected ? null : decision?.note ? (
        <p className="flag-note-text">{decision.note}</p>
      ) : null}
    </li>
  );
});
