// The one order of flag severities, shared by the checks, the CLI, the exports and the viewer.
import type { Severity } from './types';

/** Every severity, most severe first. */
export const SEVERITIES: readonly Severity[] = ['critical', 'major', 'minor', 'info'];

/** 3 for critical down to 0 for info: larger is more severe. */
export const severityRank: Readonly<Record<Severity, number>> = { critical: 3, major: 2, minor: 1, info: 0 };

/** True when severity `s` is `min` or more severe. */
export function atLeast(s: Severity, min: Severity): boolean {
  return severityRank[s] >= severityRank[min];
}

/** The more severe of two severities. */
export function worse(a: Severity, b: Severity): Severity {
  return severityRank[a] >= severityRank[b] ? a : b;
}

/** Compares so that a sort puts the most severe first. */
export function bySeverity(a: Severity, b: Severity): number {
  return severityRank[b] - severityRank[a];
}
