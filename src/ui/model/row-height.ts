// A row's height before the browser has measured it, from the length of its text: the virtualised
// list renders the rows this says fill the screen, so a close guess means the first render lays
// out about a screenful of text, not a fixed number of rows (laying out text is what the first
// rows cost the main thread most).
import type { Lang, Segment } from '../../core/types';
import type { ReadingMode, Row } from './rows';

// Metrics of styles.css: the row's fixed columns (confidence edge, flag dot), a cell's padding and
// border, a clause's reference column, gap and spacing, and each script's font size × line height.
const ROW_CHROME_WIDTH = 12 + 22;
const CELL_PADDING_WIDTH = 28;
const CLAUSE_REF_WIDTH = 64 + 8;
const CELL_CHROME_HEIGHT = 8 * 2 + 1;
const CLAUSE_CHROME_HEIGHT = 4 + 4;
const CLAUSE_MIN_HEIGHT = 33;
const EMPTY_CELL_HEIGHT = 18;
// Average advance of a character: a Chinese character is one em; English text averages about half an em.
const METRICS = { zh: { advance: 15.5, line: 15.5 * 1.75 }, en: { advance: 7.8, line: 15 * 1.65 } } as const;

function cellHeight(segments: Segment[], lang: Lang, textWidth: number): number {
  if (segments.length === 0) return CELL_CHROME_HEIGHT + EMPTY_CELL_HEIGHT;
  const m = METRICS[lang];
  let h = CELL_CHROME_HEIGHT;
  for (const s of segments) {
    const lines = Math.max(1, Math.ceil((s.text.length * m.advance) / Math.max(1, textWidth)));
    h += Math.max(CLAUSE_MIN_HEIGHT, lines * m.line) + CLAUSE_CHROME_HEIGHT;
  }
  return h;
}

/** Estimated height in px of `row` in a list `width` px wide, in reading mode `mode`, its sides in `langs` (at least one line). */
export function estimateRowHeight(row: Row, mode: ReadingMode, width: number, langs: { source: Lang; target: Lang }): number {
  const columns = mode === 'both' ? 2 : 1;
  const textWidth = (width - ROW_CHROME_WIDTH) / columns - CELL_PADDING_WIDTH - CLAUSE_REF_WIDTH;
  const source = () => cellHeight(row.source, langs.source, textWidth);
  const target = () => cellHeight(row.target, langs.target, textWidth);
  const h = mode === 'both' ? Math.max(source(), target()) : mode === 'original' ? source() : mode === 'translation' ? target() : source() + target();
  return Math.round(h) + 1;
}

/**
 * estimateRowHeight remembered per row object, mode and width: the virtualised list asks again for
 * every row below one it has just measured, which on a long document is thousands of rows per step.
 */
export function rememberRowHeights(): (row: Row, mode: ReadingMode, width: number, langs: { source: Lang; target: Lang }) => number {
  let key = '';
  let heights = new WeakMap<Row, number>();
  return (row, mode, width, langs) => {
    if (`${mode} ${width} ${langs.source}` !== key) {
      key = `${mode} ${width} ${langs.source}`;
      heights = new WeakMap();
    }
    let h = heights.get(row);
    if (h === undefined) heights.set(row, (h = estimateRowHeight(row, mode, width, langs)));
    return h;
  };
}
