// Composer of the pipeline: decode-free text in, report out. Each stage lives in its own file;
// this one only wires them: clean → segment → features → align → check → report.
import { buildAlignInput } from './align/align-features';
import { alignDocument, type Bead } from './align/align';
import { analyzeDocument } from './analyze/analyze';
import { CHECKS, runChecks, type CheckResult } from './checks/index';
import type { CheckContext, GlossaryEntry } from './checks/check';
import { cleanDocument } from './clean/clean';
import { readFrontMatter } from './clean/clean-front-matter';
import { simplifyChinese } from './lexicon/simplify-zh';
import { restoreUserText, simplifiedSide } from './simplified-view';
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

/** One input document: a display name, its decoded text, and notes from reading it (e.g. decoding). */
export interface DocumentInput {
  name: string;
  text: string;
  /** What reading the file found (a guessed encoding, damaged bytes); copied into the report's notes. */
  notes?: string[];
  /** The language the user set for it; detected from its text when absent. */
  lang?: Lang;
}

/** The language the user set for a document, or the one detected in its body (front matter keys are English whatever the document). */
export function languageOf(doc: DocumentInput): Lang | null {
  return doc.lang === 'zh' || doc.lang === 'en' ? doc.lang : detectLanguage(doc.text.slice(readFrontMatter(doc.text).bodyStart));
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
    // Front matter keys are English words whatever the language of the document, so the language
    // is read from the body; a body with no letters is a file of metadata only.
    const { bodyStart } = readFrontMatter(doc.text);
    const body = doc.text.slice(bodyStart);
    const lang = doc.lang ?? detectLanguage(body);
    if (lang === null && bodyStart > 0) return `The ${role} (${doc.name}) contains no text after its metadata.`;
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

// Cleaning notes that account for text left out of the segments (metadata, dropped lines); the
// others (Markdown markers removed, lines joined) change no text a reader would miss.
const LEFT_OUT = /^(?:read lines? .* as metadata|dropped |no text )/;

/**
 * Segments one side: by the document's own structure, or line by line when already segmented;
 * pushes onto `notes` (prefixed with the document's name) every line cleaning left out, by number.
 */
export function segmentSide(doc: DocumentInput, lang: Lang, prefix: string, segmented: boolean, notes: string[] = []): Segment[] {
  // Chinese is cleaned and split through its simplified form (第三條 is numbered like 第三条, 並且
  // continues a sentence like 并且), which has the user's length, so every offset and toRaw entry
  // holds; segment texts are then cut from the user's own text and only `clean` stays simplified.
  const lookup = lang === 'zh' ? simplifyChinese(doc.text) : doc.text;
  if (segmented) return segmentLines(doc.text, prefix).map((s) => (lookup === doc.text ? s : { ...s, clean: lookup.slice(s.start, s.end) }));
  const clean = { ...cleanDocument(lookup), raw: doc.text };
  for (const note of clean.notes) if (LEFT_OUT.test(note)) notes.push(`${doc.name}: ${note}`);
  return segmentDocument(clean, lang, prefix);
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

/**
 * Runs the analysis stage and every divergence check over aligned sides. `pairs` is the whole alignment;
 * `changed`, when given, names the pairs a reviewer changed: pair checks then look at those alone and
 * document checks at everything (see CHECKS' scopes), so merging the result loses and repeats nothing.
 */
export function checkAlignment(
  source: Side,
  target: Side,
  pairs: Pair[],
  resources: PipelineResources,
  glossary: GlossaryEntry[] = [],
  onProgress?: (done: number, total: number) => void,
  changed?: readonly Pair[],
): CheckResult {
  // The checks read Chinese through its simplified form (same offsets); their flags are then put
  // back into the user's characters.
  const user = [source, target];
  const zhSide = source.lang === 'zh' ? 'source' : 'target';
  if (source.lang === 'zh') source = simplifiedSide(source);
  else target = simplifiedSide(target);
  const base = {
    source,
    target,
    pairs,
    dictionary: resources.dictionary,
    zh: resources.zh,
    glossary,
    segments: new Map([...source.segments, ...target.segments].map((s) => [s.id, s])),
    zhSide,
  } as const;
  // Changed pairs are matched by their segments: across a worker boundary they are copies, not the same objects.
  const keyOf = (p: Pair) => `${p.source.join(',')}|${p.target.join(',')}`;
  const changedKeys = changed ? new Set(changed.map(keyOf)) : null;
  const only = changedKeys ? new Set(pairs.filter((p) => changedKeys.has(keyOf(p)))) : undefined;
  const ctx: CheckContext = { ...base, analysis: analyzeDocument(base), only };
  const result = runChecks(ctx, CHECKS, onProgress);
  if (source === user[0] && target === user[1]) return result;
  return { ...result, flags: restoreUserText(result.flags, user, [source, target]) };
}

/**
 * Median lexical similarity below which two documents are probably not an original and its
 * translation (measured: 0.39–0.87 for real translations, 0.08–0.25 for unrelated policy texts).
 */
export const UNRELATED_SIMILARITY = 0.3;

/** Segments, aligns and checks an original and its translation (either language order) into a Report. */
export function buildReport(source: DocumentInput, target: DocumentInput, resources: PipelineResources, options: PipelineOptions = {}): Report {
  const notes: string[] = [source, target].flatMap((doc) => (doc.notes ?? []).map((n) => `${doc.name}: ${n}`));
  const progress = options.onProgress ?? (() => {});
  const problem = describeInputProblem(source, target);
  if (problem) notes.push(problem);
  const srcLang = languageOf(source) ?? (target.lang === 'zh' ? 'en' : 'zh');
  // Same-language input still yields a report (degraded, every segment unpaired) rather than a throw.
  const tgtLang: Lang = srcLang === 'zh' ? 'en' : 'zh';
  progress({ stage: 'segment', done: 0, total: 2 });
  const src: Side = { name: source.name, lang: srcLang, segments: segmentSide(source, srcLang, 's', !!options.segmented, notes) };
  progress({ stage: 'segment', done: 1, total: 2 });
  const tgt: Side = { name: target.name, lang: tgtLang, segments: segmentSide(target, tgtLang, 't', !!options.segmented, notes) };
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
