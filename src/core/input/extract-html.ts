// HTML to extracted text with parse5, the WHATWG-conformant parser behind jsdom: it builds the
// same tree a browser does from broken or implicit markup (unclosed <p>, <li>, <td>), which a
// forgiving tokenizer such as htmlparser2 leaves to us. Pure JavaScript, no DOM, runs in a worker.
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes as T } from 'parse5';
import type { DocumentFormat, ExtractedDocument, StructureNote } from './extracted';
import { TextBuilder } from './text-builder';

type Node = T.ChildNode | T.Document;

// Elements whose content is never document text.
const SKIPPED = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'select', 'button', 'input', 'textarea']);
// Elements that end the paragraph before them and start a new one.
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'blockquote', 'figure', 'figcaption',
  'address', 'dl', 'dt', 'dd', 'hr', 'caption', 'center', 'details', 'summary', 'body', 'html', 'form', 'fieldset', 'legend',
]);

function attr(el: T.Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

function isElement(node: Node): node is T.Element {
  return 'tagName' in node;
}

/** The label an <ol> gives its n-th item (1-based), by its `type` attribute. */
function orderedLabel(n: number, type: string | undefined): string {
  if (type === 'a' || type === 'A') {
    let s = '';
    for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(97 + ((k - 1) % 26)) + s;
    return (type === 'A' ? s.toUpperCase() : s) + '.';
  }
  if (type === 'i' || type === 'I') {
    const roman = toRoman(n);
    return (type === 'i' ? roman.toLowerCase() : roman) + '.';
  }
  return `${n}.`;
}

/** Roman numeral of n (1–3999); larger numbers as digits. */
export function toRoman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) (out += s), (n -= v);
  return out;
}

class HtmlWalker {
  readonly out = new TextBuilder();
  private inline = '';
  private pending: Omit<StructureNote, 'start' | 'end'> | undefined;
  private prefix = '';
  private listDepth = -1;

  flush(): void {
    const added = this.out.addBlock(this.inline, this.pending, this.prefix);
    this.inline = '';
    // A label waits for the first non-blank block of its item (an <li> often wraps a <p>).
    if (added) {
      this.pending = undefined;
      this.prefix = '';
    }
  }

  walk(node: Node, pre = false): void {
    if (!isElement(node)) {
      if (node.nodeName === '#text') {
        const value = (node as T.TextNode).value;
        this.inline += pre ? value : value.replace(/[ \t\n\r\f]+/g, ' ');
      } else if ('childNodes' in node) {
        for (const child of node.childNodes) this.walk(child, pre);
      }
      return;
    }
    const tag = node.tagName;
    if (SKIPPED.has(tag) || attr(node, 'hidden') !== undefined) return;
    // mammoth's footnote back-links (↑) point at the reference; they are navigation, not text.
    if (tag === 'a' && /^#(footnote|endnote)-ref-/.test(attr(node, 'href') ?? '')) return;
    const heading = /^h([1-6])$/.exec(tag);
    if (heading) {
      this.flush();
      const depth = Number(heading[1]);
      this.pending = { kind: 'heading', level: depth };
      this.prefix = '#'.repeat(depth) + ' ';
      this.children(node, pre);
      this.flush();
      this.pending = undefined;
      this.prefix = '';
    } else if (tag === 'br') {
      this.inline += '\n';
    } else if (tag === 'pre') {
      this.flush();
      this.children(node, true);
      this.flush();
    } else if (tag === 'ol' || tag === 'ul') {
      this.list(node, pre);
    } else if (tag === 'table') {
      this.table(node);
    } else if (BLOCKS.has(tag)) {
      this.flush();
      this.children(node, pre);
      this.flush();
    } else {
      this.children(node, pre);
    }
  }

  private children(node: T.Element | T.Template, pre: boolean): void {
    const kids = node.tagName === 'template' ? (node as T.Template).content.childNodes : node.childNodes;
    for (const child of kids) this.walk(child, pre);
  }

  private list(node: T.Element, pre: boolean): void {
    this.flush();
    this.listDepth++;
    const ordered = node.tagName === 'ol';
    let n = Number(attr(node, 'start') ?? '1');
    if (!Number.isFinite(n)) n = 1;
    for (const item of node.childNodes) {
      if (!isElement(item) || item.tagName !== 'li') {
        this.walk(item, pre);
        continue;
      }
      const id = attr(item, 'id') ?? '';
      const note = /^(footnote|endnote)-(\d+)$/.exec(id);
      const label = note ? `[${note[2]}]` : ordered ? orderedLabel(n, attr(node, 'type')) : '-';
      this.flush();
      this.pending = note ? { kind: 'footnote', label } : { kind: 'list-item', level: this.listDepth, label };
      this.prefix = label + ' ';
      this.children(item, pre);
      this.flush();
      // An item with no text of its own leaves no label behind for what follows.
      this.pending = undefined;
      this.prefix = '';
      n++;
    }
    this.listDepth--;
  }

  private table(node: T.Element): void {
    this.flush();
    const rows: string[] = [];
    const visit = (el: T.Element): void => {
      for (const child of el.childNodes) {
        if (!isElement(child) || SKIPPED.has(child.tagName)) continue;
        if (child.tagName === 'tr') rows.push(this.row(child));
        else if (child.tagName !== 'table') visit(child);
      }
    };
    visit(node);
    this.out.addLines(rows, { kind: 'table-row' });
  }

  private row(tr: T.Element): string {
    const cells: string[] = [];
    for (const cell of tr.childNodes) {
      if (!isElement(cell) || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue;
      // A cell's paragraphs become one line: rows must stay on one line each.
      const inner = new HtmlWalker();
      inner.walk(cell);
      inner.flush();
      cells.push(inner.out.toString().replace(/^#+ /gm, '').replace(/\s+/g, ' ').trim());
    }
    return cells.join('\t');
  }
}

/** Extracts the text of an HTML document (headings as `#`, list labels, table rows with tab-separated cells). */
export function extractHtml(html: string, name: string, format: DocumentFormat = 'html'): ExtractedDocument {
  const walker = new HtmlWalker();
  walker.walk(parse(html));
  walker.flush();
  const text = walker.out.toString();
  const notes = text.trim() === '' ? [`${name} has no visible text.`] : [];
  return { name, format, text, structure: walker.out.structure, notes };
}
