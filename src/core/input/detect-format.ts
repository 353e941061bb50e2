// Which format a file is: its leading bytes first (a PDF named .txt is still a PDF), then its
// name's extension, then a look at its decoded text.
import type { InputFormat } from './extracted';

const EXTENSIONS: Record<string, InputFormat> = {
  docx: 'docx', docm: 'docx', dotx: 'docx', pdf: 'pdf', html: 'html', htm: 'html', xhtml: 'html',
  md: 'markdown', markdown: 'markdown', txt: 'text', text: 'text', tmx: 'tmx', xlf: 'xliff', xliff: 'xliff',
  sdlxliff: 'xliff', mxliff: 'xliff', tsv: 'tsv', tab: 'tsv', csv: 'csv',
};

/** What the leading bytes say: 'pdf', 'zip' (a .docx or another archive), 'ole' (an old .doc/.xls), or null. */
export function sniffBytes(bytes: Uint8Array): 'pdf' | 'zip' | 'ole' | null {
  const at = (i: number) => bytes[i];
  // %PDF may follow a few bytes of junk; the PDF specification allows it within the first 1024.
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (at(0) === 0x50 && at(1) === 0x4b && (at(2) === 3 || at(2) === 5) && (at(3) === 4 || at(3) === 6)) return 'zip';
  if (at(0) === 0xd0 && at(1) === 0xcf && at(2) === 0x11 && at(3) === 0xe0) return 'ole';
  return null;
}

/** The format the file name's extension names, or null. */
export function formatFromName(name: string): InputFormat | null {
  const m = /\.([a-z0-9]+)$/i.exec(name);
  return m ? (EXTENSIONS[m[1].toLowerCase()] ?? null) : null;
}

/** A text file's format from its first characters when its name says nothing useful. */
export function sniffText(text: string): 'html' | 'tmx' | 'xliff' | null {
  const head = text.slice(0, 2000).replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, '').trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'html';
  if (/^<tmx[\s>]/.test(head)) return 'tmx';
  if (/^<(\w+:)?xliff[\s>]/.test(head)) return 'xliff';
  return null;
}
