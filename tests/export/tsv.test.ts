import { describe, expect, it } from 'vitest';
import { TSV_COLUMNS, writeTsv } from '../../src/export/tsv';
import { buildReport, loadSampleReport } from './report-builder';

const table = (tsv: string) => tsv.replace(/^\uFEFF/, '').replace(/\n$/, '').split('\n').map((l) => l.split('\t'));

describe('writeTsv', () => {
  const report = loadSampleReport();
  const rows = table(writeTsv(report));

  it('has a header and one row per pair, all of the same width', () => {
    expect(rows[0]).toEqual([...TSV_COLUMNS]);
    expect(rows).toHaveLength(report.pairs.length + 1);
    for (const r of rows) expect(r).toHaveLength(TSV_COLUMNS.length);
  });

  it('writes clause numbers, joined texts, score and flags of a row', () => {
    const row = rows.find((r) => r[1].includes('盐田港'))!;
    expect(row[0]).toBe('4.7.3');
    expect(row[2]).toBe('4.7.2');
    expect(row[3]).toMatch(/^Support Yantai Port/);
    expect(row[4]).toBe('0.84');
    expect(row[5]).toBe('entity');
    expect(row[6]).toContain('Suggestion: Yantian Port');
    expect(row[7]).toBe('open');
  });

  it('leaves the missing side empty for an addition and an omission', () => {
    expect(rows[1].slice(0, 2)).toEqual(['', '']);
    expect(rows.find((r) => r[5] === 'omission')!.slice(2, 4)).toEqual(['', '']);
  });

  it('reports the review state per flag when given', () => {
    const reviewed = table(writeTsv(report, { review: { f3: { status: 'dismissed' } } }));
    expect(reviewed.find((r) => r[5] === 'entity')![7]).toBe('dismissed');
  });

  it.each([
    ['tab\tinside', 'tab inside'],
    ['line\nbreak\r\nand\rCR', 'line break and CR'],
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+1', `'+1`],
    ['-2', `'-2`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['a = b', 'a = b'],
    ['盐田港 😀 "quoted"', '盐田港 😀 "quoted"'],
  ])('writes the cell %j as %j', (input, cell) => {
    const [, row] = table(writeTsv(buildReport([[[input], ['x']]])));
    expect(row).toHaveLength(TSV_COLUMNS.length);
    expect(row[1]).toBe(cell);
  });

  it('adds a byte order mark only when asked', () => {
    expect(writeTsv(report).charCodeAt(0)).not.toBe(0xfeff);
    expect(writeTsv(report, { bom: true }).charCodeAt(0)).toBe(0xfeff);
  });

  it('writes just the header for a report with no pairs', () => {
    expect(writeTsv(buildReport([]))).toBe(TSV_COLUMNS.join('\t') + '\n');
  });
});
