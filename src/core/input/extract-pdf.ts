// PDF to extracted text with pdfjs-dist. The pdfjs module is handed in by the adapter (the
// legacy build in Node, the modern build in the browser worker), so this file stays pure.
import { mapCjkCompatibility } from './cjk-compat';
import type { ExtractResult } from './extracted';
import { layoutPdfText, type PdfPage } from './pdf-layout';

/** The part of pdfjs-dist's API the extractor uses. */
export interface PdfjsLike {
  getDocument(src: { data: Uint8Array; isEvalSupported?: boolean; disableFontFace?: boolean; verbosity?: number; useSystemFonts?: boolean }): {
    promise: Promise<{
      numPages: number;
      getPage(n: number): Promise<{
        getViewport(o: { scale: number }): { width: number; height: number };
        getTextContent(): Promise<{ items: Array<{ str?: string; transform?: number[]; width?: number }> }>;
        cleanup?(): void;
      }>;
      destroy(): Promise<void>;
    }>;
  };
}

/** Reads a PDF's text layer as paragraphs; a PDF without one (a scan) or a locked one gets one sentence. */
export async function extractPdf(bytes: Uint8Array, name: string, pdfjs: PdfjsLike): Promise<ExtractResult> {
  let doc;
  try {
    // pdfjs takes ownership of (detaches) the buffer it is given: hand it a copy.
    doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (err) {
    const what = err instanceof Error ? err.name : '';
    if (what === 'PasswordException') return { ok: false, problem: `${name} is password-protected: open it, save an unprotected copy and try again.` };
    return { ok: false, problem: `${name} is not a readable PDF file (${err instanceof Error ? err.message : String(err)}).` };
  }
  try {
    const pages: PdfPage[] = [];
    let changed = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items = [];
      // Mapped per item, before layout, so structure offsets are taken on the final text.
      for (const it of content.items) {
        if (typeof it.str !== 'string' || !it.transform) continue;
        const [a, b, , d, e, f] = it.transform;
        const mapped = mapCjkCompatibility(it.str);
        changed += mapped.changed;
        items.push({ str: mapped.text, x: e, y: f, width: it.width ?? 0, size: Math.hypot(b, d) || Math.abs(a) });
      }
      pages.push({ width: viewport.width, height: viewport.height, items });
      page.cleanup?.();
    }
    const chars = pages.reduce((sum, p) => sum + p.items.reduce((s, it) => s + it.str.trim().length, 0), 0);
    if (chars < Math.max(1, pages.length) * 5) {
      return { ok: false, problem: `${name} has no text layer (it looks like a scanned image): run it through OCR first, or give the text as a .docx or .txt file.` };
    }
    const laid = layoutPdfText(pages);
    const notes = [...laid.notes];
    if (changed > 0) notes.push(`${changed} Kangxi radical or CJK compatibility character(s) from the PDF's fonts mapped to ordinary ideographs.`);
    return { ok: true, doc: { name, format: 'pdf', text: laid.text, structure: laid.structure, notes } };
  } finally {
    await doc.destroy();
  }
}
