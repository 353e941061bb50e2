// One Chinese term rendered two ways in one document ('comprehensive reform pilot' here, 'pilot
// comprehensive reform' there), and glossary terms whose required English is not used.
import { enContentWords, zhContentWords, zhStemsOf } from '../analyze/lexical-match';
import { stemEnglish } from '../lexicon/tokenize-en';
import type { Evidence, Pair, Segment } from '../types';
import { pairSides, taggedWordsOf, type Check, type CheckContext, type FlagDraft } from './check';

/** One place a term occurs, with the run of English words that renders it there. */
interface Occurrence {
  pair: Pair;
  zhSeg: Segment;
  zhStart: number;
  enSeg: Segment;
  enStart: number;
  enEnd: number;
  /** Stems of the rendering in order: 'comprehens reform pilot'. */
  key: string;
  surface: string;
  /** Content words that run on right after the rendering, joined by spaces or hyphens only ('Big Bay Region'). */
  next: Array<{ text: string; stem: string; end: number }>;
}

// A term needs this many rendered occurrences before a majority rendering means anything.
const MIN_OCCURRENCES = 3;

function sideOfLang(ctx: CheckContext, lang: 'zh' | 'en'): 'source' | 'target' {
  return (lang === 'zh') === (ctx.zhSide === 'source') ? 'source' : 'target';
}

/**
 * Runs of two or more consecutive English content words (within one segment) that all translate
 * the term: its renderings in this pair.
 */
type Rendering = { seg: Segment; start: number; end: number; key: string; next: Occurrence['next'] };

// Longest run-on read after a rendering: enough for a changed tail ('Big Bay Region'), not a clause.
const MAX_NEXT = 4;

/** An English segment with its content words, read once per pair for all of the pair's terms. */
type WordedSegment = { seg: Segment; words: ReturnType<typeof enContentWords> };

function renderingsIn(enSegs: WordedSegment[], stems: Set<string>): Rendering[] {
  const out: Rendering[] = [];
  for (const { seg, words } of enSegs) {
    let i = 0;
    while (i < words.length) {
      if (!stems.has(words[i].stem)) {
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < words.length && stems.has(words[j + 1].stem)) j++;
      if (j > i) {
        const run = words.slice(i, j + 1);
        const next: Occurrence['next'] = [];
        let end = run[j - i].start + run[j - i].text.length;
        for (let k = j + 1; k < words.length && next.length < MAX_NEXT && /^[\s-]+$/.test(seg.text.slice(end, words[k].start)); k++) {
          end = words[k].start + words[k].text.length;
          next.push({ text: words[k].text, stem: words[k].stem, end });
        }
        out.push({ seg, start: run[0].start, end: run[j - i].start + run[j - i].text.length, key: run.map((w) => w.stem).join(' '), next });
      }
      i = j + 1;
    }
  }
  return out;
}

/** A word that can be a term: two or more Han characters. */
const isTerm = (word: string) => word.length >= 2 && /^\p{Script=Han}+$/u.test(word);

/** A place a term occurs whose pair has no run of words that translate it. */
interface BareOccurrence { pair: Pair; zhSeg: Segment; zhStart: number; en: Segment[] }

/**
 * Occurrences of every repeated multi-character Chinese term that has a multi-word rendering in its
 * pair (`byTerm`), and the places a term occurs with no such rendering (`bare`).
 */
function collectOccurrences(ctx: CheckContext): { byTerm: Map<string, Occurrence[]>; bare: Map<string, BareOccurrence[]> } {
  const byTerm = new Map<string, Occurrence[]>();
  const bare = new Map<string, BareOccurrence[]>();
  for (const pair of ctx.pairs) {
    const { zh, en } = pairSides(ctx, pair);
    if (zh.length === 0 || en.length === 0) continue;
    const enWords = en.map((seg) => ({ seg, words: enContentWords(seg.text) }));
    const seen = new Set<string>();
    const zhWords = zh.map((seg) => ({ seg, words: zhContentWords(seg.text, ctx) }));
    // The pair's terms with their stems, read once for every term's renderings below.
    const terms = new Map<string, Set<string>>();
    for (const { words } of zhWords) for (const w of words) if (isTerm(w.text) && !terms.has(w.text)) terms.set(w.text, new Set(zhStemsOf(w.text, ctx.dictionary)));
    for (const { seg: zhSeg, words } of zhWords) {
      for (const w of words) {
        if (!isTerm(w.text) || seen.has(w.text)) continue;
        seen.add(w.text);
        const stems = terms.get(w.text)!;
        // A term that occurs twice in a pair cannot be told apart from its twin; take the fullest rendering
        // (the first of the longest), since a shorter run is often a neighbouring term ('Guangdong-Hong
        // Kong-Macao cooperation' before '… Greater Bay Area').
        // A run that another word of the pair renders in full is that word's ('Hong Kong' of 香港联合交易所, not of 粤港澳大湾区).
        const others = [...terms].filter(([o]) => !o.includes(w.text) && !w.text.includes(o)).map(([, o]) => o);
        const own = (x: Rendering) => !others.some((o) => x.key.split(' ').every((k) => o.has(k)));
        const r = renderingsIn(enWords, stems).filter(own).reduce<Rendering | undefined>((best, x) => (!best || x.key.split(' ').length > best.key.split(' ').length ? x : best), undefined);
        if (!r) {
          // Appended in place: copying the list for every occurrence made a frequent term's cost quadratic.
          const places = bare.get(w.text);
          if (places) places.push({ pair, zhSeg, zhStart: w.start, en });
          else bare.set(w.text, [{ pair, zhSeg, zhStart: w.start, en }]);
          continue;
        }
        const occ: Occurrence = {
          pair, zhSeg, zhStart: w.start, enSeg: r.seg, enStart: r.start, enEnd: r.end, key: r.key,
          surface: r.seg.text.slice(r.start, r.end), next: r.next,
        };
        const list = byTerm.get(w.text);
        if (list) list.push(occ);
        else byTerm.set(w.text, [occ]);
      }
    }
  }
  return { byTerm, bare };
}

/** Whether one rendering is the other with words left out, in the same order ('reform pilot' of 'comprehensive reform pilot'). */
function isShortening(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let k = 0;
  for (const w of long) if (w === short[k]) k++;
  return k === short.length && short.length < long.length;
}

/**
 * Whether a shortened rendering goes on in other words where the usual one goes on: 'Guangdong-Hong
 * Kong-Macao Big Bay Region' for '… Greater Bay Area'. The run-on words must take the place of the
 * missing tail (same capitalisation, joined without punctuation), and some word of that tail must be
 * absent from the whole sentence, so 'Greater Bay Area yacht tourism' (tail dropped in front) passes.
 */
function changedTail(o: Occurrence, usual: Occurrence, usualKey: string): boolean {
  const have = o.key.split(' ');
  const want = usualKey.split(' ');
  if (want.slice(0, have.length).join(' ') !== o.key || o.next.length === 0) return false;
  const tail = want.slice(have.length);
  const usualNext = usual.enSeg.text.slice(usual.enStart, usual.enEnd).split(/[\s-]+/);
  const capitalised = (w: string) => /^\p{Lu}/u.test(w);
  if (capitalised(o.next[0].text) !== capitalised(usualNext[usualNext.length - 1])) return false;
  const sentence = new Set(enContentWords(o.enSeg.text).map((w) => w.stem));
  return tail.some((t) => !sentence.has(t)) && !tail.includes(o.next[0].stem);
}

function evidencePair(ctx: CheckContext, o: Occurrence, term: string): Evidence[] {
  return [
    { side: sideOfLang(ctx, 'zh'), segment: o.zhSeg.id, start: o.zhSeg.start + o.zhStart, end: o.zhSeg.start + o.zhStart + term.length, text: term },
    { side: sideOfLang(ctx, 'en'), segment: o.enSeg.id, start: o.enSeg.start + o.enStart, end: o.enSeg.start + o.enEnd, text: o.surface },
  ];
}

/** Whether the segmenter's tagger reads `word` in a segment as a noun of some kind (n, nr, ns, nt, nz…). */
function isNoun(ctx: CheckContext, seg: Segment, word: string): boolean {
  return taggedWordsOf(ctx, seg).some((t) => t.word === word && /^n/.test(t.tag));
}

/**
 * Share of a term's occurrences that may go without its usual rendering before none of them is
 * flagged: one place in five (at least one) is a slip; more is how this translator varies the term.
 */
export const DEVIANT_SHARE = 0.2;

function flagInconsistentTerms(ctx: CheckContext): FlagDraft[] {
  const flags: FlagDraft[] = [];
  const { byTerm, bare } = collectOccurrences(ctx);
  for (const [term, occs] of byTerm) {
    if (occs.length + (bare.get(term)?.length ?? 0) < MIN_OCCURRENCES) continue;
    const counts = new Map<string, Occurrence[]>();
    for (const o of occs) counts.set(o.key, [...(counts.get(o.key) ?? []), o]);
    const ranked = [...counts.entries()].sort((a, b) => b[1].length - a[1].length);
    const [majorityKey, majority] = ranked[0];
    if (majority.length < 2 || (ranked[1] && ranked[1][1].length === majority.length)) continue;
    const suggestion = majority[0].surface.toLowerCase() === majority[0].surface ? majority[0].surface : majority[majority.length - 1].surface;
    // A place where the term's usual rendering is missing altogether ('Pearl River Delta' for 大湾区, where
    // every other place says 'Greater Bay Area'): worth a look when it is the odd one out.
    // Only for a term of the original: a name ('Greater Bay Area') or a noun, not a phrase a translator
    // words to suit the sentence (几次 'several times', 首日 'first day', 哈哈大笑 'burst out laughing').
    const unrendered = (bare.get(term) ?? []).filter((b) => !usesRendering(b.en.map((seg) => seg.text).join(' '), majority[0].surface));
    const deviants = unrendered.length + occs.length - majority.length;
    if (ctx.zhSide === 'source' && majorityKey.includes(' ') && unrendered.length > 0 && deviants <= Math.max(1, Math.floor(DEVIANT_SHARE * (occs.length + unrendered.length)))
      && (/^\p{Lu}/u.test(suggestion) || isNoun(ctx, unrendered[0].zhSeg, term))) {
      for (const b of unrendered) {
        flags.push({
          type: 'terminology',
          severity: 'minor',
          source: b.pair.source,
          target: b.pair.target,
          message: `${term} is rendered "${suggestion}" in ${majority.length} other places, but not here.`,
          suggestion,
          evidence: [{ side: sideOfLang(ctx, 'zh'), segment: b.zhSeg.id, start: b.zhSeg.start + b.zhStart, end: b.zhSeg.start + b.zhStart + term.length, text: term }],
        });
      }
    }
    for (const [key, minority] of ranked.slice(1)) {
      // Leaving a word out ('the pilot') is abbreviation, not a different term; a tail in other words is.
      const shortened = isShortening(key.split(' '), majorityKey.split(' '));
      const tailLength = majorityKey.split(' ').length - key.split(' ').length;
      for (const found of shortened ? minority.filter((m) => changedTail(m, majority[0], majorityKey)) : minority) {
        // A changed tail is shown with the words that replace the usual ones.
        const enEnd = shortened ? found.next[Math.min(found.next.length, tailLength) - 1].end : found.enEnd;
        const o = { ...found, enEnd, surface: found.enSeg.text.slice(found.enStart, enEnd) };
        flags.push({
          type: 'terminology',
          severity: 'minor',
          source: o.pair.source,
          target: o.pair.target,
          message: `${term} is rendered "${o.surface}" here but "${suggestion}" in ${majority.length} other places.`,
          suggestion,
          evidence: evidencePair(ctx, o, term),
        });
      }
    }
  }
  return flags;
}

/** Whether English text uses a rendering: all its content words, or the exact phrase when it has none. */
function usesRendering(enText: string, rendering: string): boolean {
  const wanted = enContentWords(rendering).map((w) => w.stem);
  if (wanted.length === 0) return enText.toLowerCase().includes(rendering.toLowerCase());
  const have = new Set(enContentWords(enText).map((w) => w.stem));
  return wanted.every((s) => have.has(s) || have.has(stemEnglish(s)));
}

function flagGlossaryMisses(ctx: CheckContext): FlagDraft[] {
  const flags: FlagDraft[] = [];
  if (ctx.glossary.length === 0) return flags;
  for (const pair of ctx.pairs) {
    const { zh, en } = pairSides(ctx, pair);
    if (zh.length === 0 || en.length === 0) continue;
    const enText = en.map((s) => s.text).join(' ');
    for (const g of ctx.glossary) {
      const seg = zh.find((s) => g.zh && s.text.includes(g.zh));
      if (!seg || usesRendering(enText, g.en)) continue;
      const at = seg.text.indexOf(g.zh);
      flags.push({
        type: 'terminology',
        severity: 'major',
        source: pair.source,
        target: pair.target,
        message: `The glossary renders ${g.zh} as "${g.en}", which this translation does not use.`,
        suggestion: g.en,
        evidence: [{ side: sideOfLang(ctx, 'zh'), segment: seg.id, start: seg.start + at, end: seg.start + at + g.zh.length, text: g.zh }],
      });
    }
  }
  return flags;
}

/** Flags minority renderings of repeated terms (minor) and glossary terms rendered otherwise (major). */
export const terminologyInconsistency: Check = (ctx: CheckContext): FlagDraft[] => [
  ...flagGlossaryMisses(ctx),
  ...flagInconsistentTerms(ctx),
];
