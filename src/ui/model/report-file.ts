// Reads a duizhao-report JSON file (REPORT-FORMAT.md, as the CLI's `--format json` writes it) back
// into a Report the viewer can show without running the pipeline. Fields the format does not
// require (a segment's `clean`, `kind`, `block`; a flag's `id`, `evidence`) get neutral defaults.
import type { Evidence, Flag, Lang, Pair, Report, Segment, Side } from '../../core/types';

const SEVERITIES = new Set(['critical', 'major', 'minor', 'info']);
const LANGS = new Set(['zh', 'en']);

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIndex = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isIdList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** A problem found while reading, already one sentence for the reader. */
class ReportProblem extends Error {}

function fail(message: string): never {
  throw new ReportProblem(message);
}

function readSide(v: unknown, role: 'source' | 'target'): Side {
  const title = role === 'source' ? 'original' : 'translation';
  if (!isObject(v) || !Array.isArray(v.segments)) fail(`The report has no segments for the ${title}.`);
  if (!LANGS.has(v.lang as string)) fail(`The report does not say whether the ${title} is Chinese or English (lang "zh" or "en").`);
  const segments = v.segments.map((s, i): Segment => {
    if (!isObject(s) || typeof s.id !== 'string' || typeof s.text !== 'string' || !isIndex(s.start) || !isIndex(s.end) || s.end < s.start) {
      fail(`Segment ${i + 1} of the ${title} lacks an id, a text, or a start and end offset.`);
    }
    return {
      ...s,
      id: s.id,
      start: s.start,
      end: s.end,
      text: s.text,
      number: typeof s.number === 'string' ? s.number : '',
      clean: typeof s.clean === 'string' ? s.clean : s.text,
      kind: s.kind === 'heading' || s.kind === 'table-row' ? s.kind : 'sentence',
      block: isIndex(s.block) ? s.block : 0,
    } as Segment;
  });
  return { name: typeof v.name === 'string' && v.name ? v.name : `${title}.txt`, lang: v.lang as Lang, segments };
}

function readPairs(v: unknown, ids: Map<string, 'source' | 'target'>): Pair[] {
  if (!Array.isArray(v)) fail('The report has no list of pairs.');
  const used = new Set<string>();
  const pairs = v.map((p, i): Pair => {
    if (!isObject(p) || !isIdList(p.source) || !isIdList(p.target)) fail(`Pair ${i + 1} of the report does not list its segments.`);
    for (const [role, list] of [['source', p.source], ['target', p.target]] as const) {
      for (const id of list) {
        if (ids.get(id) !== role) fail(`Pair ${i + 1} of the report names a segment "${id}" that its ${role === 'source' ? 'original' : 'translation'} does not have.`);
        if (used.has(id)) fail(`Segment "${id}" appears in more than one pair of the report.`);
        used.add(id);
      }
    }
    return { source: p.source, target: p.target, score: typeof p.score === 'number' ? Math.max(0, Math.min(1, p.score)) : 0 };
  });
  // Corrections assume every segment sits in exactly one pair (REPORT-FORMAT.md says so too).
  const missing = [...ids.keys()].find((id) => !used.has(id));
  if (missing !== undefined) fail(`Segment "${missing}" is in no pair of the report.`);
  return pairs;
}

function readFlags(v: unknown, ids: Map<string, 'source' | 'target'>): Flag[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) fail('The report\'s flags are not a list.');
  return v.map((f, i): Flag => {
    const known = (list: unknown) => isIdList(list) && list.every((id) => ids.has(id));
    if (!isObject(f) || typeof f.type !== 'string' || !SEVERITIES.has(f.severity as string) || typeof f.message !== 'string' || !known(f.source) || !known(f.target)) {
      fail(`Flag ${i + 1} of the report lacks a type, a severity, a message, or segments the report has.`);
    }
    const evidence = Array.isArray(f.evidence)
      ? (f.evidence as unknown[]).filter((e): e is Evidence => isObject(e) && ids.has(e.segment as string) && isIndex(e.start) && isIndex(e.end) && typeof e.text === 'string')
      : [];
    return { ...(f as unknown as Flag), id: typeof f.id === 'string' ? f.id : `f${i + 1}`, evidence };
  });
}

/** Reads report JSON text into a Report, or returns one sentence saying why it is not a usable duizhao-report. */
export function parseReportFile(text: string): Report | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return 'This file is not a Duizhao report (it is not JSON).';
  }
  if (!isObject(data) || data.format !== 'duizhao-report') return 'This file is not a Duizhao report (format "duizhao-report").';
  if (data.version !== 1) return `This report is version ${String(data.version)}; this viewer reads version 1.`;
  try {
    const source = readSide(data.source, 'source');
    const target = readSide(data.target, 'target');
    const ids = new Map<string, 'source' | 'target'>();
    for (const [role, side] of [['source', source], ['target', target]] as const) {
      for (const s of side.segments) {
        if (ids.has(s.id)) fail(`Segment id "${s.id}" is used twice in the report.`);
        ids.set(s.id, role);
      }
    }
    if (source.segments.length + target.segments.length === 0) fail('The report has no segments.');
    const pairs = readPairs(data.pairs, ids);
    const flags = readFlags(data.flags, ids);
    const notes = Array.isArray(data.notes) ? data.notes.filter((n): n is string => typeof n === 'string') : [];
    return { ...(data as unknown as Report), source, target, pairs, flags, notes };
  } catch (e) {
    if (e instanceof ReportProblem) return e.message;
    throw e;
  }
}
