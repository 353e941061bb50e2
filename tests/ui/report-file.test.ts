// Reading a report JSON back into the viewer: the CLI's shape is accepted, anything else is one sentence.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { writeJsonReport } from '../../src/export/json';
import type { Report } from '../../src/core/types';
import { parseReportFile } from '../../src/ui/model/report-file';

const sample = readFileSync(new URL('../../fixtures/sample-report.json', import.meta.url), 'utf8');

const minimal = {
  format: 'duizhao-report',
  version: 1,
  source: { name: 'a.txt', lang: 'zh', segments: [{ id: 's1', start: 0, end: 3, number: '1', text: '甲乙。' }] },
  target: { name: 'b.txt', lang: 'en', segments: [{ id: 't1', start: 0, end: 2, number: '1', text: 'A.' }, { id: 't2', start: 3, end: 5, number: '2', text: 'B.' }] },
  pairs: [{ source: ['s1'], target: ['t1'], score: 0.9 }, { source: [], target: ['t2'], score: 0 }],
  flags: [{ type: 'addition', severity: 'minor', source: [], target: ['t2'], message: 'Added.' }],
};

const variant = (change: (r: any) => void) => {
  const r = structuredClone(minimal) as any;
  change(r);
  return JSON.stringify(r);
};

describe('parseReportFile', () => {
  it('reads the sample report and gives back the same report', () => {
    const report = parseReportFile(sample) as Report;
    expect(typeof report).toBe('object');
    expect(writeJsonReport(report)).toBe(writeJsonReport(JSON.parse(sample)));
  });

  it('fills the fields REPORT-FORMAT.md does not require', () => {
    const report = parseReportFile(JSON.stringify(minimal)) as Report;
    expect(report.source.segments[0]).toMatchObject({ clean: '甲乙。', kind: 'sentence', block: 0 });
    expect(report.flags[0]).toMatchObject({ id: 'f1', evidence: [] });
    expect(report.notes).toEqual([]);
  });

  it.each([
    ['not JSON', '{oops', /not JSON/],
    ['another format', JSON.stringify({ format: 'duizhao-review', version: 1 }), /not a Duizhao report/],
    ['another version', variant((r) => (r.version = 2)), /version 2/],
    ['a segment without offsets', variant((r) => delete r.source.segments[0].start), /Segment 1 of the original/],
    ['a side without a language', variant((r) => (r.target.lang = 'fr')), /Chinese or English/],
    ['a pair naming an unknown segment', variant((r) => (r.pairs[0].target = ['t9'])), /Pair 1 .* "t9"/],
    ['a pair naming a segment of the other side', variant((r) => (r.pairs[0].source = ['t1'])), /Pair 1/],
    ['a segment in two pairs', variant((r) => (r.pairs[1].target = ['t1', 't2'])), /"t1" appears in more than one pair/],
    ['a segment in no pair', variant((r) => r.pairs.pop()), /"t2" is in no pair/],
    ['a flag on an unknown segment', variant((r) => (r.flags[0].target = ['x'])), /Flag 1/],
    ['a duplicated id', variant((r) => (r.target.segments[1].id = 's1')), /used twice/],
  ])('rejects %s with one sentence', (_name, text, message) => {
    const out = parseReportFile(text);
    expect(typeof out).toBe('string');
    expect(out).toMatch(message);
    expect(out).not.toMatch(/\n|at \w+ \(/);
  });
});
