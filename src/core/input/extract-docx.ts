// .docx to extracted text: mammoth reads the document (headings, lists, tables, footnotes) into
// HTML, Word's automatic numbering labels are put back in front of their paragraphs (mammoth
// keeps only "ordered or not"), and the HTML walker turns the result into text with structure.
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { computeParagraphNumbers, type NumberedParagraph } from './docx-numbering';
import type { ExtractResult } from './extracted';
import { extractHtml } from './extract-html';

// Title and Subtitle are headings to a reader; mammoth maps only "heading N" by default.
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

interface MammothElement {
  type: string;
  children?: MammothElement[];
  numbering?: unknown;
  value?: string;
}

function plainText(el: MammothElement): string {
  if (el.type === 'text') return el.value ?? '';
  if (el.type === 'tab') return '\t';
  return (el.children ?? []).map(plainText).join('');
}

/** Gives each numbered paragraph mammoth reads the label computed for it, matched in order by text. */
function labelParagraphs(numbers: NumberedParagraph[]) {
  const numbered = numbers.filter((p) => p.label !== null);
  let cursor = 0;
  const squash = (s: string) => s.replace(/\s+/g, '');
  return (p: MammothElement): MammothElement => {
    if (!p.numbering) return p;
    const text = squash(plainText(p));
    // Look a few paragraphs ahead: mammoth and our reader may disagree on an odd paragraph.
    for (let k = cursor; k < Math.min(numbered.length, cursor + 8); k++) {
      if (squash(numbered[k].text) !== text) continue;
      cursor = k + 1;
      const label: MammothElement = { type: 'run', children: [{ type: 'text', value: numbered[k].label! }] };
      return { ...p, numbering: null, children: [label, ...(p.children ?? [])] };
    }
    return p;
  };
}

// mammoth's typings omit its `transforms` helpers.
const transforms = (mammoth as unknown as { transforms: { paragraph(fn: (p: MammothElement) => MammothElement): (doc: unknown) => unknown } }).transforms;

async function readPart(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path);
  return file ? file.async('string') : null;
}

/** Reads a .docx file's text: headings as `#`, list labels as Word numbers them, tables as tab-separated rows, footnotes as `[n]` paragraphs at the end. */
export async function extractDocx(bytes: Uint8Array, name: string): Promise<ExtractResult> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return { ok: false, problem: `${name} is not a readable Word file (.docx): the archive is damaged.` };
  }
  const documentXml = await readPart(zip, 'word/document.xml');
  if (documentXml === null) {
    if (zip.file('content.xml')) return { ok: false, problem: `${name} is an OpenDocument file: save it as .docx or PDF and try again.` };
    return { ok: false, problem: `${name} is a zip archive but not a Word document (.docx).` };
  }
  try {
    const numbers = computeParagraphNumbers(documentXml, await readPart(zip, 'word/numbering.xml'), await readPart(zip, 'word/styles.xml'));
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    // Node's mammoth reads `buffer`, the browser build `arrayBuffer`.
    const input = { buffer: bytes, arrayBuffer: buffer } as unknown as { arrayBuffer: ArrayBuffer };
    const result = await mammoth.convertToHtml(input, {
      styleMap: STYLE_MAP,
      transformDocument: transforms.paragraph(labelParagraphs(numbers)),
      // Images are not text; an empty source keeps the HTML small.
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    });
    const doc = extractHtml(result.value, name, 'docx');
    return { ok: true, doc };
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { ok: false, problem: `${name} could not be read as a Word document (${why}).` };
  }
}
