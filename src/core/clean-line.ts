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

const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<!--[\s\S]*?-->/y;
const BLOCK_TAG = /^<\/?(?:p|br|div|li|tr|td|th|h[1-6]|ul|ol|table|section|blockquote)\b/i;
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]{2,8}));/y;
const NAMED: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ensp: ' ', emsp: ' ', thinsp: ' ',
  mdash: '—', ndash: '–', hellip: '…', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', middot: '·',
};
const LINK_TAIL = /\]\([^()\s]*(?:\s+"[^"]*")?\)/y;

function codePointAt(codes: number[], i: number, before: boolean): number {
  const c = codes[i];
  if (before && c >= 0xdc00 && c <= 0xdfff && i > 0 && codes[i - 1] >= 0xd800 && codes[i - 1] <= 0xdbff) {
    return ((codes[i - 1] - 0xd800) << 10) + (c - 0xdc00) + 0x10000;
  }
  if (!before && c >= 0xd800 && c <= 0xdbff && i + 1 < codes.length && codes[i + 1] >= 0xdc00 && codes[i + 1] <= 0xdfff) {
    return ((c - 0xd800) << 10) + (codes[i + 1] - 0xdc00) + 0x10000;
  }
  return c;
}

function isWide(cp: number): boolean {
  return isIdeograph(cp) || isCjkPunct(cp);
}

/** Marks Markdown emphasis/code delimiters (*, _, ~~, `) and link brackets to skip, in raw offsets. */
function markInlineMarkup(raw: string, from: number, to: number, skip: Uint8Array): void {
  const runs: Record<string, Array<[number, number]>> = { '*': [], _: [], '~': [], '`': [] };
  for (let i = from; i < to; ) {
    const ch = raw[i];
    if (ch === '\\' && i + 1 < to && /[*_~`[\]#>\\]/.test(raw[i + 1])) {
      skip[i - from] = 1;
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
      if (flanking && !intraword && !(ch === '~' && j - i < 2)) runs[ch].push([i, j]);
      i = j;
      continue;
    }
    if (ch === '[' || (ch === '!' && raw[i + 1] === '[')) {
      const open = ch === '!' ? i + 1 : i;
      const close = raw.indexOf(']', open + 1);
      if (close !== -1 && close < to) {
        LINK_TAIL.lastIndex = close;
        const m = LINK_TAIL.exec(raw);
        if (m && close + m[0].length <= to) {
          for (let k = i; k <= open; k++) skip[k - from] = 1;
          for (let k = close; k < close + m[0].length; k++) skip[k - from] = 1;
          i = close + m[0].length;
          continue;
        }
      }
    }
    i++;
  }
  for (const ch of Object.keys(runs)) {
    const list = runs[ch];
    // Unpaired single delimiters are literal text (2*3, a lone backtick); runs of two or more
    // (**bold**) are always markup.
    const paired = list.length % 2 === 0;
    for (const [a, b] of list) {
      if (!paired && b - a < 2) continue;
      for (let k = a; k < b; k++) skip[k - from] = 1;
    }
  }
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
  const heading = /^(#{1,6})(?:[ \t]+|$)/.exec(raw.slice(p, Math.min(end, p + 8)));
  if (heading) {
    kind = 'heading';
    depth = heading[1].length;
    p += heading[0].length;
    const closing = /[ \t]+#+[ \t]*$/.exec(raw.slice(p, end));
    if (closing) contentEnd = p + closing.index;
  } else if (raw[p] === '>') {
    kind = 'quote';
    while (p < end && raw[p] === '>') {
      p++;
      if (raw[p] === ' ') p++;
    }
  } else {
    const bullet = /^[-*+•●▪][ \t]+/.exec(raw.slice(p, Math.min(end, p + 6)));
    if (bullet) {
      kind = 'list-item';
      p += bullet[0].length;
    }
  }

  // Cell separators: tabs between content, or the pipes of a Markdown table.
  const body = raw.slice(p, contentEnd);
  const pipeTable = body.startsWith('|') && body.indexOf('|', 1) !== -1;
  const tabTable = !pipeTable && /\S\t+\S/.test(body);
  const sep = pipeTable ? 0x7c : tabTable ? 0x09 : -1;

  const skip = new Uint8Array(contentEnd - p);
  markInlineMarkup(raw, p, contentEnd, skip);
  let bold = false;
  const trimmed = body.trim();
  if (/^(\*\*|__)[\s\S]+\1$/.test(trimmed) && trimmed.length > 4) bold = true;

  // Pass 1: markup removed; units are code units, -1 marks a cell separator.
  const codes: number[] = [];
  const pos: number[] = [];
  let tags = 0;
  for (let i = p; i < contentEnd; ) {
    if (skip[i - p]) {
      i++;
      continue;
    }
    const c = raw.charCodeAt(i);
    if (c === 0x3c /* < */) {
      HTML_TAG.lastIndex = i;
      const m = HTML_TAG.exec(raw);
      if (m && i + m[0].length <= contentEnd) {
        tags++;
        // An HTML cell starts a new column; a block tag separates words ("a</p><p>b"), and the
        // space is dropped again between CJK.
        if (/^<t[dh]\b/i.test(m[0])) {
          codes.push(-1);
          pos.push(i);
        } else if (BLOCK_TAG.test(m[0])) {
          codes.push(0x20);
          pos.push(i);
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
            codes.push(value.charCodeAt(k));
            pos.push(i);
          }
          i += m[0].length;
          continue;
        }
      }
    }
    if (c === sep && !(pipeTable && raw[i - 1] === '\\')) {
      codes.push(-1);
      pos.push(i);
    } else {
      codes.push(c);
      pos.push(i);
    }
    i++;
  }

  // Pass 2: per cell, trim, collapse whitespace runs, drop spaces between CJK characters.
  const out: string[] = [];
  const outPos: number[] = [];
  const cells: string[] = [];
  let cell: string[] = [];
  let cjkSpaces = 0;
  let sepPos = -1;
  let pendingSpace = -1;
  const push = (ch: string, at: number): void => {
    if (cell.length === 0 && cells.length > 0) {
      out.push('\t');
      outPos.push(sepPos);
    }
    cell.push(ch);
    out.push(ch);
    outPos.push(at);
  };
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i];
    if (c === -1) {
      if (cell.length > 0) cells.push(cell.join(''));
      // Empty cells vanish; the tab before the next cell maps to the separator closest to it.
      cell = [];
      sepPos = pos[i];
      pendingSpace = -1;
      continue;
    }
    if (isInvisibleUnit(c)) continue;
    if (isSpaceUnit(c) || c === 0x0a || c === 0x0d) {
      if (cell.length > 0 && pendingSpace === -1) pendingSpace = i;
      continue;
    }
    if (pendingSpace !== -1) {
      const before = codePointAt(codes, prevKept(codes, pendingSpace), true);
      const after = codePointAt(codes, i, false);
      const wide =
        (isWide(before) && (isWide(after) || (isCurlyQuote(after) && isIdeograph(before)))) ||
        (isWide(after) && isCurlyQuote(before) && isIdeograph(after));
      if (wide) cjkSpaces++;
      else push(' ', pos[pendingSpace]);
      pendingSpace = -1;
    }
    push(String.fromCharCode(c), pos[i]);
  }
  if (cell.length > 0) cells.push(cell.join(''));
  const outKind = cells.length >= 2 ? 'table-row' : kind;
  return { kind: outKind, depth, text: out.join(''), pos: outPos, cells, bold, cjkSpaces, tags };
}

function prevKept(codes: number[], spaceIndex: number): number {
  let j = spaceIndex - 1;
  while (j > 0 && (isSpaceUnit(codes[j]) || isInvisibleUnit(codes[j]))) j--;
  return j;
}

function decodeNumeric(dec: string | undefined, hex: string | undefined): string | undefined {
  const cp = dec !== undefined ? Number(dec) : parseInt(hex ?? '', 16);
  if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
  return String.fromCodePoint(cp);
}
