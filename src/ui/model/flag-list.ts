// Filtering, grouping, counting and stepping through flags for the flags panel and the n/p keys.
import type { FlagType, Severity } from '../../core/types';
import type { Decision, FlagStatus } from './review-log';
import { severityRank, type ViewFlag } from './rows';

export const severities: Severity[] = ['critical', 'major', 'minor', 'info'];
export const flagTypes: FlagType[] = ['omission', 'addition', 'entity', 'number', 'numbering', 'negation', 'untranslated', 'terminology', 'meaning'];

/** What the flags panel shows; an empty set means "any". */
export interface FlagFilter {
  types: ReadonlySet<string>;
  severities: ReadonlySet<string>;
  status: FlagStatus | 'all';
}

export const showAll: FlagFilter = { types: new Set(), severities: new Set(), status: 'all' };

export type GroupBy = 'type' | 'severity' | 'none';

export interface FlagGroup {
  name: string;
  flags: ViewFlag[];
}

/** Status of a flag under the reviewer's decisions (untouched flags are open). */
export function statusOf(flag: ViewFlag, decisions: ReadonlyMap<string, Decision>): FlagStatus {
  return decisions.get(flag.key)?.status ?? 'open';
}

/** Flags passing the filter, in document order. */
export function filterFlags(flags: readonly ViewFlag[], filter: FlagFilter, decisions: ReadonlyMap<string, Decision>): ViewFlag[] {
  return flags.filter(
    (f) =>
      (filter.types.size === 0 || filter.types.has(f.type)) &&
      (filter.severities.size === 0 || filter.severities.has(f.severity)) &&
      (filter.status === 'all' || statusOf(f, decisions) === filter.status),
  );
}

/** Counts by type, severity and status (over all flags, so the filter chips always show totals). */
export function countFlags(flags: readonly ViewFlag[], decisions: ReadonlyMap<string, Decision>) {
  const byType = new Map<string, number>();
  const bySeverity = new Map<string, number>();
  const byStatus = new Map<FlagStatus, number>([['open', 0], ['accepted', 0], ['dismissed', 0]]);
  for (const f of flags) {
    byType.set(f.type, (byType.get(f.type) ?? 0) + 1);
    bySeverity.set(f.severity, (bySeverity.get(f.severity) ?? 0) + 1);
    const s = statusOf(f, decisions);
    byStatus.set(s, (byStatus.get(s) ?? 0) + 1);
  }
  return { byType, bySeverity, byStatus, total: flags.length };
}

/** Groups flags by type (in the canonical type order) or severity (most severe first); empty groups dropped. */
export function groupFlags(flags: readonly ViewFlag[], by: GroupBy): FlagGroup[] {
  if (by === 'none') return flags.length ? [{ name: 'all', flags: [...flags] }] : [];
  const order: string[] = by === 'type' ? [...flagTypes] : [...severities];
  for (const f of flags) if (!order.includes(f[by])) order.push(f[by]);
  const groups = order.map((name) => ({ name, flags: flags.filter((f) => f[by] === name) }));
  if (by === 'type') for (const g of groups) g.flags.sort((a, b) => a.row - b.row || severityRank[a.severity] - severityRank[b.severity]);
  return groups.filter((g) => g.flags.length > 0);
}

/** The flag after (dir 1) or before (dir -1) `current` in `list`, wrapping; from nothing, the first or last. */
export function stepFlag(list: readonly ViewFlag[], current: string | null, dir: 1 | -1): ViewFlag | null {
  if (list.length === 0) return null;
  const i = current === null ? -1 : list.findIndex((f) => f.key === current);
  if (i < 0) return dir === 1 ? list[0] : list[list.length - 1];
  return list[(i + dir + list.length) % list.length];
}

/** The first flag at or after `row` (dir 1) or at or before it (dir -1), for n/p from a selected row. */
export function nearestFlag(list: readonly ViewFlag[], row: number, dir: 1 | -1): ViewFlag | null {
  if (dir === 1) return list.find((f) => f.row > row) ?? list[0] ?? null;
  for (let i = list.length - 1; i >= 0; i--) if (list[i].row < row) return list[i];
  return list[list.length - 1] ?? null;
}
