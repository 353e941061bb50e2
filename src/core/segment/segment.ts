// Segmentation stage: a cleaned document's blocks become headings, sentences and table rows,
// each numbered by the document's own structure ('4.7' for item （七） of part 四, '4.7.2' for its
// second sentence) and mapped back to offsets in the user's raw text.
import { lineRanges } from './lines';
import { NumberingStack, parseNumberLabel, type NumberLabel } from './numbering';
import { splitChineseSentences } from './split-zh';
import { splitEnglishSentences } from './split-en';
import type { Block, CleanDoc, Lang, Segment, SegmentKind } from '../types';

// A table cell longer than this, or holding a sentence end, is prose to split into sentences;
// rows of short cells (headers, figures: "人均预期寿命\t岁\t84.53") stay whole.
const MAX_SHORT_CELL = 30;
const PROSE_END = /[。！？；]|[.!?;](?:\s|$)/;

type Range = [number, number];

function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0xfeff || c === 0x0b || c === 0x0c;
}

/** Numbers sections and sentences while blocks are read in order. */
class Numberer {
  private stack = new NumberingStack();
  private path: number[] = [0];
  private sentence = 0;
  // Section and sentence count to resume when a table with numbered rows ends.
  private beforeRows: { path: number[]; sentence: number } | null = null;

  /** Opens the level of a label and returns its number, e.g. '4.7'. */
  open(label: NumberLabel): string {
    if (label.kind === 'row' && !this.stack.has('row')) this.beforeRows = { path: this.path, sentence: this.sentence };
    this.path = this.stack.enter(label.kind, label.value);
    if (!this.stack.has('row')) this.beforeRows = null;
    this.sentence = 0;
    return this.path.join('.');
  }

  /** Closes the level of table row numbers, so text after a table continues its section. */
  closeRows(): void {
    if (this.beforeRows && this.stack.leave('row')) {
      ({ path: this.path, sentence: this.sentence } = this.beforeRows);
    }
    this.beforeRows = null;
  }

  /** Number of the next sentence of the current section, e.g. '4.7.2' or '0.3'. */
  next(): string {
    this.sentence++;
    return `${this.path.join('.')}.${this.sentence}`;
  }
}

/** Builds segments from clean ranges, mapping them to raw offsets and keeping them ordered. */
class SegmentWriter {
  readonly segments: Segment[] = [];
  private lastEnd = 0;

  constructor(
    private readonly doc: CleanDoc,
    private readonly idPrefix: string,
  ) {}

  add(cs: number, ce: number, kind: SegmentKind, number: string, block: number, label?: string): void {
    const { doc } = this;
    const text = doc.text;
    while (cs < ce && isSpaceCode(text.charCodeAt(cs))) cs++;
    while (ce > cs && isSpaceCode(text.charCodeAt(ce - 1))) ce--;
    if (ce <= cs) return;
    const raw = doc.raw;
    let start = Math.max(this.lastEnd, rawOffset(doc, cs));
    let end = rawOffset(doc, ce - 1) + 1;
    // A decoded entity (&quot;) ending the segment keeps its whole raw spelling.
    if (raw[end - 1] === '&' && text[ce - 1] !== '&') {
      const semi = raw.indexOf(';', end);
      if (semi !== -1 && semi - end < 10) end = semi + 1;
    }
    end = Math.min(end, raw.length);
    while (start < end && isSpaceCode(raw.charCodeAt(start))) start++;
    while (end > start && isSpaceCode(raw.charCodeAt(end - 1))) end--;
    if (end <= start) return;
    const segment: Segment = {
      id: `${this.idPrefix}${this.segments.length + 1}`,
      start,
      end,
      number,
      text: raw.slice(start, end),
      clean: text.slice(cs, ce),
      kind,
      block,
    };
    if (label !== undefined) segment.label = label;
    this.segments.push(segment);
    this.lastEnd = end;
  }
}

function rawOffset(doc: CleanDoc, i: number): number {
  const v = doc.toRaw[i];
  return v === undefined || !Number.isFinite(v) ? doc.raw.length : Math.max(0, Math.min(doc.raw.length, v));
}

function splitSentences(text: string, from: number, to: number, lang: Lang): Range[] {
  const piece = text.slice(from, to);
  const ranges = lang === 'zh' ? splitChineseSentences(piece) : splitEnglishSentences(piece);
  return ranges.map(([a, b]) => [from + a, from + b]);
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** Cells of a table row as clean ranges, empty cells left out. */
function rowCells(text: string, block: Block): Range[] {
  const cells: Range[] = [];
  let cellStart = block.start;
  for (let i = block.start; i <= block.end; i++) {
    if (i === block.end || text[i] === '\t') {
      const a = skipSpace(text, cellStart, i);
      if (a < i) cells.push([a, i]);
      cellStart = i + 1;
    }
  }
  return cells;
}

/** What segmentation remembers about the table being read. */
interface TableState {
  /** Header rows seen at the start of a table; page breaks repeat them. */
  headers: Set<string>;
  /** Last row number, so a number in the second cell ("经济发展\t1\t…") is recognised. */
  lastRow: number;
  inTable: boolean;
}

/** The row's label and the index of the cell holding it, or null. */
function findRowLabel(text: string, cells: Range[], lang: Lang, table: TableState): { label: NumberLabel; cell: number } | null {
  const first = parseNumberLabel(text.slice(cells[0][0], Math.min(cells[0][1] + 1, cells[0][0] + 40)), lang);
  if (first) return { label: first, cell: 0 };
  // A merged category cell may stand before the row number; accept it only in sequence.
  if (cells.length > 2 && /^\d{1,4}$/.test(text.slice(cells[1][0], cells[1][1]))) {
    const value = Number(text.slice(cells[1][0], cells[1][1]));
    if (value === table.lastRow + 1 || value === 1) return { label: { label: String(value), kind: 'row', value, length: cells[1][1] - cells[1][0] }, cell: 1 };
  }
  return null;
}

function writeTableRow(doc: CleanDoc, block: Block, index: number, lang: Lang, numberer: Numberer, out: SegmentWriter, table: TableState): void {
  const text = doc.text;
  const cells = rowCells(text, block);
  if (cells.length === 0) return;
  const tableStart = !table.inTable;
  table.inTable = true;
  const found = findRowLabel(text, cells, lang, table);
  const label = found?.label;
  if (label?.kind === 'row') table.lastRow = label.value;
  const rowStart = cells[0][0];
  const rowEnd = cells[cells.length - 1][1];
  const prose = cells.some(([a, b]) => b - a > MAX_SHORT_CELL || PROSE_END.test(text.slice(a, b)));
  if (!prose) {
    const whole = text.slice(rowStart, rowEnd);
    if (!label) {
      if (table.headers.has(whole)) return;
      if (tableStart) table.headers.add(whole);
    }
    const kind = label && label.kind !== 'row' ? 'heading' : 'table-row';
    out.add(rowStart, rowEnd, kind, label ? numberer.open(label) : numberer.next(), index, label?.label);
    return;
  }
  let c = 0;
  let first = true;
  if (found && label) {
    const number = numberer.open(label);
    const [a, b] = cells[found.cell];
    let body: Range[];
    if (label.kind === 'row' && found.cell + 1 < cells.length) {
      // The row number joins the first sentence of the next cell: "12\t名称".
      const next = cells[found.cell + 1];
      body = splitSentences(text, next[0], next[1], lang);
      if (body.length === 0) body = [next];
      c = found.cell + 2;
    } else {
      body = splitSentences(text, skipSpace(text, a + label.length, b), b, lang);
      c = found.cell + 1;
    }
    out.add(rowStart, body.length > 0 ? body[0][1] : b, label.kind === 'row' ? 'table-row' : 'heading', number, index, label.label);
    for (const [s, e] of body.slice(1)) out.add(s, e, 'sentence', numberer.next(), index);
    first = false;
  }
  for (; c < cells.length; c++) {
    for (const [s, e] of splitSentences(text, cells[c][0], cells[c][1], lang)) {
      out.add(s, e, first ? 'table-row' : 'sentence', numberer.next(), index);
      first = false;
    }
  }
}

function writeTextBlock(doc: CleanDoc, block: Block, index: number, lang: Lang, numberer: Numberer, out: SegmentWriter): void {
  const text = doc.text;
  const start = skipSpace(text, block.start, block.end);
  if (start >= block.end) return;
  const found = parseNumberLabel(text.slice(start, Math.min(block.end, start + 40)), lang);
  // A table row number ("12\t") outside a table is not a label.
  const label = found && found.kind !== 'row' ? found : null;
  if (block.kind === 'heading') {
    const number = label ? numberer.open(label) : numberer.next();
    out.add(start, block.end, 'heading', number, index, label?.label);
    return;
  }
  if (!label) {
    for (const [s, e] of splitSentences(text, start, block.end, lang)) out.add(s, e, 'sentence', numberer.next(), index);
    return;
  }
  const number = numberer.open(label);
  // The label is split off first so "I. General Requirements" is not cut after "I.".
  const body = splitSentences(text, skipSpace(text, start + label.length, block.end), block.end, lang);
  const headEnd = body.length > 0 ? body[0][1] : block.end;
  out.add(start, headEnd, 'heading', number, index, label.label);
  for (const [s, e] of body.slice(1)) out.add(s, e, 'sentence', numberer.next(), index);
}

/**
 * Segments a cleaned document into headings, sentences and table rows with raw offsets and
 * structural numbers ('0.n' before the first label); a document with no numbering of its own gets
 * plain sentence numbers '1', '2', …; never throws, and an empty document yields [].
 */
export function segmentDocument(doc: CleanDoc, lang: Lang, idPrefix: string): Segment[] {
  const numberer = new Numberer();
  const out = new SegmentWriter(doc, idPrefix);
  const table: TableState = { headers: new Set(), lastRow: 0, inTable: false };
  const textLength = doc.text.length;
  doc.blocks.forEach((block, index) => {
    const clamped: Block = { ...block, start: Math.max(0, block.start), end: Math.min(textLength, block.end) };
    if (clamped.end <= clamped.start) return;
    if (block.kind === 'table-row') {
      writeTableRow(doc, clamped, index, lang, numberer, out, table);
      return;
    }
    if (table.inTable) numberer.closeRows();
    table.inTable = false;
    writeTextBlock(doc, clamped, index, lang, numberer, out);
  });
  // Without a single label, '0.184' would read as a section number or a decimal: count sentences.
  if (out.segments.every((seg) => seg.label === undefined)) out.segments.forEach((seg, i) => (seg.number = String(i + 1)));
  return out.segments;
}

/**
 * Segments text that already holds one segment per line: each non-blank line, trimmed, is one
 * sentence numbered by its 1-based line number; blank lines are skipped but still counted.
 */
export function segmentLines(raw: string, idPrefix: string): Segment[] {
  const segments: Segment[] = [];
  for (const { start, end, line } of lineRanges(raw)) {
    let a = start;
    let b = end;
    while (a < b && isSpaceCode(raw.charCodeAt(a))) a++;
    while (b > a && isSpaceCode(raw.charCodeAt(b - 1))) b--;
    if (b > a) {
      const text = raw.slice(a, b);
      segments.push({
        id: `${idPrefix}${segments.length + 1}`, start: a, end: b, number: String(line), text, clean: text, kind: 'sentence', block: line - 1,
      });
    }
  }
  return segments;
}
