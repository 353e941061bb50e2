import { describe, expect, it } from 'vitest';
import type { Flag } from '../../src/core/types';
import { applyEdit } from '../../src/ui/model/alignment-edit';
import { findChangedPairs, mergeFlags } from '../../src/ui/model/recheck';
import { parseAlignment } from './notation';

const flag = (id: string, source: string[], target: string[]): Flag => ({ id, type: 'omission', severity: 'major', source, target, message: id, evidence: [] });

describe('re-checking changed pairs', () => {
  const before = parseAlignment('[甲|A] [乙|] [|B] [丙|C]');
  const after = applyEdit(before, { op: 'merge', row: 1 });

  it('finds only the pairs a correction made', () => {
    expect(findChangedPairs(before, after)).toEqual([{ source: ['s2'], target: ['t2'], score: 1 }]);
  });

  it('finds the pair whose text a reviewer corrected, and only that one', () => {
    const edited = applyEdit(before, { op: 'text', segment: 't3', text: 'Cee' });
    expect(findChangedPairs(before, edited)).toEqual([before.pairs[3]]);
  });

  it('keeps flags of untouched pairs and replaces those of changed pairs', () => {
    const old = [flag('keep', ['s1'], ['t1']), flag('gone', ['s2'], []), flag('gone2', [], ['t2'])];
    const changed = findChangedPairs(before, after);
    const merged = mergeFlags(old, after.pairs, changed, [flag('new', ['s2'], ['t2'])]);
    expect(merged.map((f) => f.message)).toEqual(['keep', 'new']);
    expect(new Set(merged.map((f) => f.id)).size).toBe(2);
  });
});
