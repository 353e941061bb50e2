import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { writeJsonReport } from '../../src/export/json';
import { buildReport, loadSampleReport } from './report-builder';

describe('writeJsonReport', () => {
  it('round-trips the sample report through JSON.parse', () => {
    const report = loadSampleReport();
    expect(JSON.parse(writeJsonReport(report))).toEqual(report);
  });

  it('is the exact text of the fixture (2-space indent, trailing newline)', () => {
    const file = readFileSync(new URL('../../fixtures/sample-report.json', import.meta.url), 'utf8');
    expect(writeJsonReport(loadSampleReport())).toBe(file);
    expect(file.endsWith('}\n')).toBe(true);
  });

  it('puts keys in the documented order whatever order they came in', () => {
    const report = buildReport([[['甲。'], ['A.']]], [
      { evidence: [], message: 'm', target: ['t1'], source: ['s1'], severity: 'info', type: 'meaning', id: 'f1' },
    ]);
    const scrambled = JSON.parse(JSON.stringify({ notes: [], flags: report.flags, pairs: report.pairs, target: report.target, source: report.source, version: 1, format: 'duizhao-report' }));
    scrambled.source.segments[0] = { block: 0, kind: 'sentence', clean: '甲。', text: '甲。', number: '1.1', end: 2, start: 0, id: 's1' };
    const out = JSON.parse(writeJsonReport(scrambled));
    expect(Object.keys(out)).toEqual(['format', 'version', 'source', 'target', 'pairs', 'flags', 'notes']);
    expect(Object.keys(out.source.segments[0]).slice(0, 5)).toEqual(['id', 'start', 'end', 'number', 'text']);
    expect(Object.keys(out.flags[0])).toEqual(['id', 'type', 'severity', 'source', 'target', 'message', 'evidence']);
  });

  it('keeps extra fields after the known ones and drops undefined values', () => {
    const report = { ...buildReport([]), stats: { ms: 3 }, missing: undefined } as any;
    const out = JSON.parse(writeJsonReport(report));
    expect(Object.keys(out).slice(-1)).toEqual(['stats']);
    expect(out.stats).toEqual({ ms: 3 });
    expect('missing' in out).toBe(false);
  });
});
