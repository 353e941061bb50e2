// Word's automatic list numbering, computed from word/numbering.xml, styles.xml and document.xml:
// mammoth keeps only "ordered or not" and the level, while a translation check needs the label
// Word shows ("（一）", "1.2", "Article 3"), which is part of the document's own numbering.
import { XMLParser } from 'fast-xml-parser';
import { formatCounter } from './number-formats';

/** An ordered XML node as fast-xml-parser's preserveOrder mode returns it. */
type XNode = Record<string, unknown> & { ':@'?: Record<string, string> };

interface Level {
  fmt: string;
  text: string;
  start: number;
  /** ECMA-376 w:lvlRestart: restart after a level at or above this (1-based) appears; 0 never. */
  restart?: number;
  legal: boolean;
  suffix: string;
}

interface NumDef {
  abstractId: string;
  starts: Map<number, number>;
  /** Levels a w:num replaces entirely (w:lvlOverride/w:lvl). */
  levels: Map<number, Level>;
}

/** One paragraph of document.xml in order: its plain text and, when numbered, the label Word shows. */
export interface NumberedParagraph {
  text: string;
  label: string | null;
  level: number;
}

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, processEntities: true });

function tagOf(node: XNode): string {
  for (const k of Object.keys(node)) if (k !== ':@') return k;
  return '';
}
function kids(node: XNode): XNode[] {
  const v = node[tagOf(node)];
  return Array.isArray(v) ? (v as XNode[]) : [];
}
function attrs(node: XNode): Record<string, string> {
  return node[':@'] ?? {};
}
function child(node: XNode | undefined, tag: string): XNode | undefined {
  return node ? kids(node).find((k) => tagOf(k) === tag) : undefined;
}
function val(node: XNode | undefined, tag: string): string | undefined {
  return attrs(child(node, tag) ?? {})['w:val'];
}
function* descendants(nodes: XNode[], tag: string): Generator<XNode> {
  for (const n of nodes) {
    if (tagOf(n) === tag) yield n;
    else yield* descendants(kids(n), tag);
  }
}

function readLevel(lvl: XNode): Level {
  const suff = val(lvl, 'w:suff');
  return {
    fmt: val(lvl, 'w:numFmt') ?? 'decimal',
    text: val(lvl, 'w:lvlText') ?? '',
    start: Number(val(lvl, 'w:start') ?? '1'),
    restart: val(lvl, 'w:lvlRestart') === undefined ? undefined : Number(val(lvl, 'w:lvlRestart')),
    legal: child(lvl, 'w:isLgl') !== undefined,
    suffix: suff === 'nothing' ? '' : ' ',
  };
}

function readNumbering(xml: string | null) {
  const abstracts = new Map<string, Map<number, Level>>();
  const nums = new Map<string, NumDef>();
  const styleLinks = new Map<string, string>();
  if (!xml) return { abstracts, nums, styleLinks };
  const root = parser.parse(xml) as XNode[];
  for (const a of descendants(root, 'w:abstractNum')) {
    const levels = new Map<number, Level>();
    for (const lvl of kids(a).filter((k) => tagOf(k) === 'w:lvl')) levels.set(Number(attrs(lvl)['w:ilvl'] ?? '0'), readLevel(lvl));
    const link = val(a, 'w:numStyleLink');
    if (link) styleLinks.set(attrs(a)['w:abstractNumId'], link);
    abstracts.set(attrs(a)['w:abstractNumId'], levels);
  }
  for (const n of descendants(root, 'w:num')) {
    const def: NumDef = { abstractId: val(n, 'w:abstractNumId') ?? '', starts: new Map(), levels: new Map() };
    for (const o of kids(n).filter((k) => tagOf(k) === 'w:lvlOverride')) {
      const ilvl = Number(attrs(o)['w:ilvl'] ?? '0');
      const start = val(o, 'w:startOverride');
      if (start !== undefined) def.starts.set(ilvl, Number(start));
      const lvl = child(o, 'w:lvl');
      if (lvl) def.levels.set(ilvl, readLevel(lvl));
    }
    nums.set(attrs(n)['w:numId'], def);
  }
  return { abstracts, nums, styleLinks };
}

interface StyleNum {
  numId?: string;
  ilvl?: number;
  basedOn?: string;
}

function readStyles(xml: string | null): Map<string, StyleNum> {
  const styles = new Map<string, StyleNum>();
  if (!xml) return styles;
  for (const s of descendants(parser.parse(xml) as XNode[], 'w:style')) {
    const numPr = child(child(s, 'w:pPr'), 'w:numPr');
    const ilvl = val(numPr, 'w:ilvl');
    styles.set(attrs(s)['w:styleId'], { numId: val(numPr, 'w:numId'), ilvl: ilvl === undefined ? undefined : Number(ilvl), basedOn: val(s, 'w:basedOn') });
  }
  return styles;
}

function paragraphText(p: XNode): string {
  let out = '';
  const visit = (nodes: XNode[]): void => {
    for (const n of nodes) {
      const tag = tagOf(n);
      if (tag === 'w:t') out += kids(n).map((k) => String((k as Record<string, unknown>)['#text'] ?? '')).join('');
      else if (tag === 'w:tab') out += '\t';
      else if (tag === 'w:del' || tag === 'w:pPr' || tag === 'w:rPr' || tag === 'w:instrText') continue;
      else visit(kids(n));
    }
  };
  visit(kids(p));
  return out;
}

/**
 * Every paragraph of document.xml in reading order with the label Word's automatic numbering
 * gives it (direct w:numPr, else its style's); counters follow ECMA-376: per abstract list, a
 * level restarts when a higher level appears, w:startOverride restarts a list instance.
 */
export function computeParagraphNumbers(documentXml: string, numberingXml: string | null, stylesXml: string | null): NumberedParagraph[] {
  const { abstracts, nums, styleLinks } = readNumbering(numberingXml);
  const styles = readStyles(stylesXml);
  const counters = new Map<string, number[]>();
  const startedNums = new Set<string>();
  const out: NumberedParagraph[] = [];

  const styleNum = (styleId: string | undefined): StyleNum => {
    const seen = new Set<string>();
    for (let id = styleId; id && !seen.has(id); id = styles.get(id)?.basedOn) {
      seen.add(id);
      const s = styles.get(id);
      if (s?.numId !== undefined) return s;
    }
    return {};
  };
  const levelsOf = (num: NumDef): Map<number, Level> | undefined => {
    let levels = abstracts.get(num.abstractId);
    const link = styleLinks.get(num.abstractId);
    // A list style (w:numStyleLink) points to the numbering its style carries.
    if (link) {
      const linked = styles.get(link)?.numId;
      const target = linked ? nums.get(linked) : undefined;
      if (target) levels = abstracts.get(target.abstractId) ?? levels;
    }
    return levels;
  };

  const body = parser.parse(documentXml) as XNode[];
  for (const p of descendants(body, 'w:p')) {
    const pPr = child(p, 'w:pPr');
    const numPr = child(pPr, 'w:numPr');
    const fromStyle = styleNum(val(pPr, 'w:pStyle'));
    const numId = val(numPr, 'w:numId') ?? fromStyle.numId;
    const ilvlRaw = val(numPr, 'w:ilvl');
    const ilvl = ilvlRaw !== undefined ? Number(ilvlRaw) : (fromStyle.ilvl ?? 0);
    const text = paragraphText(p);
    const num = numId && numId !== '0' ? nums.get(numId) : undefined;
    const levels = num ? levelsOf(num) : undefined;
    const level = num && (num.levels.get(ilvl) ?? levels?.get(ilvl));
    if (!num || !levels || !level) {
      out.push({ text, label: null, level: 0 });
      continue;
    }
    const levelAt = (k: number) => num.levels.get(k) ?? levels.get(k);
    const key = num.abstractId;
    let c = counters.get(key);
    if (!c) counters.set(key, (c = []));
    if (!startedNums.has(numId!)) {
      startedNums.add(numId!);
      // A w:startOverride makes this w:num a fresh list instance from that value.
      for (const [k, start] of num.starts) c[k] = start - 1;
      if (num.starts.size > 0) c.length = Math.max(...num.starts.keys()) + 1;
    }
    for (let k = 0; k < ilvl; k++) if (c[k] === undefined) c[k] = levelAt(k)?.start ?? 1;
    c[ilvl] = c[ilvl] === undefined ? level.start : c[ilvl] + 1;
    for (let k = ilvl + 1; k < c.length; k++) {
      const r = levelAt(k)?.restart;
      if (r === undefined || (r > 0 && ilvl < r)) c[k] = undefined as unknown as number;
    }
    let label: string;
    if (level.fmt === 'bullet') label = '-';
    else
      label = level.text.replace(/%([1-9])/g, (_, d: string) => {
        const k = Number(d) - 1;
        const lv = levelAt(k);
        return formatCounter(c![k] ?? lv?.start ?? 1, level.legal ? 'decimal' : (lv?.fmt ?? 'decimal'));
      });
    out.push({ text, label: label === '' ? null : label + level.suffix, level: ilvl });
  }
  return out;
}
