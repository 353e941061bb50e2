import { describe, expect, it } from 'vitest';
import { estimateRowHeight, rememberRowHeights } from '../../src/ui/model/row-height';
import { buildViewModel } from '../../src/ui/model/rows';
import { parseAlignment } from './notation';

const langs = { source: 'zh', target: 'en' } as const;
const rowsOf = (notation: string) => buildViewModel(parseAlignment(notation), []).rows;
const han = (n: number) => '改'.repeat(n);
const latin = (n: number) => 'e'.repeat(n);

describe('estimateRowHeight', () => {
  it('grows with the text: a paragraph is several times a one-line clause', () => {
    const [short, long] = rowsOf(`[${han(5)}|${latin(20)}] [${han(200)}|${latin(600)}]`);
    const one = estimateRowHeight(short, 'both', 900, langs);
    expect(one).toBeGreaterThan(30);
    expect(one).toBeLessThan(80);
    expect(estimateRowHeight(long, 'both', 900, langs)).toBeGreaterThan(4 * one);
  });

  it('side by side takes the taller cell; interleaved stacks both; one column shows one side', () => {
    const [row] = rowsOf(`[${han(20)}|${latin(900)}]`);
    const both = estimateRowHeight(row, 'both', 900, langs);
    const original = estimateRowHeight(row, 'original', 900, langs);
    const translation = estimateRowHeight(row, 'translation', 900, langs);
    expect(both).toBeGreaterThan(original);
    expect(translation).toBeLessThan(both);
    expect(estimateRowHeight(row, 'interleaved', 900, langs)).toBeGreaterThan(Math.max(original, translation));
  });

  it('a narrower list wraps into more lines', () => {
    const [row] = rowsOf(`[${han(300)}|]`);
    expect(estimateRowHeight(row, 'both', 600, langs)).toBeGreaterThan(estimateRowHeight(row, 'both', 1200, langs));
  });

  it('an empty cell and a very narrow list still give a positive height', () => {
    const [row] = rowsOf(`[|${latin(10)}]`);
    expect(estimateRowHeight(row, 'original', 900, langs)).toBeGreaterThan(0);
    expect(Number.isFinite(estimateRowHeight(row, 'both', 10, langs))).toBe(true);
  });
});

describe('rememberRowHeights', () => {
  it('gives the estimate, computed once per row until the mode or the width changes', () => {
    const [a, b] = rowsOf(`[${han(50)}|${latin(200)}] [${han(5)}|]`);
    const estimate = rememberRowHeights();
    expect(estimate(a, 'both', 900, langs)).toBe(estimateRowHeight(a, 'both', 900, langs));
    expect(estimate(b, 'both', 900, langs)).toBe(estimateRowHeight(b, 'both', 900, langs));
    expect(estimate(a, 'interleaved', 900, langs)).toBe(estimateRowHeight(a, 'interleaved', 900, langs));
    expect(estimate(a, 'interleaved', 500, langs)).toBe(estimateRowHeight(a, 'interleaved', 500, langs));
  });
});
