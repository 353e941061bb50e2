// What the input layer hands the pipeline: the text extracted from a user's file, the format it
// was read as, and notes on its structure. Plain data: it crosses the worker boundary as is.

/** Formats a single document is read from. */
export type DocumentFormat = 'text' | 'markdown' | 'html' | 'docx' | 'pdf';

/** Formats an already aligned bilingual file is read from. */
export type BitextFormat = 'tsv' | 'csv' | 'tmx' | 'xliff';

/** Every format the input layer recognises. */
export type InputFormat = DocumentFormat | BitextFormat;

/** One structural element found in the file, as a half-open range of the extracted text. */
export interface StructureNote {
  kind: 'heading' | 'list-item' | 'table-row' | 'footnote' | 'page' | 'unit';
  start: number;
  end: number;
  /** Heading depth (1–6) or list level (0-based). */
  level?: number;
  /** The list label as the source numbered it (Word's automatic numbering included), e.g. '（一）'. */
  label?: string;
}

/**
 * A file as the pipeline reads it. `text` is what offsets in the report point into; for plain
 * text and Markdown it is the decoded file itself, for other formats the extracted text (Markdown
 * headings `#`, one paragraph per block separated by a blank line, table cells separated by tabs).
 */
export interface ExtractedDocument {
  name: string;
  format: InputFormat;
  text: string;
  /** Encoding of a text-based file ('utf-8', 'gb18030', …); absent for binary formats. */
  encoding?: string;
  structure: StructureNote[];
  /** One sentence each on what extraction dropped or could not do (running headers removed, …). */
  notes: string[];
  /** Bilingual files (TMX, XLIFF, CSV, a Duizhao TSV): the aligned units; `text` is then ''. */
  units?: BitextUnit[];
  /** A two-column TSV without a header: `text` is the file and each line a pair (read by core/bitext.ts). */
  plainTsv?: boolean;
  /** Languages a bilingual file declares for its two sides (e.g. 'zh-CN', 'en'). */
  langs?: { source?: string; target?: string };
  /** A .docx's own bytes, kept by the viewer so the corrected translation can be written back into the file. */
  original?: Uint8Array;
}

/** One aligned unit of a bilingual file: an original text and its translation (either may be ''). */
export interface BitextUnit {
  source: string;
  target: string;
  /** Clause numbers the file carries (Duizhao's own exports write them). */
  sourceNumber?: string;
  targetNumber?: string;
}

/** Either the extracted document or one sentence saying why the file cannot be read. */
export type ExtractResult = { ok: true; doc: ExtractedDocument } | { ok: false; problem: string };
