import { describe, expect, it } from 'vitest';
import { keyPair } from '../../src/ui/model/alignment-edit';
import { countConfirmed, findRow, isConfirmed, isLowConfidence } from '../../src/ui/model/navigation';
import { buildViewModel } from '../../src/ui/model/rows';
import { parseAlignment } from './notation';

const doc = parseAlignment('[甲|A] [乙|B] [丙|] [丁|C] [戊|D]');
doc.pairs[3] = { ...doc.pairs[3], score: 0.2 };
const { rows } = buildViewModel(doc, []);

describe('row navigation', () => {
  const confirmed = new Set([keyPair(doc.pairs[0]), keyPair(doc.pairs[1]), 'gone|pair']);

  it('goes to the next unconfirmed pair, wrapping, and back', () => {
    const open = (r: (typeof rows)[number]) => !isConfirmed(r, confirmed);
    expect(findRow(rows, 0, 1, open)).toBe(2);
    expect(findRow(rows, 4, 1, open)).toBe(2);
    expect(findRow(rows, 2, -1, open)).toBe(4);
    expect(findRow(rows, -1, 1, open)).toBe(2);
    expect(findRow(rows, 0, 1, () => false)).toBe(-1);
  });

  it('goes to the next pair the aligner was unsure of (low score or unpaired)', () => {
    expect(findRow(rows, 0, 1, isLowConfidence)).toBe(2);
    expect(findRow(rows, 2, 1, isLowConfidence)).toBe(3);
    expect(findRow(rows, 3, 1, isLowConfidence)).toBe(2);
  });

  it('counts confirmed pairs that still exist', () => {
    expect(countConfirmed(rows, confirmed)).toBe(2);
  });
});
