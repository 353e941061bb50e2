import { describe, expect, it } from 'vitest';
import type { Flag } from '../../src/core/types';
import { bandOf, buildViewModel, keyFlag, rowsWithLiveSeverity } from '../../src/ui/model/rows';
import { parseAlignment } from './notation';

const flag = (over: Partial<Flag>): Flag => ({ id: 'f1', type: 'entity', severity: 'major', source: [], target: [], message: 'm', evidence: [], ...over });

describe('buildViewModel', () => {
  it('puts 1-n pairs in one row and leaves the other cell of an unpaired clause empty', () => {
    const vm = buildViewModel(parseAlignment('[甲|A B] [乙|] [|C]'), []);
    expect(vm.rows.map((r) => [r.source.map((s) => s.text), r.target.map((s) => s.text)])).toEqual([
      [['甲'], ['A', 'B']],
      [['乙'], []],
      [[], ['C']],
    ]);
    expect(vm.rowOf.get('t2')).toBe(0);
  });

  it('attaches each flag to every row it names, the most severe decides the row colour', () => {
    const vm = buildViewModel(parseAlignment('[甲|A] [乙|B]'), [
      flag({ id: 'f1', severity: 'minor', source: ['s2'] }),
      flag({ id: 'f2', severity: 'critical', source: ['s2'], target: ['t2'], message: 'Yantai' }),
    ]);
    expect(vm.rows[0].flags).toEqual([]);
    expect(vm.rows[1].flags).toHaveLength(2);
    expect(vm.rows[1].worst).toBe('critical');
    expect(vm.flags.map((f) => f.severity)).toEqual(['critical', 'minor']);
  });

  it('a dismissed flag no longer colours its row; untouched rows keep their identity', () => {
    const vm = buildViewModel(parseAlignment('[甲|A] [乙|B]'), [
      flag({ id: 'f1', severity: 'minor', source: ['s2'] }),
      flag({ id: 'f2', severity: 'critical', source: ['s2'], target: ['t2'], message: 'Yantai' }),
    ]);
    const critical = vm.flags.find((f) => f.severity === 'critical')!.key;
    const minor = vm.flags.find((f) => f.severity === 'minor')!.key;
    expect(rowsWithLiveSeverity(vm.rows, vm.flags, (k) => k === critical)[1].worst).toBe('minor');
    expect(rowsWithLiveSeverity(vm.rows, vm.flags, (k) => k === critical || k === minor)[1].worst).toBeUndefined();
    const same = rowsWithLiveSeverity(vm.rows, vm.flags, () => false);
    expect(same[0]).toBe(vm.rows[0]);
    expect(same[1]).toBe(vm.rows[1]);
  });

  it('gives identical flags distinct keys', () => {
    const f = flag({ source: ['s1'] });
    const vm = buildViewModel(parseAlignment('[甲|A]'), [f, { ...f, id: 'f2' }]);
    expect(new Set(vm.flags.map((x) => x.key)).size).toBe(2);
    expect(vm.flags[0].key).toBe(keyFlag(f));
  });

  it.each([
    [0.95, 'high'],
    [0.7, 'high'],
    [0.5, 'medium'],
    [0.1, 'low'],
  ] as const)('confidence %d is in the %s band', (score, band) => {
    expect(bandOf({ source: ['a'], target: ['b'], score })).toBe(band);
  });

  it('an unpaired clause has no confidence band', () => {
    expect(bandOf({ source: ['a'], target: [], score: 0.9 })).toBe('none');
  });
});
