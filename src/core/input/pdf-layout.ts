// PDF text items to paragraphs: items on one baseline make a line, running headers, footers and
// page numbers are dropped, and lines are joined into paragraphs by gaps, indents, short last
// lines and font size. Pure: the items come from pdfjs through extract-pdf.ts.
import { TextBuilder } from './text-builder';
import type { StructureNote } from './extracted';

/** One text run of a page, in PDF units with y growing upwards (pdfjs' transform[4], transform[5]). */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size (the text matrix's vertical scale). */
  size: number;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfTextItem[];
}

interface Line {
  page: number;
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u;
const SENTENCE_END = /[。！？；：.!?;:"'”’）)\]】》]$/u;
// Page numbers as printers write them: 3, - 3 -, 3/12, Page 3 of 12, 第 3 页, iii.
const PAGE_NUMBER = /^(?:[-–—]?\s*\d{1,4}\s*[-–—]?|\d{1,4}\s*\/\s*\d{1,4}|page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?|[ivxlc]{1,7})$/iu;

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function joinPieces(a: string, b: string, gap: number, size: number): string {
  if (a === '') return b;
  if (b === '') return a;
  const last = a[a.length - 1];
  const first = b[0];
  if (last === ' ' || first === ' ') return a + b;
  // Between CJK characters only a wide gap is a real space; between Latin words a small one is.
  const cjk = CJK.test(last) || CJK.test(first);
  return gap > (cjk ? 0.9 : 0.15) * size ? `${a} ${b}` : a + b;
}

function buildLines(page: PdfPage, index: number): Line[] {
  const lines: Line[] = [];
  let current: (Line & { items: PdfTextItem[] }) | null = null;
  const close = () => {
    if (!current) return;
    current.items.sort((p, q) => p.x - q.x);
    let text = '';
    let end = current.items[0].x;
    for (const it of current.items) {
      text = joinPieces(text, it.str, it.x - end, current.size);
      end = Math.max(end, it.x + it.width);
    }
    text = text.replace(/\s+/g, ' ').trim();
    if (text !== '') lines.push({ page: index, text, x0: current.items[0].x, x1: end, y: current.y, size: current.size });
    current = null;
  };
  for (const it of page.items) {
    if (it.str === '' && it.width === 0) continue;
    const size = it.size || 1;
    if (current && Math.abs(it.y - current.y) <= 0.4 * Math.max(size, current.size)) {
      current.items.push(it);
      if (it.str.trim() !== '') current.size = Math.max(current.size, size);
      continue;
    }
    close();
    current = { page: index, text: '', x0: it.x, x1: it.x + it.width, y: it.y, size, items: [it] };
  }
  close();
  return lines;
}

/** Keys a line by its text with digits folded, so "Page 3" and "Page 4" repeat as one header. */
function furnitureKey(text: string): string {
  return text.replace(/\d+/g, '#').replace(/\s+/g, '');
}

/** Drops running headers/footers (repeated on most pages near the top or bottom) and page numbers; returns how many lines went. */
function dropPageFurniture(pages: PdfPage[], lines: Line[][]): number {
  const zone = (l: Line) => {
    const h = pages[l.page].height || 792;
    return l.y > h * 0.88 || l.y < h * 0.12;
  };
  // Candidates: the two outermost lines at each end of a page, inside the margin zones.
  const candidates = lines.map((ls) => {
    const byY = [...ls].sort((a, b) => b.y - a.y);
    return new Set([...byY.slice(0, 2), ...byY.slice(-2)].filter(zone));
  });
  const counts = new Map<string, number>();
  for (const set of candidates) for (const key of new Set([...set].map((l) => furnitureKey(l.text)))) counts.set(key, (counts.get(key) ?? 0) + 1);
  const repeated = (l: Line) => pages.length >= 2 && (counts.get(furnitureKey(l.text)) ?? 0) >= Math.max(2, Math.ceil(pages.length * 0.5));
  let dropped = 0;
  lines.forEach((ls, p) => {
    const keep = ls.filter((l) => !(candidates[p].has(l) && (repeated(l) || PAGE_NUMBER.test(l.text))));
    dropped += ls.length - keep.length;
    lines[p] = keep;
  });
  return dropped;
}

/** Lays out the pages' text items as paragraphs: headings (larger type) as `#` lines, blank lines between paragraphs. */
export function layoutPdfText(pages: PdfPage[]): { text: string; structure: StructureNote[]; notes: string[] } {
  const perPage = pages.map(buildLines);
  const dropped = dropPageFurniture(pages, perPage);
  const lines = perPage.flat();
  const notes: string[] = [];
  if (dropped > 0) notes.push(`${dropped} running header, footer or page-number line(s) removed.`);

  const weights = lines.flatMap((l) => Array<number>(Math.min(l.text.length, 200)).fill(l.size));
  const body = median(weights) || 12;
  const headingSizes = [...new Set(lines.filter((l) => l.size > body * 1.12).map((l) => Math.round(l.size)))].sort((a, b) => b - a);
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1];
    const b = lines[i];
    if (a.page === b.page && Math.abs(a.size - body) < 0.5 && Math.abs(b.size - body) < 0.5 && a.y > b.y) gaps.push(a.y - b.y);
  }
  const leading = median(gaps) || body * 1.2;
  const left = median(lines.map((l) => l.x0));
  const right = Math.max(...lines.filter((l) => Math.abs(l.size - body) < 0.5).map((l) => l.x1), 0);

  const out = new TextBuilder();
  let para = '';
  let paraHeading = 0;
  const flush = () => {
    if (paraHeading > 0) out.addBlock(para, { kind: 'heading', level: paraHeading }, '#'.repeat(paraHeading) + ' ');
    else out.addBlock(para);
    para = '';
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const prev = lines[i - 1];
    const heading = l.size > body * 1.12 ? Math.min(6, headingSizes.indexOf(Math.round(l.size)) + 1) : 0;
    let breakBefore = !prev;
    if (prev) {
      const samePage = prev.page === l.page;
      const gap = samePage ? prev.y - l.y : leading;
      const sizeChange = Math.abs(prev.size - l.size) > body * 0.1 || heading !== paraHeading;
      const wideGap = samePage && (gap > leading * 1.35 || gap < 0);
      const shortLast = prev.x1 < right - 2 * body && SENTENCE_END.test(prev.text);
      const indented = l.x0 > left + 1.5 * body && l.x0 < right - 4 * body;
      breakBefore = sizeChange || wideGap || indented || (shortLast && !heading);
    }
    if (breakBefore && para !== '') flush();
    if (breakBefore) paraHeading = heading;
    para = para === '' ? l.text : joinLines(para, l.text);
  }
  if (para !== '') flush();
  return { text: out.toString(), structure: out.structure, notes };
}

function joinLines(a: string, b: string): string {
  const last = a[a.length - 1];
  const first = b[0];
  if (CJK.test(last) || CJK.test(first)) return a + b;
  // A hyphen at a line end: keep it and join (compounds such as Guangdong-Hong Kong stay whole).
  if (last === '-' && /[a-z]/.test(first)) return a + b;
  return `${a} ${b}`;
}
