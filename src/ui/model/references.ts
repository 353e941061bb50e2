// References a reviewer can quote: the line of a clause in the user's own file, and a flag's
// location as clause numbers with those lines (unique even where a long document repeats numbers).
import type { Flag, Segment } from '../../core/types';
import { makeLineOf, type LineOf } from '../../export/lines';

export { makeLineOf, type LineOf };

/** Line lookups of both sides; a side is null when its file is not at hand (a report opened as it is). */
export interface Lines {
  source: LineOf | null;
  target: LineOf | null;
}

/**
 * 'orig. 4.7.2 (line 57) · transl. 4.7.2 (line 61)': clause numbers with their lines where known;
 * without the files (a report opened as it is) the row number comes first, so the location stays unique.
 */
export function describeLocation(flag: Pick<Flag, 'source' | 'target'> & { row?: number }, segments: ReadonlyMap<string, Segment>, lines: Lines): string {
  const side = (ids: string[], lineOf: LineOf | null) =>
    ids
      .map((id) => {
        const s = segments.get(id);
        if (!s) return id;
        return lineOf ? `${s.number} (line ${lineOf(s.start)})` : s.number;
      })
      .join(', ');
  const row = !lines.source && !lines.target && flag.row !== undefined ? `row ${flag.row + 1}` : '';
  return [row, flag.source.length ? `orig. ${side(flag.source, lines.source)}` : '', flag.target.length ? `transl. ${side(flag.target, lines.target)}` : '']
    .filter(Boolean)
    .join(' · ');
}
