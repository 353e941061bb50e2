// Composer of the pipeline: decode-free text in, report out. Each stage lives in its own file;
// this one only wires them: clean → segment → features → align → check → report.
import { buildAlignInput } from './align/align-features';
import { alignDocument, type Bead } from './align/align';
import { CHECKS, runChecks, type CheckResult } from './checks/index';
import type { CheckContext, GlossaryEntry } from './checks/check';
import { cleanDocument } from './clean/clean';
import { detectLanguage } from './input/detect-language';
import type { Dictionary } from './lexicon/dictionary';
import { segmentDocument, segmentLines } from './segment/segment';
import type { ZhSegmenter } from './lexicon/tokenize-zh';
import type { Lang, Pair, Report, Segment, Side } from './types';

/** Language resources the pipeline needs, loaded once per process or worker by an adapter. */
export interface PipelineResources {
  dictionary: Dictionary;
  zh: ZhSegmenter;
}

/** One input document: a display name, its decoded text, and its language when the user set it (detected otherwise). */
export interface DocumentInput {
  name: string;
  text: string;
  lang?: Lang;
}

/** The language the user set for a document, or the one detected in its text. */
export function languageOf(doc: DocumentInput): Lang | null {
  return doc.lang === 'zh' || doc.lang === 'en' ? doc.lang : detectLanguage(doc.text);
}

/** Progress of a long run; `done` of `total` units of the named stage. */
export interface Progress {
  stage: 'segment' | 'align' | 'check';
  done: number;
  total: number;
}

export interface PipelineOptions {
  /** Inputs already hold one segment per line: nothing is re-split. */
  segmented?: boolean;
  glossary?: GlossaryEntry[];
  onProgress?: (p: Progress) => void;
  /** Skip the divergence checks (alignment only, e.g. for benchmarks). */
  skipChecks?: boolean;
}

/**
 * One clear sentence saying why two inputs cannot be compared (empty, no letters, same
 * language on both sides), or null when they can.
 */
export function describeInputProblem(source: DocumentInput, target: DocumentInput): string | null {
  const langs: Array<Lang | null> = [];
  for (const [doc, role] of [[source, 'original'], [target, 'translation']] as const) {
    if (doc.text.trim() === '') return `The ${role} (${doc.name}) is empty.`;
    const lang = languageOf(doc);
    if (lang === null) return `The ${role} (${doc.name}) contains no Chinese or English text.`;
    langs.push(lang);
  }
  const [a, b] = langs;
  if (a === b) {
    const name = a === 'zh' ? 'Chinese' : 'English';
    return `Both files are in ${name}: Duizhao compares a Chinese document with its English translation (or the reverse).`;
  }
  return null;
}

/** Segments one side: by the document's own structure, or line by line when already segmented. */
export function segmentSide(doc: DocumentInput, lang: Lang, prefix: string, segmented: boolean): Segment[] {
  return segmented ? segmentLines(doc.text, prefix) : segmentDocument(cleanDocument(doc.text), lang, prefix);
}

/** Report pairs from beads over the Chinese and English segment lists. */
export function beadsToPairs(beads: Bead[], zh: Segment[], en: Segment[], zhIsSource: boolean): Pair[] {
  return beads.map((b) => {
    const z = b.zh.map((i) => zh[i].id);
    const e = b.en.map((j) => en[j].id);
    return { source: zhIsSource ? z : e, target: zhIsSource ? e : z, score: b.score };
  });
}

/** Aligns two already segmented sides (one Chinese, one English) into report pairs. */
export function alignSides(source: Side, target: Side, resources: PipelineResources, onProgress?: (done: number, total: number) => void): { pairs: Pair[]; medianSim: number } {
  const zhIsSource = source.lang === 'zh';
  const zh = zhIsSource ? source.segments : target.segments;
  const en = zhIsSource ? target.segments : source.segments;
  const input = buildAlignInput(zh, en, resources);
  const { beads, medianSim } = alignDocument(input.zh, input.en, input.lex, undefined, true, onProgress);
  return { pairs: beadsToPairs(beads, zh, en, zhIsSource), medianSim };
}

/** Runs every divergence check over aligned sides; `pairs` may be all of them or just those a reviewer changed. */
export function checkAlignment(
  source: Side,
  target: Side,
  pairs: Pair[],
  resources: PipelineResources,
  glossary: GlossaryEntry[] = [],
  onProgress?: (done: number, total: number) => void,
): CheckResult {
  const ctx: CheckContext = {
    source,
    target,
    pairs,
    dictionary: resources.dictionary,
    zh: resources.zh,
    glossary,
    segments: new Map([...source.segments, ...target.segments].map((s) => [s.id, s])),
    zhSide: source.lang === 'zh' ? 'source' : 'target',
  };
  return runChecks(ctx, CHECKS, onProgress);
}

/**
 * Median lexical similarity below which two documents are probably not an original and its
 * translation (measured: 0.39–0.87 for real translations, 0.08–0.25 for unrelated policy texts).
 */
export const UNRELATED_SIMILARITY = 0.3;

/** Segments, aligns and checks an original and its translation (either language order) into a Report. */
export function buildReport(source: DocumentInput, target: DocumentInput, resources: PipelineResources, options: PipelineOptions = {}): Report {
  const notes: string[] = [];
  const progress = options.onProgress ?? (() => {});
  const problem = describeInputProblem(source, target);
  if (problem) notes.push(problem);
  const srcLang = languageOf(source) ?? (target.lang === 'zh' ? 'en' : 'zh');
  // Same-language input still yields a report (degraded, every segment unpaired) rather than a throw.
  const tgtLang: Lang = srcLang === 'zh' ? 'en' : 'zh';
  progress({ stage: 'segment', done: 0, total: 2 });
  const src: Side = { name: source.name, lang: srcLang, segments: segmentSide(source, srcLang, 's', !!options.segmented) };
  progress({ stage: 'segment', done: 1, total: 2 });
  const tgt: Side = { name: target.name, lang: tgtLang, segments: segmentSide(target, tgtLang, 't', !!options.segmented) };
  progress({ stage: 'segment', done: 2, total: 2 });
  progress({ stage: 'align', done: 0, total: 1 });
  const aligned = problem
    ? { pairs: [...src.segments.map((s) => ({ source: [s.id], target: [], score: 0 })), ...tgt.segments.map((t) => ({ source: [], target: [t.id], score: 0 }))], medianSim: 0 }
    : alignSides(src, tgt, resources, (done, total) => progress({ stage: 'align', done, total }));
  if (problem) progress({ stage: 'align', done: 1, total: 1 });
  if (!problem && aligned.pairs.length > 0 && aligned.medianSim < UNRELATED_SIMILARITY) {
    const pct = Math.round(aligned.medianSim * 100);
    notes.push(`The two documents share few words: a typical pair matches ${pct}% of its translatable words (real translations reach 40–90%). They may not be an original and its translation.`);
  }
  const pairs = aligned.pairs;
  const checked =
    problem || options.skipChecks
      ? { flags: [], notes: [] }
      : checkAlignment(src, tgt, pairs, resources, options.glossary, (done, total) => progress({ stage: 'check', done, total }));
  return {
    format: 'duizhao-report',
    version: 1,
    source: src,
    target: tgt,
    pairs,
    flags: checked.flags,
    notes: [...notes, ...checked.notes],
    stats: { medianSimilarity: Math.round(aligned.medianSim * 1000) / 1000 },
  };
}
