// CSV and TSV bilingual tables to aligned units. A header naming the text columns (Duizhao's own
// TSV export: source_text / target_text; or source / target, original / translation) picks them;
// otherwise the first two columns are original and translation. The RFC 4180 reader is ours: it
// is twenty lines, exact for quoted fields with commas and line breaks, and needs no dependency.
import type { BitextUnit, ExtractResult } from './extracted';

/** Splits CSV text into rows of fields (RFC 4180: "" escapes a quote, quoted fields may span lines). */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) row.push(field), rows.push(row);
  return rows;
}

const SOURCE_NAMES = ['source_text', 'source', 'original', 'src', '原文'];
const TARGET_NAMES = ['target_text', 'target', 'translation', 'tgt', '译文'];

/** True when a TSV's first line names its text columns (a header Duizhao's TSV export writes). */
export function hasTableHeader(text: string, delimiter: string): boolean {
  const first = (text.split(/\r?\n/, 1)[0] ?? '').split(delimiter).map((c) => c.trim().toLowerCase());
  return first.some((c) => SOURCE_NAMES.includes(c)) && first.some((c) => TARGET_NAMES.includes(c));
}

/** Reads a CSV or TSV table of pairs; TSV cells are not quoted (IANA TSV), CSV cells may be. */
export function readBitextTable(text: string, name: string, format: 'csv' | 'tsv'): ExtractResult {
  const rows = format === 'csv' ? parseCsv(text.replace(/^\uFEFF/, '')) : text.replace(/^\uFEFF/, '').split(/\r?\n/).map((l) => l.split('\t'));
  const nonEmpty = rows.filter((r) => r.some((c) => c.trim() !== ''));
  if (nonEmpty.length === 0) return { ok: false, problem: `${name} is empty.` };
  const header = nonEmpty[0].map((c) => c.trim().toLowerCase());
  const si = header.findIndex((c) => SOURCE_NAMES.includes(c));
  const ti = header.findIndex((c) => TARGET_NAMES.includes(c));
  const hasHeader = si >= 0 && ti >= 0;
  const [s, t] = hasHeader ? [si, ti] : [0, 1];
  const sn = hasHeader ? header.indexOf('source_number') : -1;
  const tn = hasHeader ? header.indexOf('target_number') : -1;
  const units: BitextUnit[] = [];
  const notes: string[] = [];
  let single = 0;
  for (const row of hasHeader ? nonEmpty.slice(1) : nonEmpty) {
    if (row.length <= Math.max(s, t)) single++;
    units.push({
      // Duizhao's TSV guards cells against spreadsheet formulas with a leading apostrophe.
      source: unguard(row[s] ?? ''),
      target: unguard(row[t] ?? ''),
      sourceNumber: sn >= 0 ? row[sn] || undefined : undefined,
      targetNumber: tn >= 0 ? row[tn] || undefined : undefined,
    });
  }
  if (single > 0) notes.push(`${single} row(s) of ${name} have only one column and are kept as one-sided pairs.`);
  return { ok: true, doc: { name, format, text: '', structure: [], notes, units } };
}

function unguard(cell: string): string {
  return /^'[=+\-@]/.test(cell) ? cell.slice(1) : cell;
}
