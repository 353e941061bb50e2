// Plain, serialisable data passed between the pipeline's stages (and across worker boundaries).
// Offsets are half-open UTF-16 code-unit ranges [start, end) unless a comment says otherwise.

/** The two languages Duizhao aligns. */
export type Lang = 'zh' | 'en';

/** Result of decoding a file's bytes: the user's text exactly as it decodes, with a leading BOM removed. */
export interface Decoded {
  text: string;
  /** Encoding actually used: 'utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5' or 'windows-1252'. */
  encoding: string;
  /** What a reader should know about the decoding: an encoding guessed, damaged bytes read as U+FFFD. */
  notes?: string[];
}

/** Kind of a block of cleaned text. */
export type BlockKind = 'heading' | 'paragraph' | 'quote' | 'table-row' | 'list-item';

/** One block (paragraph, heading, table row, …) of a cleaned document; offsets into CleanDoc.text. */
export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
  /** Markdown heading depth (1–6) when the block was a Markdown heading. */
  depth?: number;
}

/**
 * A document with markup and layout noise removed, plus a map back to the user's own text.
 * `text` holds the blocks separated by '\n'; `toRaw[i]` is the raw offset of clean character i,
 * and `toRaw[text.length]` is raw.length. Characters the cleaner inserted (a space joining two
 * PDF lines) map to the raw position of what they replace.
 */
export interface CleanDoc {
  raw: string;
  text: string;
  toRaw: Int32Array | number[];
  blocks: Block[];
  /** Metadata found in YAML front matter (title, date, …), never aligned. */
  meta: Record<string, string>;
  /** Human-readable notes on what cleaning did or could not do. */
  notes: string[];
}

/** Kind of a segment. */
export type SegmentKind = 'heading' | 'sentence' | 'table-row';

/**
 * A clause or sentence of one side. `start`/`end` index the decoded raw text and
 * `text === raw.slice(start, end)`; `clean` is the cleaned form used for matching.
 */
export interface Segment {
  id: string;
  start: number;
  end: number;
  /** Place in the document's own numbering, e.g. '4.7.2' (part IV, item (7), sentence 2). */
  number: string;
  text: string;
  clean: string;
  kind: SegmentKind;
  /** Index of the block (paragraph) the segment came from, for paragraph-aware alignment. */
  block: number;
  /** The numbering label as written, e.g. '（七）' or '(7)', when the segment starts a numbered item. */
  label?: string;
}

/** A segmented side of the comparison. */
export interface Side {
  name: string;
  lang: Lang;
  segments: Segment[];
  /** Format the side was read from ('text', 'markdown', 'html', 'docx', 'pdf', 'tmx', 'xliff', 'csv', 'tsv'). */
  format?: string;
  /** The text extracted from a non-text file; segment offsets point into it (absent when they point into the file itself). */
  extracted?: string;
}

/** One bead of the alignment: source and target segment ids (either may be empty). */
export interface Pair {
  source: string[];
  target: string[];
  /** Confidence in [0, 1]. */
  score: number;
}

export type Severity = 'critical' | 'major' | 'minor' | 'info';

export type FlagType =
  | 'omission'
  | 'addition'
  | 'entity'
  | 'number'
  | 'numbering'
  | 'negation'
  | 'untranslated'
  | 'terminology'
  | 'meaning';

/** Words or spans that support a flag, as offsets into the raw text of one side. */
export interface Evidence {
  side: 'source' | 'target';
  segment: string;
  start: number;
  end: number;
  text: string;
}

/** One divergence found by a check. */
export interface Flag {
  id: string;
  type: FlagType;
  severity: Severity;
  source: string[];
  target: string[];
  message: string;
  suggestion?: string;
  evidence: Evidence[];
  /** 'pair' when the flag depends on its pair alone, 'document' when on the whole document (a re-check replaces all of those). */
  scope?: 'pair' | 'document';
}

/** The report of REPORT-FORMAT.md (version 1), plus documented extra fields. */
export interface Report {
  format: 'duizhao-report';
  version: 1;
  source: Side;
  target: Side;
  pairs: Pair[];
  flags: Flag[];
  /** Notes on degraded input (nothing to align, cleaning problems, …). */
  notes: string[];
  /** Alignment statistics: the median share of a pair's translatable words that found a counterpart. */
  stats?: { medianSimilarity: number };
}
