// Clean stage: the decoded text of a Markdown, HTML-ish or PDF-extracted document to blocks of
// plain text, with a map from every clean character back to the user's own text.
//
// Linear time: each raw line is cleaned once (clean-line.ts), classified (clean-classify.ts), and
// its units appended to arrays that are joined once at the end.
import type { Block, BlockKind, CleanDoc } from '../types';
import { cleanLine, type CleanLine } from './clean-line';
import { readFrontMatter } from './clean-front-matter';
import {
  endsOpen,
  isCjkPunct,
  isIdeograph,
  isNoiseLine,
  isSectionHeading,
  isTitleLike,
  isTocTitle,
  readTocPage,
  splitTocLeader,
  startsItem,
} from './clean-classify';

type LineState = 'keep' | 'blank' | 'markup' | 'noise' | 'toc' | 'header';

interface Line {
  /** Raw offset of the line's first unit and of its terminator (or raw.length). */
  start: number;
  end: number;
  /** 1-based line number in the user's text. */
  number: number;
  clean: CleanLine;
  state: LineState;
}

/** Lines from raw offset `from` (which starts line `firstNumber`); LF, CRLF, CR, U+2028 and U+2029 all end a line. */
function splitLines(raw: string, from: number, firstNumber: number): Array<{ start: number; end: number; number: number }> {
  const lines: Array<{ start: number; end: number; number: number }> = [];
  let start = from;
  for (let i = from; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c !== 0x0a && c !== 0x0d && c !== 0x2028 && c !== 0x2029) continue;
    lines.push({ start, end: i, number: firstNumber + lines.length });
    if (c === 0x0d && raw.charCodeAt(i + 1) === 0x0a) i++;
    start = i + 1;
  }
  if (start < raw.length) lines.push({ start, end: raw.length, number: firstNumber + lines.length });
  return lines;
}

/** "3, 7–9, 12" for sorted 1-based line numbers; at most `max` ranges, then "…". */
export function describeLineNumbers(numbers: number[], max = 40): string {
  const ranges: string[] = [];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j] + 1) j++;
    if (ranges.length === max) {
      ranges.push('…');
      break;
    }
    ranges.push(i === j ? String(numbers[i]) : `${numbers[i]}–${numbers[j]}`);
    i = j + 1;
  }
  return ranges.join(', ');
}

function linesNamed(numbers: number[]): string {
  return `${numbers.length === 1 ? 'line' : 'lines'} ${describeLineNumbers(numbers)}`;
}

/** Turns "Title\n=====" / "Title\n-----" into a heading of depth 1 / 2 (the underline is already noise). */
function markSetextHeadings(raw: string, lines: Line[]): void {
  for (let i = 1; i < lines.length; i++) {
    const underline = /^ {0,3}(=+|-+)[ \t]*$/.exec(raw.slice(lines[i].start, lines[i].end));
    const title = lines[i - 1];
    if (!underline || title.state !== 'keep' || title.clean.kind !== 'text') continue;
    if (title.clean.text.length > 80 || /[。！？；.!?;]$/.test(title.clean.text)) continue;
    title.clean.kind = 'heading';
    title.clean.depth = underline[1][0] === '=' ? 1 : 2;
  }
}

/** Marks runs of three or more table-of-contents lines with non-decreasing page numbers, and their title. */
function markTableOfContents(raw: string, lines: Line[]): number {
  let dropped = 0;
  let run: Line[] = [];
  let lastPage = -1;
  let before: Line | undefined;
  const closeRun = (): void => {
    // A two-column table of rising numbers looks like contents too: ask for a contents title or
    // for entries that mostly start with section numbering.
    const titled = before !== undefined && isTocTitle(before.clean.text);
    const numbered = run.filter((l) => {
      const title = l.clean.cells[0] ?? l.clean.text;
      return startsItem(title) || isSectionHeading(title);
    }).length;
    if (run.length >= 3 && (titled || numbered * 2 >= run.length)) {
      for (const l of run) l.state = 'toc';
      dropped += run.length;
      if (before && titled) {
        before.state = 'toc';
        dropped++;
      }
    }
    run = [];
    lastPage = -1;
  };
  for (const line of lines) {
    if (line.state !== 'keep') continue;
    const { clean } = line;
    // Contents lines are short; the length guard keeps the leader pattern off huge lines.
    const short = line.end - line.start <= 200;
    const cells = clean.kind === 'table-row' ? clean.cells : short ? splitTocLeader(raw.slice(line.start, line.end).trim()) : null;
    const page = cells && clean.kind !== 'heading' ? readTocPage(cells) : -1;
    if (page >= 0 && page >= lastPage) {
      run.push(line);
      lastPage = page;
      continue;
    }
    closeRun();
    if (page >= 0) {
      run.push(line);
      lastPage = page;
    } else {
      before = line;
    }
  }
  closeRun();
  return dropped;
}

/** Drops a table row equal to a row that opened an earlier table (a header repeated after a page break). */
function markRepeatedHeaders(lines: Line[]): number {
  const headers = new Set<string>();
  let inTable = false;
  let dropped = 0;
  for (const line of lines) {
    if (line.state === 'blank' || line.state === 'markup') inTable = false;
    if (line.state !== 'keep') continue;
    if (line.clean.kind !== 'table-row') {
      inTable = false;
      continue;
    }
    if (headers.has(line.clean.text)) {
      line.state = 'header';
      dropped++;
    } else if (!inTable) {
      headers.add(line.clean.text);
    }
    inTable = true;
  }
  return dropped;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

function firstCodePoint(s: string): number {
  return s.codePointAt(0) ?? 0;
}

function lastCodePoint(s: string): number {
  const last = s.charCodeAt(s.length - 1);
  if (last >= 0xdc00 && last <= 0xdfff && s.length >= 2) return s.codePointAt(s.length - 2) ?? last;
  return last;
}

/** How a plain-text line continues the previous one broken by PDF extraction: '' (CJK), ' ' (Latin) or null. */
function joinSeparator(prev: Line, cur: Line): '' | ' ' | null {
  const a = prev.clean;
  const b = cur.clean;
  // A bullet item broken across a page continues as a plain line.
  if ((a.kind !== 'text' && a.kind !== 'list-item') || b.kind !== 'text' || a.bold || b.bold) return null;
  const left = a.text;
  const right = b.text;
  if (!endsOpen(left) || isSectionHeading(left) || startsItem(right) || isSectionHeading(right)) return null;
  const l = lastCodePoint(left);
  const r = firstCodePoint(right);
  if (isIdeograph(l) || isCjkPunct(l) || isIdeograph(r) || isCjkPunct(r)) {
    // A short unpunctuated Chinese line is a title, signature or date, not half a sentence.
    return isTitleLike(left) || isTitleLike(right) ? null : '';
  }
  // Latin text: only a lower-case continuation is clearly the same sentence.
  if (!/\p{Ll}/u.test(String.fromCodePoint(r))) return null;
  // A word hyphenated at the line end ("long-\nterm") continues without a space.
  return /\p{L}-$/u.test(left) ? '' : ' ';
}

function isNoise(clean: CleanLine, raw: string, start: number, end: number): boolean {
  if (clean.kind === 'text' || clean.kind === 'table-row') return isNoiseLine(clean.text);
  // "- 3 -" parses as a bullet but is a page number; headings and quotes only need some letter.
  if (clean.kind === 'list-item') return isNoiseLine(raw.slice(start, end).trim());
  return !/[\p{L}\p{N}]/u.test(clean.text);
}

function blockKindOf(clean: CleanLine): BlockKind {
  if (clean.kind === 'text') {
    const boldTitle = clean.bold && !/[。！？；.!?;]$/.test(clean.text);
    return boldTitle || isSectionHeading(clean.text) ? 'heading' : 'paragraph';
  }
  return clean.kind;
}

/**
 * Cleans a decoded document into blocks of plain text (front matter to `meta`, markup, layout noise,
 * tables of contents and repeated table headers removed, PDF line breaks joined) with `toRaw`
 * mapping every clean UTF-16 unit to its raw offset; never throws on any string.
 */
export function cleanDocument(raw: string): CleanDoc {
  if (typeof raw !== 'string') throw new RangeError(`cleanDocument: expected a string, got ${typeof raw}`);
  const { bodyStart, meta, lastLine } = readFrontMatter(raw);
  const lines: Line[] = splitLines(raw, bodyStart, lastLine + 1).map(({ start, end, number }) => {
    const clean = cleanLine(raw, start, end);
    // A line that held something but cleans to nothing held only markup (`<p>`, `<!-- … -->`).
    let state: LineState = clean.text !== '' ? 'keep' : /\S/.test(raw.slice(start, end)) ? 'markup' : 'blank';
    if (state === 'keep' && isNoise(clean, raw, start, end)) state = 'noise';
    return { start, end, number, clean, state };
  });
  markSetextHeadings(raw, lines);
  const tocLines = markTableOfContents(raw, lines);
  const headerLines = markRepeatedHeaders(lines);

  // Each clean unit maps to its own raw offset (entities decode to fewer units than they
  // take), so the clean text is never longer than the raw text.
  const out: string[] = [];
  const toRaw = new Int32Array(raw.length + 1);
  let length = 0;
  const blocks: Block[] = [];
  let prev: Line | undefined;
  let joined = 0;
  let cjkSpaces = 0;
  let tags = 0;
  let markdown = 0;
  const emit = (line: Line): void => {
    const { text, pos } = line.clean;
    out.push(text);
    for (let i = 0; i < pos.length; i++) toRaw[length + i] = pos[i];
    length += text.length;
  };
  const insert = (unit: string, at: number): void => {
    out.push(unit);
    toRaw[length++] = at;
  };
  for (const line of lines) {
    if (line.state !== 'keep') continue;
    const { clean } = line;
    cjkSpaces += clean.cjkSpaces;
    tags += clean.tags;
    if (clean.kind === 'heading' || clean.kind === 'quote' || clean.kind === 'list-item' || clean.bold) markdown++;
    const open = prev && (blocks[blocks.length - 1].kind === 'paragraph' || blocks[blocks.length - 1].kind === 'list-item');
    const separator = prev && open ? joinSeparator(prev, line) : null;
    if (prev && separator !== null) {
      if (separator === ' ') insert(' ', prev.end);
      emit(line);
      blocks[blocks.length - 1].end = length;
      joined++;
    } else {
      if (prev) insert('\n', prev.end);
      const start = length;
      emit(line);
      const block: Block = { kind: blockKindOf(clean), start, end: length };
      if (clean.depth !== undefined && clean.kind === 'heading') block.depth = clean.depth;
      blocks.push(block);
    }
    prev = line;
  }
  toRaw[length] = raw.length;

  // Every dropped line is named by number, so no text leaves the report without a note.
  const numbersOf = (state: LineState): number[] => lines.filter((l) => l.state === state).map((l) => l.number);
  const notes: string[] = [];
  const keys = Object.keys(meta);
  if (keys.length > 0) notes.push(`read ${linesNamed(range(1, lastLine))} (front matter: ${keys.join(', ')}) as metadata`);
  if (markdown > 0) notes.push(`removed Markdown markers from ${markdown} lines`);
  if (tags > 0) notes.push(`removed or decoded ${tags} HTML tags and entities`);
  if (tocLines > 0) notes.push(`dropped ${tocLines} table-of-contents lines (${linesNamed(numbersOf('toc'))})`);
  if (headerLines > 0) notes.push(`dropped ${headerLines} repeated table headers (${linesNamed(numbersOf('header'))})`);
  const markupOnly = numbersOf('markup');
  if (markupOnly.length > 0) notes.push(`dropped ${markupOnly.length} lines holding only markup such as HTML tags (${linesNamed(markupOnly)})`);
  const noise = numbersOf('noise');
  if (noise.length > 0) notes.push(`dropped ${noise.length} noise lines: page numbers, rules, punctuation only (${linesNamed(noise)})`);
  if (joined > 0) notes.push(`joined ${joined} lines broken mid-sentence`);
  if (cjkSpaces > 0) notes.push(`removed ${cjkSpaces} spaces between CJK characters`);
  if (blocks.length === 0) notes.push(keys.length > 0 ? 'no text after its metadata' : 'no text left after cleaning');
  return { raw, text: out.join(''), toRaw: toRaw.slice(0, length + 1), blocks, meta, notes };
}
