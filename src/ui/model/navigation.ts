// Moving through rows by what they need: the next pair nobody confirmed, the next pair the aligner
// was unsure of. Pure, so the keys' behaviour is tested without a browser.
import { keyPair } from './alignment-edit';
import type { Row } from './rows';

/** The first row after (dir 1) or before (dir -1) `from` that passes `test`, wrapping once; -1 when none does. */
export function findRow(rows: readonly Row[], from: number, dir: 1 | -1, test: (r: Row) => boolean): number {
  const n = rows.length;
  if (n === 0) return -1;
  const start = from < 0 ? (dir === 1 ? -1 : n) : from;
  for (let step = 1; step <= n; step++) {
    const i = (((start + dir * step) % n) + n) % n;
    if (test(rows[i])) return rows[i].index;
  }
  return -1;
}

/** Whether a row's pair was confirmed by a person. */
export const isConfirmed = (row: Row, confirmed: ReadonlySet<string>): boolean => confirmed.has(keyPair(row.pair));

/** A pair the aligner was unsure of: low confidence, or a clause left without a counterpart. */
export const isLowConfidence = (row: Row): boolean => row.band === 'low' || row.band === 'none';

/** How many rows of the alignment are confirmed (pairs replaced by a later correction no longer count). */
export function countConfirmed(rows: readonly Row[], confirmed: ReadonlySet<string>): number {
  if (confirmed.size === 0) return 0;
  return rows.reduce((n, r) => n + (isConfirmed(r, confirmed) ? 1 : 0), 0);
}
