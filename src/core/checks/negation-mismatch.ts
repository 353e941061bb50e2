// Check: a pair where one side negates or prohibits (不得, 未, shall not, without) and the other does not.
//
// Severity is calibrated confidence, earned with positive evidence (fitted on ../shared/benchmarks: the
// clean MAC-Dev, ACA and mqm-news2021 references, and the MQM-annotated translations):
// - critical: a prohibition on one side, a permission on the other;
// - major: a negation cue whose scope (the words it negates) is translated on the other side, where
//   nothing negates: 未达到 rendered 'achieved', 'not support' for 支持; in a pair linked less closely
//   than the document's norm (down to FIRM_MARGIN below it) only a cue whose every scope word is linked;
//   a contrast turned round: 不要喝冰水 beside 喝温开水, rendered 'ice-cold water instead of warm water';
// - nothing otherwise: a negation whose scope has no counterpart is free rendering (蹲下来就不走了 →
//   'stayed'), and a rhetorical question (还有吃饭的工夫咧？ → 'there was no time') is not a flip.
// Whether 不, 无 or 非 inside a word negates is read from the segmenter and the dictionary, never from a
// list of idioms: a word that starts with the character and whose gloss carries a negation negates
// (不能 'cannot'); a word whose gloss does not is lexicalised (坚定不移 'firm and unwavering' counts as
// a negative-meaning word at most, 了不起 'amazing' as nothing).
import { analysisOf, pairAnalysisOf } from '../analyze/analyze';
import { enContentWords, zhStemsOf } from '../analyze/lexical-match';
import { readEntries } from '../lexicon/dictionary';
import { pinyinCandidates } from '../lexicon/pinyin-names';
import { stemEnglish } from '../lexicon/tokenize-en';
import { cutByDictionary } from '../analyze/entities-zh';
import type { Evidence, Lang, Pair, Segment } from '../types';
import { checkEachPair, pairSides, sideOf, type Check, type CheckContext, type FlagDraft } from './check';
import { anyNegative, enCues, EN_RE, negations, scopeWordsAfter, SHORT_GLOSS_WORDS, strongCues, zhCues, ZH_CUE_WORDS, zhWords, type Hit, type Polarity } from './negation-cues';
import { glossNegation, prefixedBase, ZH_NEG_ANYWHERE } from './negation-glosses';

/** How far below this document's typical coverage a pair may be linked and still count as translated closely. */
export const CLOSE_MARGIN = 0.1;
/** Scope words that must all have counterparts for a cue to flag in a pair rendered less closely than the document's norm. */
export const FIRM_SCOPE_WORDS = 2;
/** How far below the document's typical coverage such a pair may be linked at most (0.2 until the analysis's medians rose by about 0.03; 0.23 flags the same on the clean sets and MQM). */
export const FIRM_MARGIN = 0.23;

const quote = (hits: Hit[]) => [...new Set(hits.map((h) => `“${h.seg.text.slice(h.start, h.end)}”`))].slice(0, 3).join(', ');
const isQuestion = (segs: Segment[]) => segs.some((s) => /[？?]/u.test(s.text));

/** Stems a cue may mean: a Chinese cue by its dictionary renderings ('avoid' of 以免), an English cue by its own words. */
function cueStems(ctx: CheckContext, h: Hit, lang: Lang): Set<string> {
  const text = h.seg.text.slice(h.start, h.end);
  if (lang === 'zh') return new Set(zhStemsOf(text, ctx.dictionary));
  return new Set(text.split(/[^A-Za-z]+/).filter(Boolean).map(stemEnglish));
}

/**
 * Whether the only negative-looking cues of one side are words of negative meaning by their sense (not
 * by a prefix), each the rendering of such a word on the other side ('avoid' of 以免), and none the
 * rendering of the other side's plain negations. Then those negations stand alone: 注意不要躺 … 以免
 * rendered 'take care to lie … to avoid' has lost its 不要. A function word negative only by a gloss of
 * one of its uses (了, 而) needs no answer.
 */
function weakAnswered(ctx: CheckContext, p: Polarity, q: Polarity, pLang: Lang): boolean {
  if (negations(p).length + p.none.length > 0 || p.weak.length === 0 || p.weak.some((h) => h.prefixed)) return false;
  // A function word negative only by a gloss of one of its uses (了 'completely (not)' in 批准了) needs no
  // answer: 批准了 rendered 'failed to ratify' is a flip when 'ratify' and 'convention' are both there.
  const weak = p.weak.filter((h) => !h.grammatical);
  const qLang: Lang = pLang === 'zh' ? 'en' : 'zh';
  const answers = q.weak.filter((g) => !g.prefixed).map((g) => cueStems(ctx, g, qLang));
  const strong = negations(q).map((g) => cueStems(ctx, g, qLang));
  const used = new Set<number>();
  for (const h of weak) {
    const own = cueStems(ctx, h, pLang);
    if (strong.some((a) => [...own].some((x) => a.has(x)))) return false;
    const k = answers.findIndex((a, i) => !used.has(i) && [...own].some((x) => a.has(x)));
    if (k < 0) return false;
    used.add(k);
  }
  return true;
}

interface LostPrefix { zh: Hit; word: string; en: { seg: Segment; start: number; end: number } }

/**
 * A word negated by a prefix (非核心 'non-core', 无党派 'non-party') whose own translation stands in the
 * English with no negation anywhere in the pair: 'core areas' for 非核心区域. The negated word must be a
 * dictionary word of two or more characters that the segmenter cuts right after 非/无, so words that
 * merely contain the character (是非, 无人驾驶 → 'self-driving') never count.
 */
function findLostPrefix(ctx: CheckContext, zhSegs: Segment[], enSegs: Segment[]): LostPrefix | null {
  const enWords = enSegs.flatMap((seg) => enContentWords(seg.text).map((w) => ({ ...w, seg })));
  for (const seg of zhSegs) {
    const words = zhWords(ctx, seg.text);
    for (let k = 0; k < words.length; k++) {
      const w = words[k];
      if (!/^[非无]/.test(w.text) || ZH_CUE_WORDS.has(w.text.slice(0, 2))) continue;
      // 非核心 as one word, or 非 then 核心; of 无党派人士, the longest dictionary word after 无 (党派).
      const rest = w.text.length > 1 ? w.text.slice(1) : words[k + 1]?.start === w.start + 1 ? words[k + 1].text : '';
      let negated = rest;
      while (negated.length >= 2 && !ctx.dictionary.has(negated)) negated = negated.slice(0, -1);
      if (negated.length < 2) continue;
      const stems = new Set(zhStemsOf(negated, ctx.dictionary));
      const found = enWords.find((e) => stems.has(e.stem));
      if (!found) continue;
      return {
        zh: { cue: 'weak', seg, start: w.start, end: w.start + 1 + negated.length, scope: [] },
        word: negated,
        en: { seg: found.seg, start: found.start, end: found.start + found.text.length },
      };
    }
  }
  return null;
}

/** Stems of the content words of an English gloss. */
const glossStems = (gloss: string) => enContentWords(gloss).map((w) => w.stem);

/** A place on one side: a segment and an offset in its text. */
interface Spot { seg: Segment; at: number }

/** Where a cue's scope words have counterparts on the other side. */
function counterparts(ctx: CheckContext, h: Hit, lang: Lang, otherSegs: Segment[]): Spot[] {
  const out: Spot[] = [];
  if (lang === 'zh') {
    const stems = new Set(h.scope.flatMap((word) => (word.startsWith('=') ? glossStems(word.slice(1)) : zhStemsOf(word, ctx.dictionary))));
    for (const seg of otherSegs) for (const w of enContentWords(seg.text)) if (stems.has(w.stem)) out.push({ seg, at: w.start });
  } else {
    // 'greater' for 更大: a comparative or superlative is rendered by its base and an adverb.
    const stems = new Set(h.scope.flatMap((st) => [st, ...comparativeBases(st)]));
    for (const seg of otherSegs) for (const w of zhWords(ctx, seg.text)) if (zhStemsOf(w.text, ctx.dictionary).some((x) => stems.has(x))) out.push({ seg, at: w.start });
  }
  return out;
}

/** Stems an English comparative or superlative stem may come from: 'greater' → 'great', 'bigger' → 'big'. */
function comparativeBases(stem: string): string[] {
  const m = /^([a-z]{3,}?)(?:er|est)$/.exec(stem);
  if (!m) return [];
  const base = m[1];
  return /([^aeiou])\1$/.test(base) ? [base, base.slice(0, -1)] : [base, stemEnglish(`${base}e`)];
}

/**
 * Drops Chinese cues inside a word the translation spells in pinyin: 不冻泉 written 'Budongquan' is a
 * place's name, whatever its characters say. The cue's word and the two characters after it are tried.
 */
function withoutSpeltNames(p: Polarity, enSegs: Segment[]): Polarity {
  const en = enSegs.map((s) => s.text.toLowerCase().replace(/[^a-z]+/g, ' ')).join(' ');
  const spelt = (h: Hit) => {
    const text = h.seg.text;
    for (let end = Math.max(h.end, h.start + 2); end <= Math.min(text.length, h.start + 4); end++) {
      const word = text.slice(h.start, end);
      if (!/^\p{Script=Han}+$/u.test(word)) break;
      if (pinyinCandidates(word).slice(0, 1).some((py) => py.length >= 6 && new RegExp(`\\b${py.replace(/v/g, '[uv]')}\\b`).test(en))) return true;
    }
    return false;
  };
  for (const cue of ['neg', 'prohibit'] as const) p[cue] = p[cue].filter((h) => !spelt(h));
  return p;
}

/**
 * A negating prefix the translation gained: 'unsuited' where the original's 适合 says 'suited', with no
 * negation anywhere in the pair. The base must translate a word of the original that carries no negation
 * and the whole word must not ('irrelevant' is one of 无关's own glosses, so it is no gain).
 */
/** The Chinese words of a pair, the English stems each may translate to, and all those stems together. */
interface PairZhStems { words: string[]; stemsOf: Array<readonly string[]>; allStems: Set<string> }

function pairZhStems(ctx: CheckContext, zhSegs: Segment[]): PairZhStems {
  const words = zhSegs.flatMap((seg) => zhWords(ctx, seg.text).map((w) => w.text));
  const stemsOf = words.map((w) => zhStemsOf(w, ctx.dictionary));
  return { words, stemsOf, allStems: new Set(stemsOf.flat()) };
}

function findGainedPrefix(ctx: CheckContext, { words, stemsOf, allStems }: PairZhStems, enSegs: Segment[]): { seg: Segment; start: number; end: number; base: string; zh: string } | null {
  // What a word says outright, as a whole or through its dictionary words of two or more characters: a short
  // gloss ('to suit', 'according to law' of 依法 in 依法处理), not a phrase that mentions the word (代表 'in
  // the name of' is not 'named') nor a character of it (名 of 一名 'one person').
  const wholeStems = words.map((w) => new Set((ctx.dictionary.has(w) ? [w] : cutByDictionary(w, ctx.dictionary).map(([piece]) => piece).filter((piece) => piece.length >= 2))
    .flatMap((piece) => readEntries(ctx.dictionary, piece).flatMap((e) => e.glosses))
    .map((g) => g.replace(/\([^)]*\)/g, ' ').toLowerCase().split(/[^a-z]+/).filter((x) => x && x !== 'to' && x !== 'be'))
    .filter((g) => g.length > 0 && g.length <= SHORT_GLOSS_WORDS)
    .flatMap((g) => g.map(stemEnglish))));
  // 难以预测 'hard to predict' is 'unpredictable': a word (or the word before it, 难以 预测 cut apart) glossed
  // with an English cue of any kind explains the prefix.
  const cued = (k: number) => [k - 1, k].some((j) => j >= 0 && [...stemsOf[j].join(' ').matchAll(EN_RE)].some((m) => Object.entries(m.groups ?? {}).some(([g, v]) => v !== undefined && g !== 'permit')));
  for (const seg of enSegs) {
    for (const w of enContentWords(seg.text)) {
      const base = prefixedBase(ctx.dictionary, w.text);
      if (!base || allStems.has(w.stem) || allStems.has(stemEnglish(w.text))) continue;
      const k = words.findIndex((zh, j) => wholeStems[j].has(stemEnglish(base)) && !ZH_NEG_ANYWHERE.test(zh) && glossNegation(ctx, zh) === 'none');
      if (k >= 0 && !cued(k)) return { seg, start: w.start, end: w.start + w.text.length, base, zh: words[k] };
    }
  }
  return null;
}

// English verbs whose meaning is a negation of what follows (Porter stems): deny, refuse, reject, withhold.
const NEGATING_VERB_STEMS = new Set(['deni', 'refus', 'reject', 'withhold', 'withheld']);

/** An English verb of negation no word of the original is rendered by in the dictionary. */
function findGainedNegativeVerb({ allStems }: PairZhStems, enSegs: Segment[]): { seg: Segment; start: number; end: number } | null {
  for (const seg of enSegs) {
    for (const w of enContentWords(seg.text)) {
      if (NEGATING_VERB_STEMS.has(w.stem) && !allStems.has(w.stem)) return { seg, start: w.start, end: w.start + w.text.length };
    }
  }
  return null;
}

// English cues that say which of two things is not the one: 'drink warm water instead of ice-cold water'.
const CONTRAST_CUE = /^(?:instead of|rather than)$/i;

/**
 * A contrast turned round: the original negates one thing (不要喝冰水) and the translation's 'instead of'
 * or 'rather than' negates another. Positive evidence both ways: a word the original negates is rendered
 * only outside the contrast's scope, and a word of the contrast's scope renders a word of the original
 * that stands outside the negation (温开水 'warm, boiled water').
 */
function findSwappedContrast(ctx: CheckContext, z: Polarity, e: Polarity, enSegs: Segment[], zhSegs: Segment[]): { zh: Hit; en: Hit; word: string } | null {
  const contrasts = e.weak.filter((h) => CONTRAST_CUE.test(h.seg.text.slice(h.start, h.end)));
  if (contrasts.length === 0) return null;
  const enWords = enSegs.flatMap((seg) => enContentWords(seg.text).map((w) => ({ ...w, seg })));
  // Each Chinese word with its clause: the other half of a contrast stands in the cue's clause or next to it.
  const clauseOf = (seg: Segment, at: number) => (seg.text.slice(0, at).match(/[，,；;：:。！？!?]/gu) ?? []).length;
  const zhAll = zhSegs.flatMap((seg) => zhWords(ctx, seg.text).map((w) => ({ text: w.text, seg, clause: clauseOf(seg, w.start) })));
  for (const c of contrasts) {
    // The words the contrast negates, by position, as enCues reads its scope.
    const scoped = scopeWordsAfter(c.seg.text, enWords.filter((w) => w.seg === c.seg), c.end);
    if (scoped.length === 0) continue;
    const inScope = (w: { seg: Segment; start: number }) => scoped.some((x) => x.seg === w.seg && x.start === w.start);
    for (const h of strongCues(z)) {
      const negatedStems = new Set(h.scope.flatMap((word) => zhStemsOf(word, ctx.dictionary)));
      const outside = h.scope.find((word) => {
        const stems = new Set(zhStemsOf(word, ctx.dictionary));
        const at = enWords.filter((w) => stems.has(w.stem));
        return at.length > 0 && !at.some(inScope);
      });
      if (!outside) continue;
      const near = clauseOf(h.seg, h.start);
      const affirmed = zhAll.filter((w) => w.seg === h.seg && Math.abs(w.clause - near) <= 1 && !h.scope.includes(w.text) && !h.seg.text.slice(h.start, h.end).includes(w.text)).map((w) => w.text);
      const turned = scoped.some((w) => !negatedStems.has(w.stem) && affirmed.some((word) => zhStemsOf(word, ctx.dictionary).includes(w.stem)));
      if (turned) return { zh: h, en: c, word: outside };
    }
  }
  return null;
}

/** Negation check over one pair. */
function checkPair(ctx: CheckContext, pair: Pair): FlagDraft | null {
  const sides = pairSides(ctx, pair);
  if (sides.zh.length === 0 || sides.en.length === 0) return null;
  const origLang: Lang = ctx.zhSide === 'source' ? 'zh' : 'en';
  const z = withoutSpeltNames(zhCues(ctx, sides.zh), sides.en);
  const e = enCues(sides.en, ctx.dictionary);
  const [o, t] = origLang === 'zh' ? [z, e] : [e, z];
  const transLang: Lang = origLang === 'zh' ? 'en' : 'zh';
  const evidence = (hits: Array<Pick<Hit, 'seg' | 'start' | 'end'>>, lang: Lang): Evidence[] =>
    hits.map((h) => ({ side: sideOf(ctx, lang), segment: h.seg.id, start: h.seg.start + h.start, end: h.seg.start + h.end, text: h.seg.text.slice(h.start, h.end) }));
  const flag = (severity: 'critical' | 'major', message: string, ev: Evidence[]): FlagDraft => ({
    type: 'negation', severity, source: pair.source, target: pair.target, message, evidence: ev,
  });

  // A flip is evidence only in a pair translated about as closely as this document's typical pair:
  // in a freely rendered pair (literary dialogue) polarity moves between clauses.
  const a = pairAnalysisOf(ctx, pair);
  const norms = analysisOf(ctx).norms.coverage;
  const closeness = a ? (a.coverage.zh + a.coverage.en) / 2 : NaN;
  const typical = (norms.zh + norms.en) / 2;
  const close = !Number.isFinite(typical) || closeness >= typical - CLOSE_MARGIN;
  if (!close && !(closeness >= typical - FIRM_MARGIN)) return null;
  // A question on one side only is often rhetorical (哪里还有工夫？ 'there was no time'): polarity does not carry over.
  if (isQuestion(sides.zh) !== isQuestion(sides.en)) return null;
  const segsOf = (lang: Lang) => (lang === 'zh' ? sides.zh : sides.en);
  const linked = (hits: Hit[], lang: Lang) => hits.filter((h) => counterparts(ctx, h, lang, segsOf(lang === 'zh' ? 'en' : 'zh')).length > 0);
  const everyScopeWordLinked = (h: Hit, lang: Lang) => h.scope.every((w) => counterparts(ctx, { ...h, scope: [w] }, lang, segsOf(lang === 'zh' ? 'en' : 'zh')).length > 0);
  // A cue of one side flags when nothing on the other side looks negative: measured on the clean sets,
  // looking only at the counterpart's own clause raised four times as many false flags as it found errors.
  const flipped = (cuesOf: (p: Polarity, lang: Lang) => Hit[]): FlagDraft | null => {
    for (const [neg, other, negLang] of [[o, t, origLang], [t, o, transLang]] as const) {
      const balanced = anyNegative(other);
      if (balanced && !weakAnswered(ctx, other, neg, negLang === 'zh' ? 'en' : 'zh')) continue;
      // Beside answered words of negative meaning, only a cue whose every scope word is there, un-negated, is evidence.
      const hits = cuesOf(neg, negLang).filter((h) => !balanced || (h.scope.length > 0 && everyScopeWordLinked(h, negLang)));
      if (hits.length === 0) continue;
      const who = neg === o ? 'original' : 'translation';
      const whom = neg === o ? 'translation' : 'original';
      return flag('major', `The ${who} negates (${quote(hits)}) what the ${whom} renders without negation: check that the meaning was not reversed.`, evidence(hits, negLang));
    }
    return null;
  };
  // In a pair rendered less closely than usual, only a cue whose every scope word (two or more) has its
  // counterpart is local evidence enough: the words it negates are there, un-negated. 'cannot … until',
  // 'never … only': a cue beside another negative-looking word of its own segment is a construction, not a flip.
  if (!close) {
    const alone = (h: Hit, p: Polarity) => [...negations(p), ...p.weak, ...p.none].every((x) => x === h || x.seg !== h.seg || (x.start >= h.start && x.end <= h.end));
    return flipped((p, lang) => strongCues(p).filter((h) => h.scope.length >= FIRM_SCOPE_WORDS && alone(h, p) && everyScopeWordLinked(h, lang)));
  }
  if (origLang === 'zh') {
    const swapped = findSwappedContrast(ctx, z, e, sides.en, sides.zh);
    if (swapped) {
      const zhText = swapped.zh.seg.text.slice(swapped.zh.start, swapped.zh.end);
      const enText = swapped.en.seg.text.slice(swapped.en.start, swapped.en.end);
      return flag('major', `The original’s “${zhText}” negates ${swapped.word}, but the translation’s “${enText}” negates something else: check that the contrast was not reversed.`, [
        ...evidence([swapped.zh], 'zh'),
        ...evidence([swapped.en], 'en'),
      ]);
    }
  }
  const oProhibit = linked(o.prohibit, origLang);
  const tProhibit = linked(t.prohibit, transLang);
  if (oProhibit.length && !t.prohibit.length && !t.neg.length && !t.exempt.length && t.permit.length) {
    return flag('critical', `The original forbids (${quote(oProhibit)}) but the translation permits (${quote(t.permit)}).`, [...evidence(oProhibit, origLang), ...evidence(t.permit, transLang)]);
  }
  if (tProhibit.length && !o.prohibit.length && !negations(o).length && o.permit.length) {
    return flag('critical', `The original permits (${quote(o.permit)}) but the translation forbids (${quote(tProhibit)}).`, [...evidence(o.permit, origLang), ...evidence(tProhibit, transLang)]);
  }
  if (!anyNegative(e)) {
    const lost = findLostPrefix(ctx, sides.zh, sides.en);
    if (lost) {
      const zhText = lost.zh.seg.text.slice(lost.zh.start, lost.zh.end);
      const enText = lost.en.seg.text.slice(lost.en.start, lost.en.end);
      return flag('major', `“${zhText}” negates ${lost.word}, but the translation has “${enText}” with no negation (non-${enText.toLowerCase()}?): check that the meaning was not reversed.`, [
        ...evidence([lost.zh], 'zh'),
        ...evidence([lost.en], 'en'),
      ]);
    }
  }
  // A gained prefix is evidence of its own: only a negation or a prohibition in the original explains it,
  // and the word it translates must not be one of negative meaning.
  const zhStems = ctx.zhSide === 'source' ? pairZhStems(ctx, sides.zh) : null;
  if (zhStems && negations(z).length + z.none.length === 0) {
    const gained = findGainedPrefix(ctx, zhStems, sides.en);
    if (gained) {
      const [ev] = evidence([gained], 'en');
      return flag('major', `The translation has “${ev.text}” where the original’s ${gained.zh} says “${gained.base}”, with no negation: check that the meaning was not reversed.`, [ev]);
    }
  }
  // A verb that negates by its meaning ('denying', 'refused') where the original has no negative word at all
  // and no word the dictionary renders with that verb: 赋予…自主权 'grant autonomy' as 'denying autonomy'.
  if (zhStems && !anyNegative(z)) {
    const gained = findGainedNegativeVerb(zhStems, sides.en);
    if (gained) {
      const [ev] = evidence([gained], 'en');
      return flag('major', `The translation has “${ev.text}”, a verb of negation, where the original has no negation: check that the meaning was not reversed.`, [ev]);
    }
  }
  return flipped((p, lang) => linked(strongCues(p), lang));
}

/** Flags pairs where one side negates, forbids, exempts or restricts words the other side translates without negation. */
export const negationMismatch: Check = checkEachPair(checkPair);
