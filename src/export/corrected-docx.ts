// The corrected translation as a Word file, for a translation read from .docx. With the user's own
// file at hand, the corrections go into its paragraphs and everything else is kept (docx-in-place.ts).
// Without it (a session or report restored without the file), or where a correction cannot be placed
// in the file's paragraphs, the text extraction made of it, with the reviewer's corrections, is
// written into a new document with the `docx` package: one Word paragraph per paragraph, headings at
// their level, table rows as tables; list labels and footnote markers stay the text they were
// extracted as; fonts, styles and images of the original are not kept.
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { StructureNote } from '../core/input/extracted';
import type { Side } from '../core/types';
import { correctFile } from './corrected-text';
import { correctDocxInPlace } from './docx-in-place';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/** One non-empty line of the extracted text, as a half-open range, and what it was in the file. */
interface Line {
  start: number;
  end: number;
  kind: 'heading' | 'table-row' | 'paragraph';
  level: number;
  /** A blank line comes before it: a table row after one starts a new table. */
  afterBlank: boolean;
}

/**
 * Lines of `text` with their kind: from the structure notes of extraction when there are any
 * (a heading's or table row's note starts on its line), else from the text's own marks (`#`
 * headings, tab-separated cells), as in a report file, which keeps the text but not the notes.
 */
function readLines(text: string, structure: readonly StructureNote[]): Line[] {
  const lines: Line[] = [];
  let afterBlank = false;
  for (let start = 0; start <= text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const body = text.slice(start, end);
    if (body.trim() === '') afterBlank = true;
    else {
      const note = structure.find((n) => (n.kind === 'heading' || n.kind === 'table-row') && n.start >= start && n.start < end);
      const marked = /^(#{1,6})\s/.exec(body);
      let kind: Line['kind'] = 'paragraph';
      let level = 1;
      if (note) {
        kind = note.kind === 'heading' ? 'heading' : 'table-row';
        level = note.level ?? 1;
      } else if (structure.length === 0 && marked) {
        kind = 'heading';
        level = marked[1].length;
      } else if (structure.length === 0 && body.includes('\t')) kind = 'table-row';
      lines.push({ start, end, kind, level, afterBlank });
      afterBlank = false;
    }
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}

function tableOf(rows: string[][]): Table {
  const width = Math.max(...rows.map((r) => r.length));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((cells) => new TableRow({ children: Array.from({ length: width }, (_, i) => new TableCell({ children: [new Paragraph({ children: [new TextRun(cells[i] ?? '')] })] })) })),
  });
}

/**
 * A .docx of the side as corrected: `extracted` is the text the side was segmented from (the
 * extraction of the user's .docx), `structure` its notes (may be empty) and `original` the user's
 * file, when the viewer still has it. Resolves to the file's bytes.
 */
export async function writeCorrectedDocx(side: Side, extracted: string, structure: readonly StructureNote[] = [], original?: Uint8Array): Promise<Uint8Array> {
  const corrected = correctFile(side, extracted);
  if (original) {
    const changed = side.segments.filter((s) => s.text !== extracted.slice(s.start, s.end));
    const inPlace = await correctDocxInPlace(original, extracted, corrected, changed).catch(() => null);
    if (inPlace) return inPlace;
  }
  const children: Array<Paragraph | Table> = [];
  let rows: string[][] = [];
  const endTable = () => {
    if (rows.length) children.push(tableOf(rows));
    rows = [];
  };
  for (const line of readLines(extracted, structure)) {
    const text = corrected.text.slice(corrected.at(line.start), corrected.at(line.end));
    if (line.kind === 'table-row') {
      if (line.afterBlank) endTable();
      rows.push(text.split('\t'));
      continue;
    }
    endTable();
    if (line.kind === 'heading') children.push(new Paragraph({ heading: HEADINGS[Math.min(6, Math.max(1, line.level)) - 1], children: [new TextRun(text.replace(/^#{1,6}\s*/, ''))] }));
    else children.push(new Paragraph({ children: [new TextRun(text)] }));
  }
  endTable();
  const doc = new Document({ creator: 'Duizhao', title: side.name, sections: [{ children }] });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
