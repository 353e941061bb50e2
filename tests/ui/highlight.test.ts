import { describe, expect, it } from 'vitest';
import type { Segment } from '../../src/core/types';
import { evidenceMarks, searchMarks, splitRuns } from '../../src/ui/model/highlight';
import { findCorrespondences, parseChineseNumber } from '../../src/ui/model/correspondence';

describe('splitRuns', () => {
  it.each([
    ['no marks', 'abc', [], [['abc', []]]],
    ['one mark', 'abcdef', [{ start: 2, end: 4, kind: 'search' }], [['ab', []], ['cd', ['search']], ['ef', []]]],
    ['stacked marks', 'abcd', [{ start: 0, end: 3, kind: 'evidence' }, { start: 1, end: 2, kind: 'search' }], [['a', ['evidence']], ['b', ['evidence', 'search']], ['c', ['evidence']], ['d', []]]],
    ['a mark past the end is clipped', 'ab', [{ start: 1, end: 9, kind: 'match' }], [['a', []], ['b', ['match']]]],
    ['markup stays text', '<script>x</script>', [], [['<script>x</script>', []]]],
  ] as const)('%s', (_n, text, marks, runs) => {
    expect(splitRuns(text, marks as never).map((r) => [r.text, r.kinds])).toEqual(runs);
  });
});

describe('marks', () => {
  const seg: Segment = { id: 't5', start: 100, end: 120, number: '4.7.2', text: 'Support Yantai Port.', clean: '', kind: 'sentence', block: 0 };
  it('maps evidence offsets from the raw text into the clause', () => {
    const marks = evidenceMarks(seg, [{ id: 'f', type: 'entity', severity: 'critical', source: [], target: ['t5'], message: '', evidence: [{ side: 'target', segment: 't5', start: 108, end: 119, text: 'Yantai Port' }] }]);
    expect(marks.map((m) => seg.text.slice(m.start, m.end))).toEqual(['Yantai Port']);
  });
  it('finds a search term in any case', () => {
    expect(searchMarks('Port and port', 'PORT').map((m) => m.start)).toEqual([0, 9]);
  });
  it('an empty search finds nothing', () => {
    expect(searchMarks('abc', '  ')).toEqual([]);
  });
});

describe('correspondences', () => {
  it.each([
    ['二十', 20],
    ['十五', 15],
    ['一百零五', 105],
    ['二〇二四', 2024],
    ['三万', 30000],
  ])('%s is %d', (s, n) => {
    expect(parseChineseNumber(s)).toBe(n);
  });

  it('marks numbers and Latin names present on both sides', () => {
    const zh = '到2025年，建成20个5G基地。';
    const en = 'By 2025, build twenty 5G bases and 3 labs.';
    const c = findCorrespondences(zh, en);
    expect(c.zh.map((m) => zh.slice(m.start, m.end)).sort()).toEqual(['20', '2025', '5', '5G'].sort());
    expect(c.en.map((m) => en.slice(m.start, m.end))).toContain('twenty');
    expect(c.en.map((m) => en.slice(m.start, m.end))).not.toContain('3');
  });
});

describe('marksPerSegment', () => {
  it('cuts marks over joined clauses back into each clause', async () => {
    const { marksPerSegment } = await import('../../src/ui/model/highlight');
    const segs = ['ab', 'cd'].map((text, i) => ({ id: `s${i}`, text }) as Segment);
    const out = marksPerSegment(segs, [{ start: 1, end: 4, kind: 'match' }], ' ');
    expect(out.get('s0')).toEqual([{ start: 1, end: 2, kind: 'match' }]);
    expect(out.get('s1')).toEqual([{ start: 0, end: 1, kind: 'match' }]);
  });
  it('puts a cut where the caret is', () => {
    expect(splitRuns('abcd', [], [2]).map((r) => r.text)).toEqual(['ab', 'cd']);
  });
});
