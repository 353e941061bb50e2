// One raw line to cleaned cells: Markdown/HTML markup removed, whitespace normalised, every kept
// UTF-16 unit paired with its raw offset. Part of the clean stage (see clean.ts).
import { isCjkPunct, isCurlyQuote, isIdeograph, isInvisibleUnit, isSpaceUnit } from './clean-classify';

export type LineKind = 'text' | 'heading' | 'quote' | 'list-item' | 'table-row';

/** A cleaned line: `text` (cells joined by '\t'), and `pos[i]`, the raw offset of text unit i. */
export interface CleanLine {
  kind: LineKind;
  depth?: number;
  text: string;
  pos: number[];
  cells: string[];
  /** The whole line was wrapped in ** or __ (a bold title line). */
  bold: boolean;
  /** Count of spaces removed between CJK characters. */
  cjkSpaces: number;
  /** Count of HTML tags and entities removed or decoded. */
  tags: number;
}

const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/y;
const BLOCK_TAG = /^<\/?(?:p|br|div|li|tr|td|th|h[1-6]|ul|ol|table|section|blockquote)\b/i;
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]{2,8}));/y;
const NAMED: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ensp: ' ', emsp: ' ', thinsp: ' ',
  mdash: '—', ndash: '–', hellip: '…', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', middot: '·',
};
const LINK_TAIL = /\]\([^()\s]*(?:\s+"[^"]*")?\)/y;

function isWide(cp: number): boolean {
  return isIdeograph(cp) || isCjkPunct(cp);
}

/** Marks Markdown emphasis/code delimiters (*, _, ~~, `) and link brackets to skip; null when there are none. */
function markInlineMarkup(raw: string, from: number, to: number): Uint8Array | null {
  let skip: Uint8Array | null = null;
  const mark = (a: number, b: number): void => {
    skip ??= new Uint8Array(to - from);
    for (let k = a; k < b; k++) skip[k - from] = 1;
  };
  let runs: Record<string, Array<[number, number]>> | null = null;
  // Cached next ']' and the last ']' whose link tail failed keep "[[[[…" linear.
  let nextClose = -2; // -2: not searched yet; -1: none left on the line
  let failedClose = -1;
  for (let i = from; i < to; ) {
    const ch = raw[i];
    if (ch === '\\' && i + 1 < to && /[*_~`[\]#>\\|]/.test(raw[i + 1])) {
      mark(i, i + 1);
      i += 2;
      continue;
    }
    if (ch === '*' || ch === '_' || ch === '~' || ch === '`') {
      let j = i;
      while (j < to && raw[j] === ch) j++;
      const prev = i > from ? raw[i - 1] : ' ';
      const next = j < to ? raw[j] : ' ';
      const flanking = !/\s/.test(next) || !/\s/.test(prev);
      // `_` inside a word (snake_case) and a lone `~` are text, not markup.
      const intraword = ch === '_' && /[\p{L}\p{N}]/u.test(prev) && /[\p{L}\p{N}]/u.test(next);
      if (flanking && !intraword && !(ch === '~' && j - i < 2)) {
        runs ??= { '*': [], _: [], '~': [], '`': [] };
        runs[ch].push([i, j]);
      }
      i = j;
      continue;
    }
    if (ch === '[' || (ch === '!' && raw[i + 1] === '[')) {
      const open = ch === '!' ? i + 1 : i;
      if (nextClose === -2 || (nextClose !== -1 && nextClose <= open)) {
        nextClose = findWithin(raw, ']', open + 1, to);
      }
      if (nextClose !== -1 && nextClose !== failedClose) {
        LINK_TAIL.lastIndex = nextClose;
        const m = LINK_TAIL.exec(raw);
        if (m && nextClose + m[0].length <= to) {
          mark(i, open + 1);
          mark(nextClose, nextClose + m[0].length);
          i = nextClose + m[0].length;
          continue;
        }
        failedClose = nextClose;
      }
    }
    i++;
  }
  if (runs) {
    for (const list of Object.values(runs)) {
      // Unpaired single delimiters are literal text (2*3, a lone backtick); runs of two or more
      // (**bold**) are always markup.
      const paired = list.length % 2 === 0;
      for (const [a, b] of list) if (paired || b - a >= 2) mark(a, b);
    }
  }
  return skip;
}

/** First index of needle in raw[from, to), or -1; unlike indexOf it never looks past the line. */
function findWithin(raw: string, needle: string, from: number, to: number): number {
  const first = needle.charCodeAt(0);
  for (let i = from; i <= to - needle.length; i++) {
    if (raw.charCodeAt(i) === first && raw.startsWith(needle, i)) return i;
  }
  return -1;
}

/** The line's content end once an ATX heading's closing hashes ("## Title ##") are cut. */
function cutClosingHashes(raw: string, from: number, end: number): number {
  let e = end;
  while (e > from && (raw[e - 1] === ' ' || raw[e - 1] === '\t')) e--;
  let h = e;
  while (h > from && raw[h - 1] === '#') h--;
  if (h === e) return end;
  if (h === from) return from;
  return raw[h - 1] === ' ' || raw[h - 1] === '\t' ? h - 1 : end;
}

// Scratch buffers reused across lines: allocating typed arrays per line dominated the run time
// on documents of many short lines. Safe because cleanLine never yields mid-call.
let scratch = { codes: new Int32Array(256), pos: new Int32Array(256) };

function scratchFor(size: number): typeof scratch {
  if (scratch.codes.length < size) {
    const n = Math.max(size, scratch.codes.length * 2);
    scratch = { codes: new Int32Array(n), pos: new Int32Array(n) };
  }
  return scratch;
}

function unitsToString(units: number[]): string {
  if (units.length <= 4096) return String.fromCharCode.apply(null, units);
  const parts: string[] = [];
  for (let i = 0; i < units.length; i += 4096) parts.push(String.fromCharCode.apply(null, units.slice(i, i + 4096)));
  return parts.join('');
}

/**
 * Cleans raw[start, end) (one line without its terminator) into cells of text with raw offsets;
 * never throws on any string.
 */
export function cleanLine(raw: string, start: number, end: number): CleanLine {
  let p = start;
  while (p < end && isSpaceUnit(raw.charCodeAt(p))) p++;
  let kind: LineKind = 'text';
  let depth: number | undefined;
  let contentEnd = end;
  const first = raw[p];
  if (first === '#') {
    let h = p;
    while (h < end && h - p < 7 && raw[h] === '#') h++;
    if (h - p <= 6 && (h === end || raw[h] === ' ' || raw[h] === '\t')) {
      kind = 'heading';
      depth = h - p;
      p = h;
      while (p < end && (raw[p] === ' ' || raw[p] === '\t')) p++;
      contentEnd = cutClosingHashes(raw, p, end);
    }
  } else if (first === '>') {
    kind = 'quote';
    while (p < end && raw[p] === '>') {
      p++;
      if (raw[p] === ' ') p++;
    }
  } else if ('-*+•●▪'.includes(first) && p + 1 < end && (raw[p + 1] === ' ' || raw[p + 1] === '\t')) {
    kind = 'list-item';
    p += 1;
    while (p < end && (raw[p] === ' ' || raw[p] === '\t')) p++;
  }

  // Cell separators: tabs between content, or the pipes of a Markdown table.
  const pipeTable = raw[p] === '|' && findWithin(raw, '|', p + 1, contentEnd) !== -1;
  let tabTable = false;
  if (!pipeTable) {
    // Content before and after some tab: columns, not indentation or trailing tabs.
    let last = contentEnd - 1;
    while (last > p && isSpaceUnit(raw.charCodeAt(last))) last--;
    const tab = findWithin(raw, '\t', p, contentEnd);
    tabTable = tab > p && tab < last;
  }
  const sep = pipeTable ? 0x7c : tabTable ? 0x09 : -1;

  const skip = markInlineMarkup(raw, p, contentEnd);
  let bold = false;
  if (raw.startsWith('**', p) || raw.startsWith('__', p)) {
    const trimmed = raw.slice(p, contentEnd).trim();
    bold = trimmed.length > 4 && trimmed.endsWith(trimmed.slice(0, 2));
  }

  // Pass 1: markup removed; units are code units, -1 marks a cell separator. A raw character
  // never yields more than one unit (entities are longer than what they decode to).
  const size = contentEnd - p;
  const { codes, pos } = scratchFor(size);
  let n = 0;
  let tags = 0;
  let commentEnd = p - 1;
  for (let i = p; i < contentEnd; ) {
    if (skip && skip[i - p]) {
      i++;
      continue;
    }
    const c = raw.charCodeAt(i);
    if (c === 0x3c /* < */) {
      if (raw.startsWith('<!--', i)) {
        if (commentEnd !== -1 && commentEnd < i) commentEnd = findWithin(raw, '-->', i + 4, contentEnd);
        if (commentEnd !== -1) {
          tags++;
          i = commentEnd + 3;
          continue;
        }
      }
      HTML_TAG.lastIndex = i;
      const m = HTML_TAG.exec(raw);
      if (m && i + m[0].length <= contentEnd) {
        tags++;
        // An HTML cell starts a new column; a block tag separates words ("a</p><p>b"), and the
        // space is dropped again between CJK.
        const cellTag = /^<t[dh]\b/i.test(m[0]);
        if (cellTag || BLOCK_TAG.test(m[0])) {
          codes[n] = cellTag ? -1 : 0x20;
          pos[n++] = i;
        }
        i += m[0].length;
        continue;
      }
    } else if (c === 0x26 /* & */) {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(raw);
      if (m && i + m[0].length <= contentEnd) {
        const value = m[3] !== undefined ? NAMED[m[3].toLowerCase()] : decodeNumeric(m[1], m[2]);
        if (value !== undefined) {
          tags++;
          for (let k = 0; k < value.length; k++) {
            codes[n] = value.charCodeAt(k);
            pos[n++] = i;
          }
          i += m[0].length;
          continue;
        }
      }
    }
    codes[n] = c === sep && !(pipeTable && raw[i - 1] === '\\') ? -1 : c;
    pos[n++] = i;
    i++;
  }

  // Pass 2: per cell, trim, collapse whitespace runs, drop spaces between CJK characters.
  const out: number[] = [];
  const outPos: number[] = [];
  // Cells as [start, end) ranges of `out`; an empty cell vanishes and the tab before the next
  // cell maps to the separator closest to it.
  const bounds: number[] = [];
  let cellStart = -1;
  let cjkSpaces = 0;
  let sepPos = -1;
  let pendingSpace = -1;
  for (let i = 0; i < n; i++) {
    const c = codes[i];
    if (c === -1) {
      if (cellStart !== -1) bounds.push(cellStart, out.length);
      cellStart = -1;
      sepPos = pos[i];
      pendingSpace = -1;
      continue;
    }
    if (isInvisibleUnit(c)) continue;
    if (isSpaceUnit(c) || c === 0x0a || c === 0x0d) {
      if (cellStart !== -1 && pendingSpace === -1) pendingSpace = i;
      continue;
    }
    if (cellStart === -1) {
      if (bounds.length > 0) {
        out.push(0x09);
        outPos.push(sepPos);
      }
      cellStart = out.length;
    } else if (pendingSpace !== -1) {
      const before = codePointBefore(out);
      const after = codePointAfter(codes, i, n);
      const wide =
        (isWide(before) && (isWide(after) || (isCurlyQuote(after) && isIdeograph(before)))) ||
        (isWide(after) && isCurlyQuote(before) && isIdeograph(after));
      if (wide) {
        cjkSpaces++;
      } else {
        out.push(0x20);
        outPos.push(pos[pendingSpace]);
      }
    }
    pendingSpace = -1;
    out.push(c);
    outPos.push(pos[i]);
  }
  if (cellStart !== -1) bounds.push(cellStart, out.length);
  const text = unitsToString(out);
  const cells: string[] = [];
  for (let b = 0; b < bounds.length; b += 2) cells.push(text.slice(bounds[b], bounds[b + 1]));
  const outKind = cells.length >= 2 ? 'table-row' : kind;
  return { kind: outKind, depth, text, pos: outPos, cells, bold, cjkSpaces, tags };
}

function codePointBefore(units: number[]): number {
  const o = units.length;
  const c = units[o - 1];
  if (c >= 0xdc00 && c <= 0xdfff && o >= 2 && units[o - 2] >= 0xd800 && units[o - 2] <= 0xdbff) {
    return ((units[o - 2] - 0xd800) << 10) + (c - 0xdc00) + 0x10000;
  }
  return c;
}

function codePointAfter(codes: Int32Array, i: number, n: number): number {
  const c = codes[i];
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && codes[i + 1] >= 0xdc00 && codes[i + 1] <= 0xdfff) {
    return ((c - 0xd800) << 10) + (codes[i + 1] - 0xdc00) + 0x10000;
  }
  return c;
}

function decodeNumeric(dec: string | undefined, hex: string | undefined): string | undefined {
  const cp = dec !== undefined ? Number(dec) : parseInt(hex ?? '', 16);
  if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
  return String.fromCodePoint(cp);
}
