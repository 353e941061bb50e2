// The shared fixture must stay a faithful report: the viewer's tests rely on it too.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Side } from '../../src/core/types';
import { loadSampleReport } from './report-builder';

const report = loadSampleReport();
const raw = (side: Side) => readFileSync(new URL(`../../seeds/${side.name}`, import.meta.url), 'utf8').replace(/^\uFEFF/, '');

describe('fixtures/sample-report.json', () => {
  it.each([
    ['source', report.source],
    ['target', report.target],
  ] as const)('%s segments are slices of the seed at their offsets, in order', (_name, side) => {
    const text = raw(side);
    let last = 0;
    for (const s of side.segments) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.start).toBeGreaterThanOrEqual(last);
      last = s.end;
    }
    expect(side.segments.length).toBeGreaterThanOrEqual(10);
  });

  it.each([
    ['source', report.source],
    ['target', report.target],
  ] as const)('pairs cover every %s segment once, in document order', (name, side) => {
    expect(report.pairs.flatMap((p) => p[name])).toEqual(side.segments.map((s) => s.id));
  });

  it('has a 1-2 pair, an addition and an omission', () => {
    const shapes = report.pairs.map((p) => `${p.source.length}-${p.target.length}`);
    expect(shapes).toEqual(expect.arrayContaining(['1-2', '0-1', '1-0']));
  });

  it('has the critical Yantian/Yantai entity flag with evidence on both sides', () => {
    const flag = report.flags.find((f) => f.type === 'entity')!;
    expect(flag).toMatchObject({ severity: 'critical', suggestion: 'Yantian Port' });
    expect(flag.evidence.map((e) => e.text)).toEqual(['盐田港', 'Yantai Port']);
    expect(report.flags.find((f) => f.type === 'addition')?.severity).toBe('minor');
  });

  it('has evidence whose text is the raw slice of its side', () => {
    for (const e of report.flags.flatMap((f) => f.evidence)) {
      const side = e.side === 'source' ? report.source : report.target;
      const seg = side.segments.find((s) => s.id === e.segment)!;
      expect(raw(side).slice(e.start, e.end)).toBe(e.text);
      expect(e.start >= seg.start && e.end <= seg.end).toBe(true);
    }
  });
});
