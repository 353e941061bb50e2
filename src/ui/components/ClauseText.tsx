// One clause: its number (always visible) and its text as runs of plain text nodes. Document text
// is only ever rendered as React text children, never as HTML.
import { memo } from 'react';
import type { Lang, Segment } from '../../core/types';
import { splitRuns, type Mark } from '../model/highlight';
import { ClauseEditor } from './ClauseEditor';

export interface ClauseTextProps {
  segment: Segment;
  lang: Lang;
  marks: readonly Mark[];
  selected: boolean;
  /** Named by the flag the reviewer is looking at. */
  flagged: boolean;
  /** Caret offset in the clause (where a split would cut), when this clause holds the caret. */
  caret: number | null;
  /** Line of the clause's start in the user's file, when the file is at hand. */
  line: number | null;
  /** The text is open for correction in place. */
  editing: boolean;
  onCommitText(segment: string, text: string): void;
  onCancelEdit(): void;
}

// A numbered item's first sentence ("（一）加快推进港口建设。") is a 'heading' to the segmenter but
// reads as a sentence: only a heading that does not end like a sentence is shown as a title.
const SENTENCE_END = /[。！？；.!?;:：]["'”’）)]*$/;

/** Offset into the clause of a click, from the run under the pointer; null when not over text. */
export function offsetAtPoint(x: number, y: number): { segment: string; offset: number } | null {
  const doc = document as Document & { caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null };
  let node: Node | null = null;
  let offset = 0;
  if (doc.caretPositionFromPoint) {
    const pos = doc.caretPositionFromPoint(x, y);
    if (pos) ({ offsetNode: node, offset } = pos);
  } else if (document.caretRangeFromPoint) {
    const range = document.caretRangeFromPoint(x, y);
    if (range) ((node = range.startContainer), (offset = range.startOffset));
  }
  const run = (node?.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element | null))?.closest<HTMLElement>('[data-run]');
  const clause = run?.closest<HTMLElement>('[data-segment]');
  if (!run || !clause) return null;
  return { segment: clause.dataset.segment!, offset: Number(run.dataset.run) + (node?.nodeType === Node.TEXT_NODE ? offset : 0) };
}

export const ClauseText = memo(function ClauseText({ segment, lang, marks, selected, flagged, caret, line, editing, onCommitText, onCancelEdit }: ClauseTextProps) {
  const runs = splitRuns(segment.text, marks, caret === null ? [] : [caret]);
  const title = segment.kind === 'heading' && !SENTENCE_END.test(segment.text);
  return (
    <div
      className={`clause${selected ? ' is-selected' : ''}${flagged ? ' is-flagged' : ''}${title ? ' is-title' : ''}`}
      data-segment={segment.id}
      data-kind={segment.kind}
    >
      <span className="clause-ref" title={`Clause ${segment.number}${line ? `, line ${line} of the file` : ''}`}>
        <span className="clause-number">{segment.number}</span>
        {line ? <span className="clause-line">line {line}</span> : null}
      </span>
      {editing ? (
        <ClauseEditor text={segment.text} lang={lang} onCommit={(t) => onCommitText(segment.id, t)} onCancel={onCancelEdit} />
      ) : (
      <span className="clause-text" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
        {runs.map((r) => (
          <span key={r.start} data-run={r.start} className={r.kinds.length ? r.kinds.map((k) => `mark-${k}`).join(' ') : undefined}>
            {caret !== null && caret === r.start && caret > 0 ? <span className="caret" aria-hidden="true" /> : null}
            {r.text}
          </span>
        ))}
      </span>
      )}
    </div>
  );
});
