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

/** 1-based numbers of the lines a note names ("lines 1–19", "line 7", "lines 3, 7–9"), for notes on `name`. */
function linesNamedInNotes(notes: string[], name: string): Set<number> {
  const named = new Set<number>();
  for (const note of notes) {
    if (!note.startsWith(`${name}: `)) continue;
    for (const m of note.matchAll(/\blines? ((?:\d+(?:–\d+)?)(?:, \d+(?:–\d+)?)*)/g)) {
      for (const part of m[1].split(', ')) {
        const [a, b] = part.split('–').map(Number);
        for (let n = a; n <= (b ?? a); n++) named.add(n);
      }
    }
  }
  return named;
}

/**
 * Lines of `raw` with any letter or digit that no segment of `side` overlaps and no report note
 * names by number: text that vanished without a word. Empty when nothing was lost.
 */
export function linesLostWithoutNote(report: Report, which: 'source' | 'target', raw: string): string[] {
  const side = report[which];
  const named = linesNamedInNotes(report.notes, side.name);
  const lost: string[] = [];
  const breaks = /\r\n|[\n\r\u2028\u2029]/g;
  let start = 0;
  let number = 0;
  let k = 0;
  const segments = [...side.segments].sort((a, b) => a.start - b.start);
  for (;;) {
    const m = breaks.exec(raw);
    const end = m ? m.index : raw.length;
    number++;
    const line = raw.slice(start, end);
    if (/[\p{L}\p{N}]/u.test(line) && !named.has(number)) {
      while (k < segments.length && segments[k].end <= start) k++;
      let covered = false;
      for (let j = k; j < segments.length && segments[j].start < end && !covered; j++) covered = segments[j].end > start;
      if (!covered) lost.push(`line ${number}: ${line.slice(0, 60)}`);
    }
    if (!m) break;
    start = m.index + m[0].length;
  }
  return lost;
}
