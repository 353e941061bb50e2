// Segmentation stage: a cleaned document's blocks become headings, sentences and table rows,
// each numbered by the document's own structure ('4.7' for item （七） of part 四, '4.7.2' for its
// second sentence) and mapped back to offsets in the user's raw text.
import { NumberingStack, parseNumberLabel, type NumberLabel } from './numbering';
import { splitChineseSentences } from './split-zh';
import { splitEnglishSentences } from './split-en';
import type { Block, CleanDoc, Lang, Segment, SegmentKind } from './types';

// A table row whose cells are all this short and unpunctuated is a header row, kept whole.
const MAX_HEADER_CELL = 30;
const SENTENCE_PUNCT = /[。！？；.!?;]/;

type Range = [number, number];

function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0xfeff || c === 0x0b || c === 0x0c;
}

/** Numbers sections and sentences while blocks are read in order. */
class Numberer {
  private stack = new NumberingStack();
  private path: number[] = [0];
  private sentence = 0;

  /** Opens the level of a label and returns its number, e.g. '4.7'. */
  open(label: NumberLabel): string {
    this.path = this.stack.enter(label.kind, label.value);
    this.sentence = 0;
    return this.path.join('.');
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

function writeTableRow(
  doc: CleanDoc, block: Block, index: number, lang: Lang, numberer: Numberer, out: SegmentWriter, headers: Set<string>,
): void {
  const text = doc.text;
  const cells = rowCells(text, block);
  if (cells.length === 0) return;
  const label = parseNumberLabel(text.slice(cells[0][0], Math.min(block.end, cells[0][0] + 40)), lang);
  if (!label) {
    const whole = text.slice(block.start, block.end).trim();
    const isHeader = cells.every(([a, b]) => b - a <= MAX_HEADER_CELL && !SENTENCE_PUNCT.test(text.slice(a, b)));
    if (isHeader) {
      // Page breaks repeat a table's header row; only its first appearance is text to align.
      if (headers.has(whole)) return;
      headers.add(whole);
      out.add(cells[0][0], cells[cells.length - 1][1], 'table-row', numberer.next(), index);
      return;
    }
  }
  let c = 0;
  let first = true;
  if (label) {
    const number = numberer.open(label);
    const [a, b] = cells[0];
    let body: Range[];
    if (label.kind === 'row' && cells.length > 1) {
      // The row number joins the first sentence of the next cell: "12\t名称".
      body = splitSentences(text, cells[1][0], cells[1][1], lang);
      if (body.length === 0) body = [cells[1]];
      c = 2;
    } else {
      body = splitSentences(text, skipSpace(text, a + label.length, b), b, lang);
      c = 1;
    }
    const headEnd = body.length > 0 ? body[0][1] : b;
    out.add(a, headEnd, label.kind === 'row' ? 'table-row' : 'heading', number, index, label.label);
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
 * structural numbers ('0.n' before the first label); never throws, and an empty document yields [].
 */
export function segmentDocument(doc: CleanDoc, lang: Lang, idPrefix: string): Segment[] {
  const numberer = new Numberer();
  const out = new SegmentWriter(doc, idPrefix);
  const headers = new Set<string>();
  const textLength = doc.text.length;
  doc.blocks.forEach((block, index) => {
    const clamped: Block = { ...block, start: Math.max(0, block.start), end: Math.min(textLength, block.end) };
    if (clamped.end <= clamped.start) return;
    if (block.kind === 'table-row') writeTableRow(doc, clamped, index, lang, numberer, out, headers);
    else writeTextBlock(doc, clamped, index, lang, numberer, out);
  });
  return out.segments;
}

/**
 * Segments text that already holds one segment per line: each non-blank line, trimmed, is one
 * sentence numbered by its 1-based line number; blank lines are skipped but still counted.
 */
export function segmentLines(raw: string, idPrefix: string): Segment[] {
  const segments: Segment[] = [];
  const lineBreak = /\r\n|\n|\r/g;
  let lineStart = 0;
  let line = 0;
  for (;;) {
    const m = lineBreak.exec(raw);
    const lineEnd = m ? m.index : raw.length;
    line++;
    let a = lineStart;
    let b = lineEnd;
    while (a < b && isSpaceCode(raw.charCodeAt(a))) a++;
    while (b > a && isSpaceCode(raw.charCodeAt(b - 1))) b--;
    if (b > a) {
      const text = raw.slice(a, b);
      segments.push({
        id: `${idPrefix}${segments.length + 1}`, start: a, end: b, number: String(line), text, clean: text, kind: 'sentence', block: line - 1,
      });
    }
    if (!m) break;
    lineStart = m.index + m[0].length;
  }
  return segments;
}
