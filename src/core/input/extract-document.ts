// The input layer's one entry: a file's bytes and name in, its extracted text (or aligned units),
// format and structure out. Pure: the CLI and the browser worker both call it; the only thing an
// adapter supplies is how to load pdfjs (its Node and browser builds differ).
import { decodeBytes, describeUnusableInput } from './decode';
import { formatFromName, sniffBytes, sniffText } from './detect-format';
import type { ExtractResult, InputFormat } from './extracted';
import { MAX_INPUT_BYTES } from './limits';
import { extractHtml } from './extract-html';
import { extractPdf, type PdfjsLike } from './extract-pdf';
import { readBitextTable, hasTableHeader } from './read-bitext-table';
import { readBitextXml } from './read-bitext-xml';

/** What an adapter supplies: a loader for pdfjs-dist (called only when a PDF arrives). */
export interface InputReaders {
  loadPdfjs?: () => Promise<PdfjsLike>;
}

/**
 * Reads one file. Never throws on the file's content: an unusable file yields `{ ok: false,
 * problem }` with one sentence naming it. Plain text and Markdown are the decoded file itself.
 */
export async function extractDocument(bytes: Uint8Array, name: string, readers: InputReaders = {}): Promise<ExtractResult> {
  if (bytes.length === 0) return { ok: false, problem: `${name} is empty.` };
  if (bytes.length > MAX_INPUT_BYTES) return { ok: false, problem: `${name} is ${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB.` };
  const magic = sniffBytes(bytes);
  if (magic === 'pdf') {
    if (!readers.loadPdfjs) return { ok: false, problem: `${name} is a PDF, and PDF reading is not available here.` };
    try {
      return await extractPdf(bytes, name, await readers.loadPdfjs());
    } catch (err) {
      return { ok: false, problem: `${name} could not be read as a PDF (${err instanceof Error ? err.message : String(err)}).` };
    }
  }
  if (magic === 'zip') {
    const { extractDocx } = await import('./extract-docx');
    return extractDocx(bytes, name);
  }
  if (magic === 'ole') return { ok: false, problem: `${name} is an old Word or Excel file (.doc/.xls): save it as .docx or PDF and try again.` };

  const unusable = describeUnusableInput(bytes);
  if (unusable) return { ok: false, problem: `${name}: ${unusable}` };
  const { text, encoding, notes: decodeNotes = [] } = decodeBytes(bytes);
  // A guessed encoding or damaged places are named in the report, whatever the text turns out to be.
  const result = readText(text, encoding, name);
  return result.ok && decodeNotes.length > 0 ? { ok: true, doc: { ...result.doc, notes: [...decodeNotes, ...(result.doc.notes ?? [])] } } : result;
}

function readText(text: string, encoding: string, name: string): ExtractResult {
  const byName = formatFromName(name);
  const byText = sniffText(text);
  const format: InputFormat = byText && byName !== 'markdown' ? byText : (byName ?? 'text');
  switch (format) {
    case 'html':
      return { ok: true, doc: { ...extractHtml(text, name), encoding } };
    case 'tmx':
    case 'xliff':
      return withEncoding(readBitextXml(text, name, format), encoding);
    case 'csv':
      return withEncoding(readBitextTable(text, name, 'csv'), encoding);
    case 'tsv':
      // A plain two-column TSV keeps the bitext mode of old: offsets into the file itself.
      if (!hasTableHeader(text, '\t')) return { ok: true, doc: { name, format, text, encoding, structure: [], notes: [], plainTsv: true } };
      return withEncoding(readBitextTable(text, name, 'tsv'), encoding);
    case 'docx':
    case 'pdf':
      // Named .docx/.pdf but not one by its bytes: read what it really is, and say so.
      return { ok: true, doc: { name, format: 'text', text, encoding, structure: [], notes: [`${name} is named .${format} but is a text file; read as text.`] } };
    default:
      return { ok: true, doc: { name, format, text, encoding, structure: [], notes: [] } };
  }
}

function withEncoding(result: ExtractResult, encoding: string): ExtractResult {
  return result.ok ? { ok: true, doc: { ...result.doc, encoding } } : result;
}
