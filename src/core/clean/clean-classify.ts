// Character classes and line classifiers shared by the clean stage's helpers.

/** True for a CJK ideograph, kana or bopomofo code point (scripts written without spaces). */
export function isIdeograph(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x3040 && cp <= 0x30ff) ||
    (cp >= 0x3100 && cp <= 0x312f) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x3ffff) ||
    cp === 0x3007 // 〇, the ideographic zero of 二〇三五年
  );
}

/** True for CJK punctuation and full-width forms (。，、：（）《》…), which never need a space. */
export function isCjkPunct(cp: number): boolean {
  return (cp >= 0x3000 && cp <= 0x303f && cp !== 0x3007) || (cp >= 0xff00 && cp <= 0xffef);
}

/** Curly quotes are shared by both languages: they count as CJK only next to an ideograph. */
export function isCurlyQuote(cp: number): boolean {
  return cp === 0x201c || cp === 0x201d || cp === 0x2018 || cp === 0x2019;
}

/** True for whitespace the cleaner collapses (tab, space, no-break and ideographic spaces…). */
export function isSpaceUnit(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0b ||
    code === 0x0c ||
    code === 0xa0 ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x1680
  );
}

/** Invisible characters that carry no text (zero-width space, stray BOM, soft hyphen). */
export function isInvisibleUnit(code: number): boolean {
  return code === 0x200b || code === 0xfeff || code === 0xad || code === 0x2060;
}

// A line ending in one of these ends its sentence, or is a salutation/lead-in (：) or a closed
// bracket/quote, so the next line never continues it.
const CLOSING = new Set('。！？；：…．.!?;:）)】」』》〉]”’"\''.split(''));

/** True when the line's last character leaves the sentence open (a PDF line break mid-sentence). */
export function endsOpen(line: string): boolean {
  if (line.length === 0) return false;
  return !CLOSING.has(line[line.length - 1]);
}

// Section numbering that starts a heading or a new item: 第一章, 一、, （一）, (1), 1., 1、, ①, ——, bullets.
const ITEM_START =
  /^(?:第[一二三四五六七八九十百千零〇两\d]+[篇章节条部分款项编]|[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百\d]+[)）]|\d+(?:\.\d+)*[、.．)）]|[①-⑳⑴-⒇]|——|[•·●▪■◆□○-]\s|(?:[IVXLC]+|[A-Z])\.\s|(?:Chapter|Part|Section|Article)\s+\w)/;

/** True when a line starts with numbering or a bullet that opens a new item. */
export function startsItem(line: string): boolean {
  return ITEM_START.test(line);
}

const SECTION_HEADING =
  /^(?:第[一二三四五六七八九十百千零〇两\d]+[篇章节部分编]\s*\S|[一二三四五六七八九十百]+、\S|(?:[IVXLC]+)\.\s+\S|(?:Chapter|Part|Section)\s+[\dIVXLC]+\b)/i;

/** True for a short numbered section title of plain text (第一章 发展基础, 一、总体要求, I. General Requirements). */
export function isSectionHeading(line: string): boolean {
  const m = SECTION_HEADING.exec(line);
  if (!m) return false;
  // English titles run longer than Chinese ones; neither holds a sentence end.
  const cjk = /[\u3400-\u9fff]/.test(line);
  if (line.length > (cjk ? 60 : 160)) return false;
  const rest = line.slice(m[0].length);
  return !/[。！？]/.test(rest) && !/[.!?;]$/.test(rest) && !/[.!?]\s/.test(rest);
}

const ANY_PUNCT = /[，。；、：！？,.;:!?]/;

/** True for a short line with no punctuation at all: a title, a signature or a date, never mid-sentence. */
export function isTitleLike(line: string): boolean {
  return line.length <= 40 && !ANY_PUNCT.test(line);
}

// Page numbers and page furniture: "12", "- 12 -", "— 3 —", "第 3 页", "Page 3 of 9", "3/120".
const PAGE_NUMBER =
  /^(?:[-—–‒\s]*\d{1,4}[-—–‒\s]*|第\s*\d+\s*页(?:\s*[，,/]?\s*共\s*\d+\s*页)?|page\s+\d+(?:\s+of\s+\d+)?|\d{1,4}\s*\/\s*\d{1,4})$/i;

/** True for a line that is pure layout noise: a page number or only punctuation and symbols. */
export function isNoiseLine(line: string): boolean {
  if (PAGE_NUMBER.test(line)) return true;
  // No letter or digit of any script: rules, separators, fence markers, stray bullets.
  return !/[\p{L}\p{N}]/u.test(line);
}

/** The page number ending a table-of-contents line ("第一章 发展基础\t2"), or -1 when it is not one. */
export function readTocPage(cells: readonly string[]): number {
  if (cells.length !== 2) return -1;
  const [title, page] = cells;
  if (!/^\d{1,4}$/.test(page) || title.length > 80 || /[。！？；.!?;]$/.test(title)) return -1;
  return Number(page);
}

// Dot leaders and wide gaps stand in for a tab in tables of contents typed as plain text.
const TOC_LEADER = /^(.*?\S)(?:\s*(?:[.．·]{3,}|…{2,})\s*|\s{3,})(\d{1,4})$/;

/** Splits a plain-text table-of-contents line ("Chapter 1 ........ 3") into title and page, or null. */
export function splitTocLeader(line: string): [string, string] | null {
  const m = TOC_LEADER.exec(line);
  return m ? [m[1], m[2]] : null;
}

/** True for the heading of a table of contents. */
export function isTocTitle(line: string): boolean {
  return /^(?:目\s*录|目\s*次|contents|table of contents)$/i.test(line.trim());
}
