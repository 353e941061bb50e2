// The pipeline calls the viewer makes, over resources loaded once: the same object runs inside the
// worker (exposed with comlink) and on the main thread when no worker can start.
import { pinyin } from 'pinyin-pro';
import type { GlossaryEntry } from '../core/checks/check';
import type { Dictionary } from '../core/lexicon/dictionary';
import { annotateReport, buildBitextFileReport } from '../core/file-report';
import type { InputReaders } from '../core/input/extract-document';
import { buildFirstRows } from '../core/first-rows';
import type { ExtractedDocument, ExtractResult } from '../core/input/extracted';
import { createDictionary } from '../core/lexicon/dictionary';
import type { ZhSegmenter } from '../core/lexicon/tokenize-zh';
import { buildReport, checkAlignment, describeInputProblem, type DocumentInput, type PipelineResources, type Progress } from '../core/pipeline';
import { stemEnglish, tokenizeEnglish } from '../core/lexicon/tokenize-en';
import { tokenizeChinese } from '../core/lexicon/tokenize-zh';
import { simplifyChinese } from '../core/lexicon/simplify-zh';
import type { Flag, Pair, Report, Side } from '../core/types';

/** A Chinese word under the reader's click: its extent in the clause, pinyin and dictionary readings. */
export interface WordInfo {
  word: string;
  start: number;
  end: number;
  pinyin: string;
  entries: { pinyin: string; glosses: string[] }[];
  attribution: string;
}

/** Ranges of words that translate each other in a Chinese and an English text (dictionary matches). */
export interface WordMatches {
  zh: { start: number; end: number }[];
  en: { start: number; end: number }[];
}

/** Hooks of a long run: throttled progress, provisional rows while the dictionary loads, the aligned report before checks. */
export interface RunHooks {
  onProgress?: (p: Progress) => void;
  onAligned?: (partial: Report) => void;
  /**
   * Rows aligned without the dictionary (structure, numbers, names), sent only while the dictionary
   * is still loading: first the top of the document (`complete` false: its pairs cover a prefix of
   * each side), then the whole of it.
   */
  onProvisional?: (partial: Report, complete: boolean) => void;
}

/** What the worker exposes; every method may be awaited across the thread boundary. */
export interface PipelineApi {
  /** Starts loading the dictionary and the segmenter and answers at once (proof the API can take calls). */
  prepare(): Promise<void>;
  /**
   * Rejects with one sentence on unusable input; `glossary` entries (parsed by the caller) feed the checks.
   * Hooks are separate arguments: comlink proxies only top-level callbacks.
   */
  buildReport(
    source: DocumentInput,
    target: DocumentInput,
    onProgress?: RunHooks['onProgress'],
    onAligned?: RunHooks['onAligned'],
    glossary?: GlossaryEntry[],
    onProvisional?: RunHooks['onProvisional'],
  ): Promise<Report>;
  /** Reads a file's bytes through the input layer (text, Markdown, HTML, .docx, PDF, TMX, XLIFF, CSV, TSV). */
  extractFile(bytes: Uint8Array, name: string): Promise<ExtractResult>;
  /** Checks a bilingual file the input layer read (aligned units), without aligning. */
  buildBitextReport(doc: ExtractedDocument, glossary?: GlossaryEntry[]): Promise<Report>;
  /** Flags of `pairs` only (e.g. the pairs a reviewer corrected), with both whole sides as context and the run's glossary. */
  /** Flags of a re-check: `pairs` is the whole alignment, `changed` the pairs a reviewer changed (all when omitted). */
  checkPairs(source: Side, target: Side, pairs: Pair[], glossary?: GlossaryEntry[], changed?: Pair[]): Promise<Flag[]>;
  lookupWord(text: string, offset: number): Promise<WordInfo | null>;
  matchWords(zh: string, en: string): Promise<WordMatches>;
}

/**
 * Rows aligned first, before the rest of the document: a screenful at 1280×800 holds 3 (the seed
 * pair) to about 12 rows. Each row fewer saves work before them (cold, in Node: 16 rows 0.52 s, 10 rows 0.43 s).
 */
const FIRST_SCREEN_ROWS = 10;

// Messages across a worker boundary cost a structured clone each: at most one progress per interval.
const PROGRESS_INTERVAL_MS = 80;

/**
 * Creates the API over a resource loader, which runs once, on first use; the input layer's readers
 * (pdfjs); and `prefetch` (optional), which starts downloads without occupying the thread (prepare()).
 */
export function createPipelineApi(load: () => Promise<PipelineResources>, readers: InputReaders = {}, prefetch?: () => void): PipelineApi {
  let resources: Promise<PipelineResources> | null = null;
  let loaded = false;
  const ready = () => (resources ??= load().then((r) => ((loaded = true), r)));

  return {
    async prepare() {
      // The worker is ready when it answers. With a first run to come, downloads wait for that
      // run's first rows (on two busy cores they only slowed them down); without one, they start now.
      if (!prefetch) ready().catch(() => {});
    },

    async buildReport(source, target, onProgressHook, onAligned, glossary = [], onProvisional) {
      // Unusable input is the user's to fix: one sentence, and no degraded report to misread.
      const problem = describeInputProblem(source, target);
      if (problem) throw new Error(problem);
      // While the dictionary loads, rows aligned on structure, numbers and names alone let the
      // reader start (on the seed pair 87 of its 95 pairs are already the final ones): the first
      // screen as soon as the text is segmented, then, while the dictionary downloads, the whole document.
      let loading: Promise<PipelineResources>;
      if (!loaded && onProvisional) {
        const first = buildFirstRows(source, target, bareResources(), FIRST_SCREEN_ROWS);
        onProvisional(first.report, first.complete);
        loading = ready();
        if (!first.complete) onProvisional(buildReport(source, target, bareResources(), { skipChecks: true }), true);
      } else loading = ready();
      const res = await loading;
      let last = 0;
      let stage = '';
      const onProgress = (p: Progress) => {
        const now = Date.now();
        if (p.stage === stage && p.done < p.total && now - last < PROGRESS_INTERVAL_MS) return;
        stage = p.stage;
        last = now;
        onProgressHook?.({ stage: p.stage, done: p.done, total: p.total });
      };
      // Aligned first, checked second, so the viewer can show rows while the checks run.
      // (The skipped check stage still reports 0/1 and 1/1: hidden, the real one follows.)
      const aligned = buildReport(source, target, res, { onProgress: (p) => p.stage !== 'check' && onProgress(p), skipChecks: true });
      onAligned?.(aligned);
      const checked = checkAlignment(aligned.source, aligned.target, aligned.pairs, res, glossary, (done, total) => onProgress({ stage: 'check', done, total }));
      const report = { ...aligned, flags: checked.flags, notes: [...aligned.notes, ...checked.notes] };
      // Documents read through the input layer say their format and carry their extracted text.
      return isExtracted(source) && isExtracted(target) ? annotateReport(report, source, target) : report;
    },

    async extractFile(bytes, name) {
      // The input layer (HTML, XML, encoding detection) loads on the first file opened, not at boot.
      const { extractDocument } = await import('../core/input/extract-document');
      return extractDocument(bytes, name, readers);
    },

    async buildBitextReport(doc, glossary = []) {
      return buildBitextFileReport(doc, await ready(), { glossary });
    },

    async checkPairs(source, target, pairs, glossary = [], changed) {
      return checkAlignment(source, target, pairs, await ready(), glossary, undefined, changed).flags;
    },

    async lookupWord(text, offset) {
      const res = await ready();
      // Traditional text is looked up through its same-length simplified form; the word shown is the user's.
      const token = tokenizeChinese(simplifyChinese(text), res.zh).find((t) => t.start <= offset && offset < t.end && t.kind !== 'punct');
      if (!token) return null;
      return describeWord(text.slice(token.start, token.end), token.text, token.start, token.end, res.dictionary);
    },

    async matchWords(zh, en) {
      const res = await ready();
      const enTokens = tokenizeEnglish(en).filter((t) => t.kind !== 'punct');
      const byStem = new Map<string, { start: number; end: number }[]>();
      for (const t of enTokens) {
        const stem = t.kind === 'number' ? t.norm : stemEnglish(t.text);
        byStem.set(stem, [...(byStem.get(stem) ?? []), { start: t.start, end: t.end }]);
      }
      const out: WordMatches = { zh: [], en: [] };
      for (const t of tokenizeChinese(simplifyChinese(zh), res.zh)) {
        if (t.kind === 'punct') continue;
        const stems = t.kind === 'word' ? res.dictionary.enStemsOf(t.text) : [t.norm];
        const hits = stems.flatMap((s) => byStem.get(s) ?? []);
        if (hits.length === 0) continue;
        out.zh.push({ start: t.start, end: t.end });
        out.en.push(...hits);
      }
      return out;
    },
  };
}

function isExtracted(doc: DocumentInput): doc is ExtractedDocument {
  return 'format' in doc && Array.isArray((doc as ExtractedDocument).structure);
}

let bare: PipelineResources | null = null;

/** Resources with no dictionary and the browser's own word breaker, for provisional rows. */
function bareResources(): PipelineResources {
  if (bare) return bare;
  const words = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  const zh: ZhSegmenter = { cut: (text) => (words ? [...words.segment(text)].map((w) => w.segment) : [...text]) };
  bare = { dictionary: createDictionary({ format: 'duizhao-cedict-index', version: 1, attribution: '', entries: [] }), zh };
  return bare;
}

function describeWord(word: string, simplified: string, start: number, end: number, dictionary: Dictionary): WordInfo {
  return {
    word,
    start,
    end,
    pinyin: pinyin(simplified, { toneType: 'symbol' }),
    entries: dictionary.lookup(simplified).map((e) => ({ pinyin: e.pinyin, glosses: e.glosses })),
    attribution: dictionary.attribution,
  };
}
