// Test helpers for checks: a CheckContext from a compact pair notation or from the seed gold alignment.
import { readFileSync } from 'node:fs';
import { beforeAll } from 'vitest';
import { loadNodeResources, type NodeResources } from '../../../src/cli/resources';
import { fileURLToPath } from 'node:url';
import type { CheckContext, GlossaryEntry } from '../../../src/core/checks/check';
import type { DictEntry, Dictionary } from '../../../src/core/lexicon/dictionary';
import type { Lang, Pair, Segment, Side } from '../../../src/core/types';

/** Segments of one side of a pair in the notation are separated by this mark: "[甲。¦乙。|A. B.]". */
export const SEGMENT_MARK = '¦';

export interface ContextOptions {
  /** Which report side is Chinese; by default the side of the first bracket that holds Han characters. */
  zhSide?: 'source' | 'target';
  dictionary?: Dictionary;
  glossary?: GlossaryEntry[];
}

/** A tiny in-memory Dictionary: `{ 盐田港: ['Yantian Port'] }`; stems are lowercased gloss words. */
export function fakeDictionary(entries: Record<string, string[]> = {}): Dictionary {
  const rows = new Map<string, DictEntry[]>(
    Object.entries(entries).map(([zh, glosses]) => [zh, [{ zh, pinyin: '', glosses, name: glosses.some((g) => /^\p{Lu}/u.test(g)) }]]),
  );
  const stemsOf = (zh: string) => [...new Set((entries[zh] ?? []).flatMap((g) => g.toLowerCase().split(/[^a-z]+/).filter(Boolean)))];
  return {
    lookup: (w) => rows.get(w) ?? [],
    enStemsOf: (w) => stemsOf(w),
    zhWordsOf: (stem) => Object.keys(entries).filter((zh) => stemsOf(zh).includes(stem)),
    zhNamesOf: (name) => [...rows.values()].flat().filter((e) => e.name && e.glosses.some((g) => g.toLowerCase() === name.toLowerCase())),
    has: (w) => rows.has(w),
    words: () => rows.keys(),
    maxWordLength: Math.max(0, ...Object.keys(entries).map((k) => k.length)),
    size: rows.size,
    attribution: 'test dictionary',
  };
}

/** The numbering label a segment starts with ('（七）', '(7)', '一、', 'IV.', '1.'), as the segmenter would set it. */
export function detectLabel(text: string): string | undefined {
  const m = /^[\s*#>_]*([（(]\s*(?:[0-9]+|[一二三四五六七八九十百]+)\s*[）)]|[一二三四五六七八九十百]+、|[IVXLC]+\.(?=\s)|[0-9]+[.、．](?![0-9]))/.exec(text);
  return m?.[1];
}

const isPart = (label?: string) => !!label && /^(?:[一二三四五六七八九十百]+、|[IVXLC]+\.)$/.test(label);

/** Segments from texts laid out one after another (joined by `sep`) in a synthetic raw text, numbered part.item.sentence. */
export function buildSegments(texts: string[], prefix: 's' | 't', offsets?: number[]): Segment[] {
  let cursor = 0, part = 0, item = 0, sentence = 0;
  return texts.map((text, i) => {
    const start = offsets?.[i] ?? cursor;
    cursor = start + text.length + 1;
    const label = detectLabel(text);
    if (isPart(label)) { part++; sentence = 0; }
    else if (label) { item++; sentence = 0; }
    sentence++;
    const seg: Segment = {
      id: `${prefix}${i + 1}`, start, end: start + text.length, number: `${part}.${item}.${sentence}`,
      text, clean: text.trim(), kind: isPart(label) || (label && text.length < 40) ? 'heading' : 'sentence', block: i,
    };
    if (label) seg.label = label;
    return seg;
  });
}

function contextOf(source: Side, target: Side, pairs: Pair[], zhSide: 'source' | 'target', opts: ContextOptions): CheckContext {
  return {
    source, target, pairs, zhSide,
    dictionary: opts.dictionary ?? fakeDictionary(),
    glossary: opts.glossary ?? [],
    segments: new Map([...source.segments, ...target.segments].map((s) => [s.id, s])),
  };
}

/**
 * A CheckContext from "[盐田港。|Yantai Port.] [乙。|]": one bracket per pair, source text left of '|',
 * target right, several segments of one side split by '¦'. Ids are s1… and t1… in order.
 */
export function pairsFrom(notation: string, opts: ContextOptions = {}): CheckContext {
  const src: string[] = [];
  const tgt: string[] = [];
  const shape: Array<[number, number]> = [];
  for (const m of notation.matchAll(/\[([^\]|]*)\|([^\]]*)\]/g)) {
    const split = (s: string) => s.split(SEGMENT_MARK).map((x) => x.trim()).filter(Boolean);
    const a = split(m[1]);
    const b = split(m[2]);
    shape.push([a.length, b.length]);
    src.push(...a);
    tgt.push(...b);
  }
  const hasHan = (xs: string[]) => xs.some((x) => /\p{Script=Han}/u.test(x));
  const zhSide = opts.zhSide ?? (hasHan(src) || !hasHan(tgt) ? 'source' : 'target');
  const lang = (side: 'source' | 'target'): Lang => (side === zhSide ? 'zh' : 'en');
  const source: Side = { name: 'source.txt', lang: lang('source'), segments: buildSegments(src, 's') };
  const target: Side = { name: 'target.txt', lang: lang('target'), segments: buildSegments(tgt, 't') };
  let i = 0, j = 0;
  const pairs: Pair[] = shape.map(([a, b]) => ({
    source: source.segments.slice(i, (i += a)).map((s) => s.id),
    target: target.segments.slice(j, (j += b)).map((s) => s.id),
    score: 0.9,
  }));
  return contextOf(source, target, pairs, zhSide, opts);
}

interface GoldUnit { start: number; end: number; text: string }
interface Gold { source: string; target: string; zhUnits: GoldUnit[]; enUnits: GoldUnit[]; beads: Array<{ zh: number[]; en: number[] }> }

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The seed pair (Chinese original 000 as source, English 002 as target) aligned by fixtures/seed-gold.json, with raw offsets. */
export function goldContext(opts: ContextOptions = {}): CheckContext {
  const gold = JSON.parse(readFileSync(`${ROOT}fixtures/seed-gold.json`, 'utf8')) as Gold;
  const side = (units: GoldUnit[], prefix: 's' | 't', name: string, lang: Lang): Side => {
    const raw = readFileSync(`${ROOT}seeds/${name}`, 'utf8').replace(/^\uFEFF/, '');
    for (const u of units) if (raw.slice(u.start, u.end) !== u.text) throw new RangeError(`gold unit at ${u.start} does not match ${name}`);
    return { name, lang, segments: buildSegments(units.map((u) => u.text), prefix, units.map((u) => u.start)) };
  };
  const source = side(gold.zhUnits, 's', gold.source, 'zh');
  const target = side(gold.enUnits, 't', gold.target, 'en');
  const pairs: Pair[] = gold.beads.map((b) => ({ source: b.zh.map((k) => `s${k + 1}`), target: b.en.map((k) => `t${k + 1}`), score: 1 }));
  return contextOf(source, target, pairs, 'source', opts);
}

/** The raw text of one side as the offsets describe it: each segment at its start, gaps filled with spaces. */
export function rawText(ctx: CheckContext, side: 'source' | 'target'): string {
  let out = '';
  for (const s of ctx[side].segments) out = out.padEnd(s.start, ' ').slice(0, s.start) + s.text;
  return out;
}

/**
 * For a test file that runs checks with the real dictionary and segmenter: loads them once (beforeAll) and
 * returns `ctxOf`, a context from the pair notation over them, and `res`, the loaded resources.
 */
export function withRealResources(): { ctxOf: (notation: string, zhSide?: 'source' | 'target') => CheckContext; res: () => NodeResources } {
  let res: NodeResources;
  beforeAll(async () => {
    res = await loadNodeResources();
  }, 60_000);
  return {
    ctxOf: (notation, zhSide) => ({ ...pairsFrom(notation, { dictionary: res.dictionary, zhSide }), zh: res.zh }),
    res: () => res,
  };
}
