// Tab-separated table of a report's pairs, for spreadsheets and scripts.
import type { Report } from '../core/types';
import { collectPairRows, selectPairRows, type ExportOptions } from './collect-pair-rows';

export interface TsvOptions extends ExportOptions {
  /** Prefix a byte order mark so Excel opens the file as UTF-8 rather than the system code page. */
  bom?: boolean;
}

export const TSV_COLUMNS = [
  'source_number',
  'source_line',
  'source_text',
  'target_number',
  'target_line',
  'target_text',
  'score',
  'flag_types',
  'flag_messages',
  'review',
  'review_notes',
] as const;

/** Writes a header row and one row per pair the filter keeps (LF line ends); a one-sided row has no score; lines are empty when the files are not given; tabs and line breaks inside cells become spaces and a cell starting with = + - @ gets a leading apostrophe, so spreadsheets neither split nor evaluate it. */
export function writeTsv(report: Report, options: TsvOptions = {}): string {
  const rows = selectPairRows(collectPairRows(report, options.files).rows, options);
  const review = options.review ?? {};
  // Replacing rather than quoting: quoted multi-line cells are not part of the IANA TSV format and
  // spreadsheets disagree about them, while a space keeps every row on one line everywhere.
  const lines = [TSV_COLUMNS.join('\t')];
  for (const row of rows) {
    // A clause with nothing on the other side has no confidence to give, not a score of its own.
    const twoSided = row.source.length > 0 && row.target.length > 0;
    const cells = [
      row.sourceNumber,
      row.sourceLine,
      row.sourceText,
      row.targetNumber,
      row.targetLine,
      row.targetText,
      twoSided ? formatScore(row.pair.score) : '',
      row.flags.map((f) => f.type).join(', '),
      row.flags.map((f) => `[${f.severity}] ${f.message}${f.suggestion ? ` Suggestion: ${f.suggestion}` : ''}`).join(' | '),
      row.flags.map((f) => review[f.id]?.status ?? 'open').join(', '),
      row.flags.map((f) => review[f.id]?.note ?? '').filter(Boolean).join(' | '),
    ];
    lines.push(cells.map(formatCell).join('\t'));
  }
  return (options.bom ? '\uFEFF' : '') + lines.join('\n') + '\n';
}

function formatCell(text: string): string {
  const flat = text.replace(/\r\n|[\t\n\r\v\f\u0085\u2028\u2029]/g, ' ');
  // Formula injection (OWASP "CSV injection"): the apostrophe makes the cell plain text.
  return /^[=+\-@]/.test(flat) ? `'${flat}` : flat;
}

function formatScore(score: number): string {
  return Number.isFinite(score) ? String(Math.round(score * 1000) / 1000) : '';
}
