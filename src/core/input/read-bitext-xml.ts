// TMX 1.4 and XLIFF 1.2 / 2.x to aligned units, parsed with fast-xml-parser in document order
// (never regular expressions over XML). Inline markup keeps its text (<hi>, <g>, <pc>, <mrk>) and
// drops native codes (<bpt>, <ept>, <ph>, <it>, <ut>, <x/>, <bx/>, <ex/>, <sc/>, <ec/>).
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { BitextFormat, BitextUnit, ExtractResult } from './extracted';

type XNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  processEntities: true,
  htmlEntities: true,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

function tagOf(node: XNode): string {
  for (const k of Object.keys(node)) if (k !== ':@') return k;
  return '';
}
function localName(tag: string): string {
  const i = tag.indexOf(':');
  return i < 0 ? tag : tag.slice(i + 1);
}
function kids(node: XNode): XNode[] {
  const v = node[tagOf(node)];
  return Array.isArray(v) ? (v as XNode[]) : [];
}
function attrs(node: XNode | undefined): Record<string, string> {
  return node?.[':@'] ?? {};
}
function children(node: XNode, name: string): XNode[] {
  return kids(node).filter((k) => localName(tagOf(k)) === name);
}
function* descendants(nodes: XNode[], name: string): Generator<XNode> {
  for (const n of nodes) {
    if (localName(tagOf(n)) === name) yield n;
    else yield* descendants(kids(n), name);
  }
}

// Elements whose content is native code or a separate sub-flow, not the segment's text.
const CODES = new Set(['bpt', 'ept', 'ph', 'it', 'ut', 'sub', 'x', 'bx', 'ex', 'sc', 'ec', 'sm', 'em']);

/** The translatable text of a <seg>/<source>/<target>, inline markup removed. */
function inlineText(node: XNode | undefined): string {
  if (!node) return '';
  let out = '';
  for (const k of kids(node)) {
    const tag = tagOf(k);
    if (tag === '#text') out += String(k['#text'] ?? '');
    else if (localName(tag) === 'cp') out += String.fromCodePoint(parseInt(attrs(k).hex ?? '20', 16));
    else if (!CODES.has(localName(tag))) out += inlineText(k);
  }
  return out;
}

function propOf(node: XNode, type: string): string | undefined {
  const prop = children(node, 'prop').find((p) => attrs(p).type === type);
  return prop ? inlineText(prop) : undefined;
}

function sameLang(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y || x.split('-')[0] === y.split('-')[0];
}

function readTmx(root: XNode): { units: BitextUnit[]; langs: { source?: string; target?: string } } {
  const header = children(root, 'header')[0];
  const srclang = attrs(header)['srclang'];
  const units: BitextUnit[] = [];
  let target: string | undefined;
  for (const tu of descendants(kids(root), 'tu')) {
    const tuvs = children(tu, 'tuv');
    if (tuvs.length === 0) continue;
    const lang = (t: XNode) => attrs(t)['xml:lang'] ?? attrs(t)['lang'];
    const src = srclang && srclang !== '*all*' ? (tuvs.find((t) => sameLang(lang(t), srclang)) ?? tuvs[0]) : tuvs[0];
    const tgt = tuvs.find((t) => t !== src && !sameLang(lang(t), lang(src)));
    target ??= tgt ? lang(tgt) : undefined;
    units.push({
      source: inlineText(children(src, 'seg')[0]),
      target: tgt ? inlineText(children(tgt, 'seg')[0]) : '',
      sourceNumber: propOf(src, 'x-duizhao-number'),
      targetNumber: tgt ? propOf(tgt, 'x-duizhao-number') : undefined,
    });
  }
  return { units, langs: { source: srclang === '*all*' ? undefined : srclang, target } };
}

function readXliff1(root: XNode): { units: BitextUnit[]; langs: { source?: string; target?: string } } {
  const units: BitextUnit[] = [];
  const file = children(root, 'file')[0];
  for (const tu of descendants(kids(root), 'trans-unit')) {
    const contexts = [...descendants(kids(tu), 'context')];
    const ctx = (type: string) => {
      const c = contexts.find((x) => attrs(x)['context-type'] === type);
      return c ? inlineText(c) : undefined;
    };
    units.push({
      source: inlineText(children(tu, 'source')[0]),
      target: inlineText(children(tu, 'target')[0]),
      sourceNumber: ctx('x-source-number'),
      targetNumber: ctx('x-target-number'),
    });
  }
  return { units, langs: { source: attrs(file)['source-language'], target: attrs(file)['target-language'] } };
}

function readXliff2(root: XNode): { units: BitextUnit[]; langs: { source?: string; target?: string } } {
  const units: BitextUnit[] = [];
  for (const unit of descendants(kids(root), 'unit')) {
    for (const seg of kids(unit).filter((k) => localName(tagOf(k)) === 'segment')) {
      units.push({ source: inlineText(children(seg, 'source')[0]), target: inlineText(children(seg, 'target')[0]) });
    }
  }
  const a = attrs(root);
  return { units, langs: { source: a.srcLang, target: a.trgLang } };
}

/** Reads a TMX or XLIFF file's text into aligned units; malformed XML gets one sentence with its line. */
export function readBitextXml(text: string, name: string, format: Extract<BitextFormat, 'tmx' | 'xliff'>): ExtractResult {
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { ok: false, problem: `${name} is not well-formed XML (line ${valid.err.line}: ${valid.err.msg}).` };
  const doc = parser.parse(text) as XNode[];
  const root = doc.find((n) => localName(tagOf(n)) === format);
  if (!root) return { ok: false, problem: `${name} has no <${format}> root element.` };
  const version = attrs(root).version ?? '';
  const read = format === 'tmx' ? readTmx(root) : version.startsWith('2') ? readXliff2(root) : readXliff1(root);
  if (read.units.length === 0) return { ok: false, problem: `${name} contains no translation units.` };
  const notes = format === 'xliff' && !version.startsWith('2') && !version.startsWith('1') ? [`${name} names no XLIFF version; read as XLIFF 1.2.`] : [];
  return { ok: true, doc: { name, format, text: '', structure: [], notes, units: read.units, langs: read.langs } };
}
