import { describe, expect, it } from 'vitest';
import { collectPairRows, describeFlag } from '../../src/export/collect-pair-rows';
import type { Flag } from '../../src/core/types';
import { buildReport } from './report-builder';

const flag = (id: string, source: string[], target: string[]): Flag => ({
  id, type: 'numbering', severity: 'minor', source, target, message: id, evidence: [],
});

describe('collectPairRows', () => {
  it('joins texts and numbers per language', () => {
    const { rows } = collectPairRows(buildReport([[['甲。', '乙。'], ['A.', 'B.']]]));
    expect(rows[0]).toMatchObject({ sourceText: '甲。乙。', targetText: 'A. B.', sourceNumber: '1.1 1.2', targetNumber: '1.1 1.2' });
  });

  it('puts a flag on every pair it touches and keeps segment-less flags apart', () => {
    const span = flag('span', ['s1'], ['t2']);
    const loose = flag('loose', [], []);
    const { rows, looseFlags } = collectPairRows(buildReport([[['甲。'], ['A.']], [['乙。'], ['B.']], [['丙。'], ['C.']]], [span, loose]));
    expect(rows.map((r) => r.flags.map((f) => f.id))).toEqual([['span'], ['span'], []]);
    expect(looseFlags).toEqual([loose]);
  });

  it.each([
    ['a pair', (r: ReturnType<typeof buildReport>) => r.pairs[0].target.push('t9'), /pairs\[0\]\.target names segment id "t9"/],
    ['a flag', (r: ReturnType<typeof buildReport>) => r.flags.push(flag('f', ['s7'], [])), /flags\[0\] names segment id "s7"/],
  ])('throws a RangeError naming an unknown id used by %s', (_name, spoil, message) => {
    const report = buildReport([[['甲。'], ['A.']]]);
    spoil(report);
    expect(() => collectPairRows(report)).toThrow(RangeError);
    expect(() => collectPairRows(report)).toThrow(message);
  });
});

describe('describeFlag', () => {
  it.each([
    [undefined, '[minor] numbering: m Suggestion: s'],
    [{ status: 'dismissed' as const }, '[minor] numbering: m Suggestion: s Review: dismissed'],
    [{ status: 'accepted' as const, note: 'ok' }, '[minor] numbering: m Suggestion: s Review: accepted — ok'],
  ])('with review %j reads %j', (review, text) => {
    expect(describeFlag({ ...flag('f', [], []), message: 'm', suggestion: 's' }, review)).toBe(text);
  });
});
