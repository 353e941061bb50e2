// One row of the alignment: the original's clauses and the translation's, side by side (or
// stacked when interleaved), with the pair's confidence as a colour at the edge.
import { memo } from 'react';
import type { Lang, Segment } from '../../core/types';
import type { Mark } from '../model/highlight';
import type { Lines } from '../model/references';
import type { ReadingMode, Row } from '../model/rows';
import { ClauseText } from './ClauseText';

export interface RowViewProps {
  row: Row;
  mode: ReadingMode;
  langs: { source: Lang; target: Lang };
  selected: boolean;
  selectedSegment: string | null;
  caret: { segment: string; offset: number } | null;
  /** The row holds the flag the reviewer is looking at. */
  focused: boolean;
  /** Clauses named by that flag. */
  focusSegments: ReadonlySet<string>;
  hovered: boolean;
  /** A person confirmed this pair. */
  confirmed: boolean;
  /** The clause open for correction in this row, if any. */
  editing: string | null;
  lines: Lines;
  marksOf: (segment: Segment) => Mark[];
  onCommitText(segment: string, text: string): void;
  onCancelEdit(): void;
}

function Cell({ side, segments, lang, props }: { side: 'source' | 'target'; segments: Segment[]; lang: Lang; props: RowViewProps }) {
  const holdsSelection = segments.some((s) => s.id === props.selectedSegment);
  // The other cell of the row holding the selected clause is its counterpart.
  const counterpart = props.selected && !holdsSelection && segments.length > 0;
  const cls = ['cell', `cell-${side}`, segments.length === 0 ? 'is-empty' : '', props.focused ? 'is-flag-focus' : '', counterpart ? 'is-counterpart' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={cls} data-side={side}>
      {segments.length === 0 ? (
        <span className="empty-note">{side === 'source' ? 'no original' : 'no translation'}</span>
      ) : (
        segments.map((s) => (
          <ClauseText
            key={s.id}
            segment={s}
            lang={lang}
            marks={props.marksOf(s)}
            selected={s.id === props.selectedSegment}
            flagged={props.focusSegments.has(s.id)}
            caret={props.caret?.segment === s.id ? props.caret.offset : null}
            line={props.lines[side]?.(s.start) ?? null}
            editing={props.editing === s.id}
            onCommitText={props.onCommitText}
            onCancelEdit={props.onCancelEdit}
          />
        ))
      )}
    </div>
  );
}

export const RowView = memo(function RowView(props: RowViewProps) {
  const { row, mode, langs } = props;
  const score = `${row.band === 'none' ? 'unpaired' : `confidence ${row.pair.score.toFixed(2)}`}${props.confirmed ? ', confirmed' : ''}`;
  const cls = [
    'row', `mode-${mode}`, props.selected ? 'is-selected' : '', props.focused ? 'is-flag-focus' : '', props.hovered ? 'is-hovered' : '',
    row.worst ? `worst-${row.worst}` : '', props.confirmed ? 'is-confirmed' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={cls} data-row={row.index} data-confirmed={props.confirmed || undefined}>
      <div className={`confidence band-${row.band}`} title={`Row ${row.index + 1}: ${score}`} aria-label={score}>
        {props.confirmed ? <span className="confirmed-mark" aria-hidden="true">✓</span> : null}
      </div>
      {mode !== 'translation' && <Cell side="source" segments={row.source} lang={langs.source} props={props} />}
      {mode !== 'original' && <Cell side="target" segments={row.target} lang={langs.target} props={props} />}
      <div className="row-flags" title={row.flags.length ? `${row.flags.length} flag(s)` : undefined}>
        {row.worst ? <span className={`dot sev-${row.worst}`} title={`Worst open flag: ${row.worst}`} /> : null}
      </div>
    </div>
  );
});
