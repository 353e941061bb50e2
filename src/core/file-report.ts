// Reports from what the input layer extracted: the pipeline over each side's extracted text, with
// each side's format, its extracted text when offsets point into it, and extraction notes.
import { buildBitextReport, buildUnitsReport } from './bitext';
import type { ExtractedDocument } from './input/extracted';
import { buildReport, describeInputProblem, type PipelineOptions, type PipelineResources } from './pipeline';
import type { Report, Side } from './types';

// Plain text and Markdown are read as they decode: offsets already point into the file.
const SELF_DESCRIBING = new Set(['text', 'markdown']);

function annotate(side: Side, doc: ExtractedDocument): Side {
  return SELF_DESCRIBING.has(doc.format) || doc.plainTsv ? { ...side, format: doc.format } : { ...side, format: doc.format, extracted: doc.text };
}

function extractionNotes(doc: ExtractedDocument, role: string): string[] {
  return doc.notes.map((n) => `${role} (${doc.name}, read as ${doc.format}): ${n}`);
}

/** True when the extracted file is a bilingual one (aligned units or a plain TSV) rather than one document. */
export function isBitext(doc: ExtractedDocument): boolean {
  return doc.units !== undefined || doc.plainTsv === true;
}

/** One sentence saying why two extracted documents cannot be compared, or null. */
export function describeFileProblem(source: ExtractedDocument, target: ExtractedDocument): string | null {
  for (const [doc, role] of [[source, 'original'], [target, 'translation']] as const) {
    if (isBitext(doc)) return `The ${role} (${doc.name}) is a bilingual ${doc.format.toUpperCase()} file: check it on its own (duizhao check --bitext ${doc.name}).`;
  }
  return describeInputProblem(source, target);
}

/** A report of two extracted documents with each side's format, extracted text and extraction notes added. */
export function annotateReport(report: Report, source: ExtractedDocument, target: ExtractedDocument): Report {
  return {
    ...report,
    source: annotate(report.source, source),
    target: annotate(report.target, target),
    // buildReport already carries each document's own notes (decoding, extraction), named by file.
    notes: report.notes,
  };
}

/** Segments, aligns and checks two extracted documents; the report says which format each side was read from. */
export function buildFileReport(source: ExtractedDocument, target: ExtractedDocument, resources: PipelineResources, options: PipelineOptions = {}): Report {
  return annotateReport(buildReport(source, target, resources, options), source, target);
}

/** Checks a bilingual file (TMX, XLIFF, CSV, TSV) unit by unit, without aligning. */
export function buildBitextFileReport(doc: ExtractedDocument, resources: PipelineResources, options: PipelineOptions = {}): Report {
  if (doc.units) return buildUnitsReport(doc, resources, options);
  const report = buildBitextReport(doc, resources, options);
  return { ...report, source: annotate(report.source, doc), target: annotate(report.target, doc), notes: [...extractionNotes(doc, 'Bitext'), ...report.notes] };
}
