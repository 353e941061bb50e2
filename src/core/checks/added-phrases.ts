// Words the translation adds as an item of their own ('and wearing masks', 'and their dependent family
// members'): two or more content words in a row that no word of the original pair links to, each of
// which the dictionary can put Chinese to, and none of whose Chinese the original holds here. Part of
// the addition check. Unlinked words alone are no evidence (free renderings leave runs
// dark: 先行先试 'pioneering efforts'); the dictionary's Chinese for every one of them being absent is.
import { analysisOf, pairAnalysisOf, type AnalyzedWord } from '../analyze/analyze';
import type { Pair, Segment } from '../types';
import { chineseAround, pairSides, type CheckContext } from './check';

/** Pairs on either side whose Chinese may hold what the run renders (a clause aligned one sentence off). */
export const PHRASE_REACH = 1;
// What ends a run: sentence punctuation and brackets (a list's commas do not: 'drugs, devices and hearing aids').
const RUN_BREAK = /[.;:!?()（）]/u;
// What opens and closes an item of a coordination.
const ITEM_START = /(?:,|\band\b|\bor\b|\bwith\b|\bas well as\b)[^,]*$/iu;
const ITEM_END = /^[^\p{L}]*$|^\s*(?:[,.;:!?)]|and\b|or\b|to\b)/iu;

/** A run of added words of an English segment; `start`/`end` index the segment's text. */
export interface AddedPhrase { seg: Segment; start: number; end: number; words: string[] }

/** Runs of consecutive unlinked words of one segment whose Chinese is absent, split where other words or sentence punctuation stand between. */
function darkRuns(seg: Segment, words: AnalyzedWord[], absent: (w: AnalyzedWord) => boolean): AnalyzedWord[][] {
  const runs: AnalyzedWord[][] = [];
  let run: AnalyzedWord[] = [];
  for (const w of words) {
    const prev = run[run.length - 1];
    const dark = !w.linked && absent(w);
    if (!dark || (prev && RUN_BREAK.test(seg.text.slice(prev.end, w.start)))) {
      if (run.length > 0) runs.push(run);
      run = dark ? [w] : [];
    } else run.push(w);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * Runs of two or more unlinked, uncapitalised content words of the translation of `pair`, each with
 * Chinese in the dictionary none of which the Chinese of this pair or of PHRASE_REACH pairs around it
 * holds, one at least beyond the reach of the whole document's Chinese, standing as an item of a
 * coordination, where both sides of the rest of the pair are linked at least as well as the document's
 * typical pair. Empty where the English is the original.
 */
export function addedPhrases(ctx: CheckContext, pair: Pair): AddedPhrase[] {
  // English words the Chinese lacks are additions only where the English is the translation.
  const a = ctx.zhSide === 'source' ? pairAnalysisOf(ctx, pair) : null;
  if (!a) return [];
  const { en } = pairSides(ctx, pair);
  const near = chineseAround(ctx, pair, PHRASE_REACH);
  // Stems the pair's Chinese words may translate to: a word sharing its first five letters with one
  // ('religious' beside 宗教 'religion') is a rendering the stemmer kept apart, not an addition.
  const stems = a.zh.flatMap((w) => w.stems).filter((x) => x.length >= 5).map((x) => x.slice(0, 5));
  const absent = (w: AnalyzedWord) => {
    if (/^\p{Lu}/u.test(w.text) || stems.includes(w.key.slice(0, 5))) return false;
    const zh = ctx.dictionary.zhWordsOf(w.key);
    return zh.length > 0 && !zh.some((z) => near.includes(z));
  };
  // The original must be rendered closely too: nothing of it left over that the run could stand for.
  if (!(a.coverage.zh >= analysisOf(ctx).norms.coverage.zh)) return [];
  const out: AddedPhrase[] = [];
  for (const seg of en) {
    const words = a.en.filter((w) => w.segment === seg.id);
    for (const run of darkRuns(seg, words, absent)) {
      // One word of the run at least no Chinese word of the whole document reaches ('masks' in a text that never has 口罩).
      if (run.length < 2 || run.every((w) => w.translatable)) continue;
      // A whole item of a coordination ('…, and wearing masks', 'grasslands, mines,'), not words inside a reworded clause.
      const k = words.indexOf(run[0]);
      const last = words.indexOf(run[run.length - 1]);
      const before = seg.text.slice(k > 0 ? words[k - 1].end : 0, run[0].start);
      const after = seg.text.slice(run[run.length - 1].end, last + 1 < words.length ? words[last + 1].start : seg.text.length);
      if (!ITEM_START.test(before) || !ITEM_END.test(after)) continue;
      const rest = a.en.filter((w) => w.translatable && !run.includes(w));
      if (rest.length < 4 || !(rest.filter((w) => w.linked).length / rest.length >= analysisOf(ctx).norms.coverage.en)) continue;
      out.push({ seg, start: run[0].start, end: run[run.length - 1].end, words: run.map((w) => w.text) });
    }
  }
  return out;
}
