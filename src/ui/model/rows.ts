// The rows the viewer draws: one row per pair, segments resolved, flags attached. Components render
// these and never look at the alignment themselves.
import type { Flag, Pair, Segment, Severity } from '../../core/types';
import type { AlignedDoc } from './alignment-edit';

/** Which texts the viewer shows: both columns, one of them, or each clause followed by its counterpart. */
export type ReadingMode = 'both' | 'original' | 'translation' | 'interleaved';

/** How sure the aligner was, as a colour band; 'none' for a clause with nothing on the other side. */
export type ConfidenceBand = 'high' | 'medium' | 'low' | 'none';

/** One line of the side-by-side view. */
export interface Row {
  index: number;
  pair: Pair;
  source: Segment[];
  target: Segment[];
  band: ConfidenceBand;
  /** Keys of the flags that involve a segment of this row, most severe first. */
  flags: string[];
  worst?: Severity;
}

/** A flag as the viewer shows it: a stable key (survives re-checks and reloads) and its row. */
export interface ViewFlag extends Flag {
  key: string;
  row: number;
}

/** The view of a whole document pair. */
export interface ViewModel {
  rows: Row[];
  flags: ViewFlag[];
  /** Row index of every segment id. */
  rowOf: Map<string, number>;
  segments: Map<string, Segment>;
}

export const severityRank: Record<Severity, number> = { critical: 0, major: 1, minor: 2, info: 3 };

/** Colour band of a confidence in [0, 1]; a one-sided pair has no confidence to show. */
export function bandOf(pair: Pair): ConfidenceBand {
  if (pair.source.length === 0 || pair.target.length === 0) return 'none';
  if (pair.score >= 0.7) return 'high';
  if (pair.score >= 0.4) return 'medium';
  return 'low';
}

/** A flag's identity across runs: what it says and which segments it names (ids from checks are positional). */
export function keyFlag(flag: Pick<Flag, 'type' | 'source' | 'target' | 'message'>): string {
  return `${flag.type}|${flag.source.join(',')}|${flag.target.join(',')}|${flag.message}`;
}

/** Builds the rows and the flag list of an alignment; flags naming no known segment go to row 0. */
export function buildViewModel(doc: AlignedDoc, flags: readonly Flag[]): ViewModel {
  const segments = new Map<string, Segment>();
  for (const s of doc.source.segments) segments.set(s.id, s);
  for (const s of doc.target.segments) segments.set(s.id, s);
  const rowOf = new Map<string, number>();
  const rows: Row[] = doc.pairs.map((pair, index) => {
    for (const id of pair.source) rowOf.set(id, index);
    for (const id of pair.target) rowOf.set(id, index);
    return {
      index,
      pair,
      source: pair.source.map((id) => segments.get(id)).filter((s): s is Segment => !!s),
      target: pair.target.map((id) => segments.get(id)).filter((s): s is Segment => !!s),
      band: bandOf(pair),
      flags: [],
    };
  });
  const seen = new Map<string, number>();
  const viewFlags: ViewFlag[] = flags.map((f) => {
    let key = keyFlag(f);
    // Two identical flags on the same segments would share a key; number the repeats.
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    if (n > 0) key = `${key}#${n}`;
    const involved = [...f.source, ...f.target].map((id) => rowOf.get(id)).filter((r): r is number => r !== undefined);
    return { ...f, key, row: involved.length ? Math.min(...involved) : 0 };
  });
  viewFlags.sort((a, b) => a.row - b.row || severityRank[a.severity] - severityRank[b.severity]);
  for (const f of viewFlags) {
    const rowsHit = new Set([...f.source, ...f.target].map((id) => rowOf.get(id)).filter((r): r is number => r !== undefined));
    if (rowsHit.size === 0 && rows.length) rowsHit.add(0);
    for (const r of rowsHit) {
      const row = rows[r];
      row.flags.push(f.key);
      if (!row.worst || severityRank[f.severity] < severityRank[row.worst]) row.worst = f.severity;
    }
  }
  return { rows, flags: viewFlags, rowOf, segments };
}

/** Rows shown in a reading mode: a one-column mode hides rows with nothing on its side. */
export function visibleRows(rows: Row[], mode: ReadingMode): Row[] {
  if (mode === 'original') return rows.filter((r) => r.source.length > 0);
  if (mode === 'translation') return rows.filter((r) => r.target.length > 0);
  return rows;
}

/**
 * Rows whose severity mark counts only flags still open or accepted: a dismissed flag no longer
 * colours its row. Rows whose mark does not change are returned as they are (memoised views keep them).
 */
export function rowsWithLiveSeverity(rows: Row[], flags: readonly ViewFlag[], dismissed: (flagKey: string) => boolean): Row[] {
  const severityOf = new Map(flags.map((f) => [f.key, f.severity]));
  return rows.map((row) => {
    let worst: Severity | undefined;
    for (const key of row.flags) {
      const sev = severityOf.get(key);
      if (sev && !dismissed(key) && (!worst || severityRank[sev] < severityRank[worst])) worst = sev;
    }
    return worst === row.worst ? row : { ...row, worst };
  });
}
