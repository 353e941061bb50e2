import { describe, expect, it } from 'vitest';
import { TSV_COLUMNS, writeTsv } from '../../src/export/tsv';
import { buildReport, loadSampleReport } from './report-builder';

const c = (name: (typeof TSV_COLUMNS)[number]) => TSV_COLUMNS.indexOf(name);
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
    const row = rows.find((r) => r[c('source_text')].includes('盐田港'))!;
    expect(row[c('source_number')]).toBe('4.7.3');
    expect(row[c('target_number')]).toBe('4.7.2');
    expect(row[c('target_text')]).toMatch(/^Support Yantai Port/);
    expect(row[c('score')]).toBe('0.84');
    expect(row[c('flag_types')]).toBe('entity');
    expect(row[c('flag_messages')]).toContain('Suggestion: Yantian Port');
    expect(row[c('review')]).toBe('open');
    expect(row[c('source_line')]).toBe('');
  });

  it('leaves the missing side empty, and the score too, for an addition and an omission', () => {
    expect([rows[1][c('source_number')], rows[1][c('source_text')], rows[1][c('score')]]).toEqual(['', '', '']);
    const omission = rows.find((r) => r[c('flag_types')] === 'omission')!;
    expect([omission[c('target_number')], omission[c('target_text')], omission[c('score')]]).toEqual(['', '', '']);
  });

  it('reports the review state and the note per flag when given', () => {
    const reviewed = table(writeTsv(report, { review: { f3: { status: 'dismissed', note: 'client\tname' } } }));
    const row = reviewed.find((r) => r[c('flag_types')] === 'entity')!;
    expect(row[c('review')]).toBe('dismissed');
    expect(row[c('review_notes')]).toBe('client name');
  });

  it('gives the line of each clause in the files when they are given', () => {
    const one = buildReport([[['甲。'], ['A.']], [['乙。'], ['B.']]]);
    const lines = table(writeTsv(one, { files: { source: one.source.segments.map((s) => s.text).join('\n'), target: 'A. B.' } }));
    expect(lines.slice(1).map((r) => [r[c('source_line')], r[c('target_line')]])).toEqual([['1', '1'], ['2', '1']]);
  });

  it('keeps only the pairs a filter lets through', () => {
    const three = buildReport([[['甲。'], ['A.']], [['乙。'], ['B.']], [['丙。'], ['C.']]]);
    const kept = table(writeTsv(three, { filter: { confirmedOnly: true }, confirmedPairs: [0, 2] }));
    expect(kept.slice(1).map((r) => r[c('target_text')])).toEqual(['A.', 'C.']);
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
    expect(row[c('source_text')]).toBe(cell);
  });

  it('adds a byte order mark only when asked', () => {
    expect(writeTsv(report).charCodeAt(0)).not.toBe(0xfeff);
    expect(writeTsv(report, { bom: true }).charCodeAt(0)).toBe(0xfeff);
  });

  it('writes just the header for a report with no pairs', () => {
    expect(writeTsv(buildReport([]))).toBe(TSV_COLUMNS.join('\t') + '\n');
  });
});
