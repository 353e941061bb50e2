// The invariants every report keeps, whatever its input (HOUSE-STYLE rule 11), shared by the tests.
import { expect } from 'vitest';
import type { Report } from '../../src/core/types';

/** The invariants every report keeps, whatever its input. */
export function expectReportInvariants(report: Report, sourceText: string, targetText: string) {
  for (const [side, raw] of [[report.source, sourceText], [report.target, targetText]] as const) {
    for (const s of side.segments) expect(s.text).toBe(raw.slice(s.start, s.end));
    const ids = report.pairs.flatMap((p) => (side === report.source ? p.source : p.target));
    expect(ids).toEqual(side.segments.map((s) => s.id));
  }
  for (const p of report.pairs) {
    expect(p.source.length + p.target.length).toBeGreaterThan(0);
    expect(p.score).toBeGreaterThanOrEqual(0);
    expect(p.score).toBeLessThanOrEqual(1);
  }
  expect(JSON.parse(JSON.stringify(report))).toEqual(report);
}
