import { describe, expect, it } from 'vitest';
import { estimateRowHeight } from '../../src/ui/model/row-height';
import { buildViewModel } from '../../src/ui/model/rows';
import { parseAlignment } from './notation';

const rowsOf = (notation: string) => buildViewModel(parseAlignment(notation), []).rows;
const han = (n: number) => '改'.repeat(n);
const latin = (n: number) => 'e'.repeat(n);

describe('estimateRowHeight', () => {
  it('grows with the text: a paragraph is several times a one-line clause', () => {
    const [short, long] = rowsOf(`[${han(5)}|${latin(20)}] [${han(200)}|${latin(600)}]`);
    const one = estimateRowHeight(short, 'both', 900);
    expect(one).toBeGreaterThan(30);
    expect(one).toBeLessThan(80);
    expect(estimateRowHeight(long, 'both', 900)).toBeGreaterThan(4 * one);
  });

  it('side by side takes the taller cell; interleaved stacks both; one column shows one side', () => {
    const [row] = rowsOf(`[${han(20)}|${latin(900)}]`);
    const both = estimateRowHeight(row, 'both', 900);
    const original = estimateRowHeight(row, 'original', 900);
    const translation = estimateRowHeight(row, 'translation', 900);
    expect(both).toBeGreaterThan(original);
    expect(translation).toBeLessThan(both);
    expect(estimateRowHeight(row, 'interleaved', 900)).toBeGreaterThan(Math.max(original, translation));
  });

  it('a narrower list wraps into more lines', () => {
    const [row] = rowsOf(`[${han(300)}|]`);
    expect(estimateRowHeight(row, 'both', 600)).toBeGreaterThan(estimateRowHeight(row, 'both', 1200));
  });

  it('an empty cell and a very narrow list still give a positive height', () => {
    const [row] = rowsOf(`[|${latin(10)}]`);
    expect(estimateRowHeight(row, 'original', 900)).toBeGreaterThan(0);
    expect(Number.isFinite(estimateRowHeight(row, 'both', 10))).toBe(true);
  });
});
