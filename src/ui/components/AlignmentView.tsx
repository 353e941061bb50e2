// The scrolling list of rows. Only rows on screen are rendered (virtualised), and both columns
// live in one scroller, so they always scroll together.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Lang, Segment } from '../../core/types';
import type { Mark } from '../model/highlight';
import { keyPair } from '../model/alignment-edit';
import type { Lines } from '../model/references';
import { visibleRows, type ReadingMode, type Row } from '../model/rows';
import { offsetAtPoint } from './ClauseText';
import { RowView } from './RowView';
import { rememberRowHeights } from '../model/row-height';

export interface AlignmentViewProps {
  rows: Row[];
  mode: ReadingMode;
  langs: { source: Lang; target: Lang };
  names: { source: string; target: string };
  selectedRow: number;
  selectedSegment: string | null;
  caret: { segment: string; offset: number } | null;
  focusRows: ReadonlySet<number>;
  focusSegments: ReadonlySet<string>;
  hoverRow: number | null;
  marksOf: (segment: Segment, row: number) => Mark[];
  confirmed: ReadonlySet<string>;
  editing: string | null;
  lines: Lines;
  onCommitText(segment: string, text: string): void;
  onCancelEdit(): void;
  /** Scroll so this row is visible; a new object each request. */
  scrollRequest: { row: number; align: 'center' | 'auto' } | null;
  onHoverRow(row: number | null): void;
  onClauseClick(row: number, segment: string, offset: number | null, at: { x: number; y: number }): void;
  /** The text moved well away from where the last click was (a word's popover would now point at other text). */
  onScrolledAway?(): void;
}

/** Scrolling further than this from where a clause was clicked moves the text out from under its popover. */
const SCROLLED_AWAY_PX = 24;

const langName = (l: Lang) => (l === 'zh' ? 'Chinese' : 'English');

export function AlignmentView(props: AlignmentViewProps) {
  const { mode } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const shown = useMemo(() => visibleRows(props.rows, mode), [props.rows, mode]);
  const indexOfRow = useMemo(() => new Map(shown.map((r, i) => [r.index, i])), [shown]);
  // The list's width for row estimates: the window's until the scroller has been measured (read
  // from the virtualizer's own observation, never from the DOM mid-render, which would force a layout).
  const width = useRef(window.innerWidth);
  const estimate = useMemo(rememberRowHeights, []);
  // The first screen is drawn with one row beyond it (laying out text is most of what the first
  // rows cost the main thread); the usual margin for smooth scrolling follows once it is painted.
  const [overscan, setOverscan] = useState(1);
  useEffect(() => {
    let timer = 0;
    const frame = requestAnimationFrame(() => (timer = window.setTimeout(() => setOverscan(6))));
    return () => (cancelAnimationFrame(frame), clearTimeout(timer));
  }, []);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => estimate(shown[i], mode, width.current, props.langs),
    // The first render sizes the list as the window, so it draws the screenful it will show.
    initialRect: { width: window.innerWidth, height: window.innerHeight },
    onChange: (instance) => void (instance.scrollRect && (width.current = instance.scrollRect.width)),
    overscan,
    getItemKey: (i) => shown[i]?.index ?? i,
  });

  // The row asked for comes on screen with its top visible: a row taller than the view shows its
  // start, never its end, and a row already wholly on screen does not move.
  useEffect(() => {
    const req = props.scrollRequest;
    const el = scroller.current;
    if (!req || !el) return;
    const i = indexOfRow.get(req.row);
    if (i === undefined) return;
    const m = virtualizer.measurementsCache[i];
    const top = el.scrollTop;
    const bottom = top + el.clientHeight;
    if (!m) return virtualizer.scrollToIndex(i, { align: 'start' });
    if (m.size >= el.clientHeight) return virtualizer.scrollToIndex(i, { align: 'start' });
    if (req.align === 'center') return virtualizer.scrollToIndex(i, { align: 'center' });
    if (m.start >= top && m.end <= bottom) return;
    virtualizer.scrollToIndex(i, { align: m.start < top ? 'start' : 'end' });
  }, [props.scrollRequest, indexOfRow, virtualizer]);

  const clickedAt = useRef(0);
  const onScroll = () => {
    if (props.hoverRow !== null) props.onHoverRow(null);
    if (Math.abs((scroller.current?.scrollTop ?? 0) - clickedAt.current) > SCROLLED_AWAY_PX) props.onScrolledAway?.();
  };
  const onClick = (e: React.MouseEvent) => {
    const rowEl = (e.target as HTMLElement).closest<HTMLElement>('[data-row]');
    const clause = (e.target as HTMLElement).closest<HTMLElement>('[data-segment]');
    if (!rowEl || !clause) return;
    const at = offsetAtPoint(e.clientX, e.clientY);
    const offset = at && at.segment === clause.dataset.segment ? at.offset : null;
    clickedAt.current = scroller.current?.scrollTop ?? 0;
    props.onClauseClick(Number(rowEl.dataset.row), clause.dataset.segment!, offset, { x: e.clientX, y: e.clientY });
  };

  const onMove = (e: React.MouseEvent) => {
    const rowEl = (e.target as HTMLElement).closest<HTMLElement>('[data-row]');
    const row = rowEl ? Number(rowEl.dataset.row) : null;
    if (row !== props.hoverRow) props.onHoverRow(row);
  };

  return (
    <section className={`alignment mode-${mode}`} aria-label="Aligned documents">
      <header className={`columns mode-${mode}`}>
        <div className="gutter" />
        {mode === 'interleaved' ? (
          <div className="column-title">
            {props.names.source} <span className="lang-tag">{langName(props.langs.source)}</span> ⇄ {props.names.target}{' '}
            <span className="lang-tag">{langName(props.langs.target)}</span>
          </div>
        ) : null}
        {mode === 'both' || mode === 'original' ? (
          <div className="column-title">
            <span className="role">Original</span> {props.names.source} <span className="lang-tag">{langName(props.langs.source)}</span>
          </div>
        ) : null}
        {mode === 'both' || mode === 'translation' ? (
          <div className="column-title">
            <span className="role">Translation</span> {props.names.target} <span className="lang-tag">{langName(props.langs.target)}</span>
          </div>
        ) : null}
      </header>
      <div className="scroller" ref={scroller} onClick={onClick} onMouseMove={onMove} onMouseLeave={() => props.onHoverRow(null)} onScroll={onScroll} data-testid="scroller">
        <div className="rows" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = shown[item.index];
            return (
              <div key={item.key} data-index={item.index} ref={virtualizer.measureElement} className="row-slot" style={{ transform: `translateY(${item.start}px)` }}>
                <RowView
                  row={row}
                  mode={mode}
                  langs={props.langs}
                  selected={row.index === props.selectedRow}
                  selectedSegment={row.index === props.selectedRow ? props.selectedSegment : null}
                  caret={row.index === props.selectedRow ? props.caret : null}
                  focused={props.focusRows.has(row.index)}
                  focusSegments={props.focusSegments}
                  hovered={row.index === props.hoverRow}
                  confirmed={props.confirmed.has(keyPair(row.pair))}
                  editing={row.index === props.selectedRow ? props.editing : null}
                  lines={props.lines}
                  marksOf={(s) => props.marksOf(s, row.index)}
                  onCommitText={props.onCommitText}
                  onCancelEdit={props.onCancelEdit}
                />
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}
