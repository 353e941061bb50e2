// The rows of a first screen, before the whole document is aligned: both sides segmented in full,
// then only the head of each side aligned. What the viewer shows while the rest is still running.
import { alignDocument } from './align/align';
import { buildAlignInput } from './align/align-features';
import { beadsToPairs, buildReport, describeInputProblem, languageOf, segmentSide, type DocumentInput, type PipelineResources } from './pipeline';
import type { Lang, Pair, Report, Segment, Side } from './types';

/** A report whose pairs cover only the head of each side (`complete` when that head is the whole document). */
export interface FirstRows {
  report: Report;
  complete: boolean;
}

// The head aligned is this many times the rows kept: its tail, where the cut may fall inside a
// translated passage, is aligned but thrown away.
const HEAD_FACTOR = 1.6;

/**
 * How many English units cover the same share of the text as the first `k` Chinese units. No more:
 * the aligner learns the length ratio from the units it gets, and a longer English head would
 * make it favour one-to-two pairs.
 */
function matchingHead(zh: Segment[], en: Segment[], k: number): number {
  const total = (segs: Segment[], upTo = segs.length) => segs.slice(0, upTo).reduce((s, x) => s + x.clean.length, 0);
  const share = total(zh, k) / Math.max(1, total(zh));
  const want = share * total(en);
  let j = 0;
  for (let len = 0; j < en.length && len < want; j++) len += en[j].clean.length;
  return Math.min(en.length, j);
}

/**
 * Segments both documents and aligns about `rows` rows from the top (skipping checks): the pairs
 * cover a prefix of each side, in order, and nothing after it. Falls back to the whole run when the
 * documents are short or cannot be compared, and then says `complete`.
 */
export function buildFirstRows(source: DocumentInput, target: DocumentInput, resources: PipelineResources, rows: number): FirstRows {
  if (!Number.isInteger(rows) || rows < 1) throw new RangeError(`rows must be a positive integer, got ${rows}`);
  const srcLang = languageOf(source);   const head = Math.ceil(rows * HEAD_FACTOR);
  if (describeInputProblem(source, target) || srcLang === null) return { report: buildReport(source, target, resources, { skipChecks: true }), complete: true };
  const tgtLang: Lang = srcLang === 'zh' ? 'en' : 'zh';
  const notes: string[] = [];
  const src: Side = { name: source.name, lang: srcLang, segments: segmentSide(source, srcLang, 's', false, notes) };
  const tgt: Side = { name: target.name, lang: tgtLang, segments: segmentSide(target, tgtLang, 't', false, notes) };
  const zhIsSource = srcLang === 'zh';
  const zh = zhIsSource ? src.segments : tgt.segments;
  const en = zhIsSource ? tgt.segments : src.segments;
  if (zh.length <= head && en.length <= head) return { report: buildReport(source, target, resources, { skipChecks: true }), complete: true };
  const k = Math.min(zh.length, head);
  const zhHead = zh.slice(0, k);
  const enHead = en.slice(0, matchingHead(zh, en, k));
  const input = buildAlignInput(zhHead, enHead, resources);
  const { beads } = alignDocument(input.zh, input.en, input.lex, undefined, true);
    // Keep beads from the top until one reaches into the head's tail on either side.
  const zhLimit = Math.min(zhHead.length, Math.ceil(zhHead.length / HEAD_FACTOR));
  const enLimit = Math.min(enHead.length, Math.ceil(enHead.length / HEAD_FACTOR));
  const kept = [];
  for (const b of beads) {
    if (b.zh.some((i) => i >= zhLimit) || b.en.some((j) => j >= enLimit)) break;
    kept.push(b);
  }
  const pairs: Pair[] = beadsToPairs(kept, zhHead, enHead, zhIsSource);
  return { report: { format: 'duizhao-report', version: 1, source: src, target: tgt, pairs, flags: [], notes }, complete: false };
}
