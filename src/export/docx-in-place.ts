// The corrected translation written into the user's own .docx: every Word paragraph whose text a
// reviewer corrected gets the corrected text in its own runs, so fonts, styles, numbering, tables,
// images, headers and everything else in the file stay exactly as they were. Only the text nodes
// (w:t) of corrected paragraphs change: a character kept stays in its run, a deleted one leaves
// it, an inserted one joins the run of the character before it (of the one after, at the start).
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { diffChars } from 'diff';
import JSZip from 'jszip';

/** The text a side was extracted as, corrected: see `correctFile` in corrected-text.ts. */
export interface CorrectedText {
  text: string;
  at(offset: number): number;
}

// xmldom implements the DOM's own interfaces (its typings are the DOM library's).
type XmlElement = Element;

/** One character of a paragraph's text: the w:t element it sits in, or null for a tab or break. */
type Owner = XmlElement | null;

/** A paragraph's text as Word shows it, and who owns each of its characters. */
function paragraphText(p: XmlElement): { text: string; owners: Owner[] } {
  let text = '';
  const owners: Owner[] = [];
  const walk = (node: XmlElement) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 1) continue;
      const el = c as XmlElement;
      // A nested paragraph (a text box) is a paragraph of its own.
      if (el.nodeName === 'w:p') continue;
      if (el.nodeName === 'w:t') {
        const t = el.textContent ?? '';
        text += t;
        for (let k = 0; k < t.length; k++) owners.push(el);
      } else if (el.nodeName === 'w:tab') {
        text += '\t';
        owners.push(null);
      } else if (el.nodeName === 'w:delText' || el.nodeName === 'w:instrText') {
        // Deleted tracked text and field codes are not what the reader sees.
      } else walk(el);
    }
  };
  walk(p);
  return { text, owners };
}

/**
 * New text for each w:t of a paragraph so that the paragraph reads `after` instead of `before`
 * (its text from `from` on, `before.length` long); null when the change adds or removes a tab,
 * which lives in its own element rather than in a text node.
 */
function editRuns(owners: Owner[], text: string, from: number, before: string, after: string): Map<XmlElement, string> | null {
  const out = new Map<XmlElement, string>();
  for (const o of owners) if (o && !out.has(o)) out.set(o, '');
  // Characters before and after the edited stretch stay where they are.
  const keep = (k: number) => {
    const o = owners[k];
    if (o) out.set(o, out.get(o)! + text[k]);
  };
  for (let k = 0; k < from; k++) keep(k);
  // The w:t that takes text inserted at position k: the one before it, else the next one.
  const host = (k: number): XmlElement | null => {
    for (let q = k - 1; q >= 0; q--) if (owners[q]) return owners[q];
    for (let q = k; q < owners.length; q++) if (owners[q]) return owners[q];
    return null;
  };
  let k = from;
  for (const part of diffChars(before, after)) {
    if (part.added) {
      if (part.value.includes('\t')) return null;
      const h = host(k);
      if (!h) return null;
      out.set(h, out.get(h)! + part.value);
    } else if (part.removed) {
      for (let q = 0; q < part.value.length; q++, k++) if (!owners[k]) return null;
    } else for (let q = 0; q < part.value.length; q++, k++) keep(k);
  }
  for (; k < text.length; k++) keep(k);
  return out;
}

/**
 * The .docx `original` with the corrections of `corrected` (the side's extracted text `extracted`,
 * corrected) written into its paragraphs. Null when a corrected stretch cannot be placed in a
 * paragraph of the file (the caller then writes the text into a new document instead).
 */
export async function correctDocxInPlace(original: Uint8Array, extracted: string, corrected: CorrectedText, changed: Array<{ start: number; end: number }>): Promise<Uint8Array | null> {
  const zip = await JSZip.loadAsync(original);
  const part = zip.file('word/document.xml');
  if (!part) return null;
  const dom = new DOMParser().parseFromString(await part.async('string'), 'text/xml');
  const paragraphs = Array.from(dom.getElementsByTagName('w:p'));
  const placed: Array<{ start: number; end: number }> = [];
  let cursor = 0;
  for (const p of paragraphs) {
    const { text, owners } = paragraphText(p);
    const core = text.trim();
    if (core === '') continue;
    // Extraction puts a paragraph's text in order, perhaps after a heading mark or a list label.
    const pos = extracted.indexOf(core, cursor);
    if (pos < 0) continue;
    cursor = pos + core.length;
    placed.push({ start: pos, end: cursor });
    const after = corrected.text.slice(corrected.at(pos), corrected.at(cursor));
    if (after === core) continue;
    const edits = editRuns(owners, text, text.indexOf(core), core, after);
    if (!edits) return null;
    for (const [t, value] of edits) {
      if (t.textContent === value) continue;
      t.textContent = value;
      // Word drops a text node's leading and trailing spaces unless told to keep them.
      t.setAttribute('xml:space', 'preserve');
    }
  }
  // Every corrected clause must lie inside a paragraph that was written.
  if (!changed.every((c) => placed.some((r) => r.start <= c.start && c.end <= r.end))) return null;
  zip.file('word/document.xml', new XMLSerializer().serializeToString(dom));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
