// Turns the reviewed state into export files through the pure writers of src/export.
import type { StructureNote } from '../core/input/extracted';
import type { Flag, Report } from '../core/types';
import type { PairFilter, ReviewState } from '../export/collect-pair-rows';
import { writeCorrectedText } from '../export/corrected-text';
import { writeHtmlReport } from '../export/html-report';
import { writeJsonReport } from '../export/json';
import { writeTmx } from '../export/tmx';
import { writeTsv } from '../export/tsv';
import { writeXliff } from '../export/xliff';
import { keyPair, type AlignedDoc } from './model/alignment-edit';
import type { Decision, ReviewFile } from './model/review-log';
import { keyFlag } from './model/rows';
import type { ExportKind } from './components/Toolbar';

export interface ExportFile {
  name: string;
  mime: string;
  text: string;
}

/** The report as corrected by the reviewer: their alignment, its current flags, the original notes. */
export function reviewedReport(base: Report, doc: AlignedDoc, flags: Flag[]): Report {
  return { ...base, source: doc.source, target: doc.target, pairs: doc.pairs, flags };
}

/** Review state by flag id, as the writers expect, from decisions kept by flag key. */
export function reviewById(flags: Flag[], decisions: ReadonlyMap<string, Decision>): Record<string, ReviewState> {
  const out: Record<string, ReviewState> = {};
  for (const f of flags) {
    const d = decisions.get(keyFlag(f));
    if (d && (d.status !== 'open' || d.note)) out[f.id] = d.note ? { status: d.status, note: d.note } : { status: d.status };
  }
  return out;
}

function baseName(report: Report): string {
  const stem = (n: string) => n.replace(/\.[^.]+$/, '');
  return `${stem(report.source.name)}__${stem(report.target.name)}`;
}

/** What an export keeps and refers to beyond the report: the pair filter, the confirmed pairs, the user's files. */
export interface ExportContext {
  filter?: PairFilter;
  confirmed?: ReadonlySet<string>;
  files?: { source?: string; target?: string };
}

/** The file for one export kind; the review file comes from the caller (it needs the document hashes). */
export function buildExport(
  kind: ExportKind,
  report: Report,
  decisions: ReadonlyMap<string, Decision>,
  reviewFile: ReviewFile | null,
  context: ExportContext = {},
): ExportFile | null {
  const review = reviewById(report.flags, decisions);
  const confirmedPairs = report.pairs.flatMap((p, i) => (context.confirmed?.has(keyPair(p)) ? [i] : []));
  const filter = context.filter && Object.values(context.filter).some((v) => v !== undefined && v !== false) ? context.filter : undefined;
  const options = { review, createdAt: new Date().toISOString(), filter, confirmedPairs, files: context.files };
  const name = baseName(report);
  switch (kind) {
    case 'json': {
      // Verdicts ride along as an extra `review` field on each decided flag (REPORT-FORMAT allows extra fields).
      const flags = report.flags.map((f) => (review[f.id] ? { ...f, review: review[f.id] } : f));
      return { name: `${name}.report.json`, mime: 'application/json', text: writeJsonReport({ ...report, flags }) };
    }
    case 'tmx':
      return { name: `${name}.tmx`, mime: 'application/x-tmx+xml', text: writeTmx(report, options) };
    case 'xliff':
      return { name: `${name}.xlf`, mime: 'application/xliff+xml', text: writeXliff(report, options) };
    case 'tsv':
      return { name: `${name}.tsv`, mime: 'text/tab-separated-values', text: writeTsv(report, { ...options, bom: true }) };
    case 'html':
      return { name: `${name}.audit.html`, mime: 'text/html', text: writeHtmlReport(report, options) };
    case 'review':
      return reviewFile ? { name: `${name}.review.json`, mime: 'application/json', text: JSON.stringify(reviewFile, null, 2) + '\n' } : null;
    case 'docx':
      // Bytes, not text, and written asynchronously: buildCorrectedDocx.
      return null;
    case 'text': {
      // The corrected translation under the translation's own name, marked as corrected.
      const m = /^(.*?)(\.[^.]*)?$/.exec(report.target.name)!;
      return { name: `${m[1]}.corrected${m[2] && m[2] !== '.docx' ? m[2] : '.txt'}`, mime: 'text/plain;charset=utf-8', text: writeCorrectedText(report.target, context.files?.target) };
    }
  }
}

/** Whether the translation was read from a Word file, so its corrected text can be written back as one. */
export function canExportDocx(report: Report | null): boolean {
  return report?.target.format === 'docx';
}

/**
 * The corrected translation as a .docx, when the translation was read from one: `extracted` is the
 * text extraction made of it, `structure` its notes (headings, table rows) and `original` the file
 * itself, when the viewer still has it (corrections then go into it, formatting kept). The writer and
 * the `docx` package load on first use. Null for any other translation.
 */
export async function buildCorrectedDocx(report: Report, extracted?: string, structure: readonly StructureNote[] = [], original?: Uint8Array): Promise<{ name: string; mime: string; bytes: Uint8Array } | null> {
  const text = extracted ?? report.target.extracted;
  if (!canExportDocx(report) || text === undefined) return null;
  const { writeCorrectedDocx } = await import('../export/corrected-docx');
  const stem = report.target.name.replace(/\.docx$/i, '');
  return { name: `${stem}.corrected.docx`, mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: await writeCorrectedDocx(report.target, text, structure, original) };
}
