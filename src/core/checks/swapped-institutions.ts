// A named institution of the original replaced by another one: 全国人大常委会 (the Standing Committee of the
// National People's Congress) rendered "the Standing Committee of the Chinese People's Political
// Consultative Conference". Part of the entity check. The evidence is the dictionary's on both sides:
// the original names an institution whose English name the translation does not give, and the
// translation gives the English name of another institution whose Chinese is nowhere in the original.
import { cutByDictionary, zhNamesForLatin } from '../analyze/entities-zh';
import { zhContentWords, zhStemsOf } from '../analyze/lexical-match';
import { stemEnglish } from '../lexicon/tokenize-en';
import { foldLatinName, type DictEntry, type Dictionary } from '../lexicon/dictionary';
import type { Evidence, Pair, Segment } from '../types';
import { taggedWordsOf, type CheckContext, type FlagDraft } from './check';

// Head nouns of English institution names: what makes a name an institution's, not a place's or a person's.
const INSTITUTION_HEAD =
  /\b(?:Committee|Congress|Conference|Council|Commission|Ministry|Department|Bureau|Office|Court|Procuratorate|Administration|Agency|Authority|Association|Federation|Party|Army|Bank|University|Academy|Institute|Assembly|Parliament|Senate|Government|Corporation|Exchange|Foundation|Organization|Organisation|Union|League|Society|Centre|Center)\b/;
// A run of capitalised words, with the link words names keep inside ('Standing Committee of the National People's Congress').
const CAPITALISED_RUN = /\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:of|the|and|for|on)\s+)*\p{Lu}[\p{L}’'-]*)+/gu;
const LINK_WORD = /^(?:of|the|and|for|on)$/;

interface Named { zh: string; en: string }

/**
 * Whether one Chinese name abbreviates the other: its characters, the first one first, appear in order in
 * the longer name, as Chinese abbreviations are made (中宣部 of 中央宣传部, 中科院 of 中国科学院, 中共 of 中国共产党).
 */
function abbreviates(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 2 || short[0] !== long[0]) return false;
  let k = 0;
  for (const c of long) if (c === short[k]) k++;
  return k === short.length;
}

/** Initials of a name's capitalised words: 'Chinese People's Political Consultative Conference' → 'CPPCC'. */
function acronymOf(name: string): string {
  return name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
}

/**
 * Dictionary names an English institution name stands for: entries whose gloss names it outright
 * (全国人大常委会 'Standing Committee of …'), or whose gloss spells it out after its acronym
 * (政协 'CPPCC (Chinese People's Political Consultative Conference)').
 */
function readingsOf(dict: Dictionary, name: string): DictEntry[] {
  const direct = zhNamesForLatin(dict, name);
  const spelt = zhNamesForLatin(dict, acronymOf(name)).filter((e) => e.glosses.some((g) => g.toLowerCase().includes(name.toLowerCase())));
  return [...direct, ...spelt.filter((e) => !direct.some((d) => d.zh === e.zh))];
}

/** Sub-runs of a capitalised run that start and end on a capitalised word, longest first. */
function subRuns(run: string): string[] {
  const words = run.split(/\s+/);
  const out: string[] = [];
  for (let len = words.length; len >= 2; len--) {
    for (let i = 0; i + len <= words.length; i++) {
      const part = words.slice(i, i + len);
      // 'The Ministry of …' at a sentence's start: the article is no part of the name.
      if (LINK_WORD.test(part[0].toLowerCase()) || LINK_WORD.test(part[len - 1])) continue;
      out.push(part.join(' '));
    }
  }
  return out;
}

/** English institution names of the translation whose Chinese (by the dictionary) the original does not hold. */
function foreignInstitutions(dict: Dictionary, en: Segment[], zhText: string, zhWords: string[]): Array<Named & { seg: Segment; start: number }> {
  const out: Array<Named & { seg: Segment; start: number }> = [];
  for (const seg of en) {
    for (const m of seg.text.matchAll(CAPITALISED_RUN)) {
      for (const name of subRuns(m[0])) {
        if (!INSTITUTION_HEAD.test(name)) continue;
        const readings = readingsOf(dict, name);
        if (readings.length === 0) continue;
        // Held when the original writes one of its readings, or a word whose gloss names it (党中央 'Central Committee of the CCP').
        // An abbreviation must be a name of its own (中宣部), not a common word that starts the name (司法 of 司法部).
        const held = readings.some((r) => zhText.includes(r.zh) || zhWords.some((w) => abbreviates(w, r.zh) && dict.lookup(w).some((e) => e.name))) || zhWords.some((w) => dict.lookup(w).some((e) => e.glosses.some((g) => g.toLowerCase().includes(name.toLowerCase()))));
        if (!held) out.push({ zh: readings[0].zh, en: name, seg, start: m.index + m[0].indexOf(name) });
        break;
      }
    }
  }
  return out;
}

// An acronym of the translation: two to six capitals, standing alone ('NATO', not 'NATO-led' nor 'HKSAR-run').
const ACRONYM = /(?<![\p{L}\d-])\p{Lu}{2,6}(?![\p{L}\d-])/gu;
const HEAD_ANY_CASE = new RegExp(INSTITUTION_HEAD.source, 'i');

/**
 * The spelt-out names the dictionary gives an acronym as an institution's: an entry glossed by the acronym
 * with an institution's name beside it or in brackets after it (北约 'NATO (North Atlantic Treaty
 * Organization)', 欧盟 'European Union; EU'). Undefined when no entry reads it so.
 */
function acronymReadings(dict: Dictionary, acronym: string): { readings: DictEntry[]; expansions: string[] } | undefined {
  const readings: DictEntry[] = [];
  const expansions: string[] = [];
  for (const e of zhNamesForLatin(dict, acronym)) {
    const own = e.glosses.filter((g) => g === acronym || g.startsWith(`${acronym} (`));
    if (own.length === 0) continue;
    const spelt = [...own.map((g) => /\(([^)]*)\)/.exec(g)?.[1] ?? ''), ...e.glosses.filter((g) => !own.includes(g))].filter((x) => HEAD_ANY_CASE.test(x));
    if (spelt.length === 0) continue;
    readings.push(e);
    expansions.push(...spelt);
  }
  return readings.length > 0 ? { readings, expansions } : undefined;
}

/**
 * Acronyms of the translation the dictionary spells out as an institution ('NATO') whose Chinese the
 * original holds in no form: none of its readings, no abbreviation of one, no word whose gloss gives the
 * acronym or its spelt-out name. `en` of each is the spelt-out name, `acronym` the word written.
 */
function foreignAcronyms(ctx: CheckContext, zh: Segment[], en: Segment[]): Array<Named & { seg: Segment; start: number; acronym: string }> {
  const dict = ctx.dictionary;
  const out: Array<Named & { seg: Segment; start: number; acronym: string }> = [];
  let zhWords: string[] | null = null;
  for (const seg of en) {
    for (const m of seg.text.matchAll(ACRONYM)) {
      const read = acronymReadings(dict, m[0]);
      if (!read) continue;
      const zhText = zh.map((s) => s.text).join('');
      zhWords ??= zh.flatMap((s) => [...taggedWordsOf(ctx, s).map((t) => t.word), ...cutByDictionary(s.text, dict).map(([w]) => w)]).filter((w) => w.length >= 2);
      const acronym = new RegExp(`\\b${m[0]}\\b`);
      const held = read.readings.some((r) => zhText.includes(r.zh) || zhWords!.some((w) => abbreviates(w, r.zh) && dict.lookup(w).some((e) => e.name)))
        || zhWords.some((w) => dict.lookup(w).some((e) => e.glosses.some((g) => acronym.test(g) || read.expansions.some((x) => g.includes(x)))));
      if (!held) out.push({ zh: read.readings[0].zh, en: read.expansions[0], seg, start: m.index, acronym: m[0] });
    }
  }
  return out;
}

/** Institutions the original names (dictionary proper nouns) whose English name the translation does not give. */
function unrenderedInstitutions(ctx: CheckContext, zh: Segment[], enWords: Set<string>): Array<Named & { seg: Segment; start: number }> {
  const out: Array<Named & { seg: Segment; start: number }> = [];
  for (const seg of zh) {
    // The segmenter's words, and the dictionary's longest words where the segmenter cut a name apart
    // (国家发展改革委 read as 国家 发展 改革 委要).
    const words = [...taggedWordsOf(ctx, seg).map(({ word, start }) => ({ word, start })), ...cutByDictionary(seg.text, ctx.dictionary).map(([word, start]) => ({ word, start }))];
    const seen = new Set<string>();
    for (const { word, start } of words) {
      if (word.length < 2 || seen.has(`${start}:${word}`)) continue;
      seen.add(`${start}:${word}`);
      const names = ctx.dictionary.lookup(word).filter((e) => e.name).flatMap((e) => e.glosses.map((g) => g.split(/\s*[,;(]/)[0].trim()));
      const institution = names.find((n) => /^\p{Lu}/u.test(n) && INSTITUTION_HEAD.test(n) && n.split(/\s+/).length >= 2);
      if (!institution) continue;
      // Rendered when the translation gives any of its names in any order ('CPC Central Committee' for
      // 'Central Committee of the CCP': every capitalised word but the acronym), or its acronym.
      // A name with no such word ('NPC' alone) is rendered only by itself, not vacuously.
      const rendered = (n: string) => {
        const words = n.split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
        return (words.length > 0 && words.every((w) => enWords.has(foldLatinName(w)))) || enWords.has(foldLatinName(acronymOf(n)));
      };
      if (names.some(rendered)) continue;
      out.push({ zh: word, en: institution, seg, start });
    }
  }
  return out;
}

/**
 * Institutions the translation names whose Chinese (or an abbreviation of it) the original does not
 * hold: evidence of content the translation added ('with inspections by the Ministry of Justice').
 */
export function addedInstitutions(ctx: CheckContext, zh: Segment[], en: Segment[]): Array<{ en: string; zh: string; seg: Segment; start: number }> {
  if (ctx.zhSide !== 'source' || !INSTITUTION_HEAD.test(en.map((s) => s.text).join(' '))) return [];
  const zhWords = zh.flatMap((seg) => taggedWordsOf(ctx, seg).map((t) => t.word)).filter((w) => w.length >= 2);
  return foreignInstitutions(ctx.dictionary, en, zh.map((s) => s.text).join(''), zhWords);
}

/** The words of an institution name besides its head noun and link words ('Commerce' of 'Ministry of Commerce'). */
const ownWords = (name: string) => name.split(/\s+/).filter((w) => !LINK_WORD.test(w) && !INSTITUTION_HEAD.test(w));

/**
 * Institution names of the translation the dictionary does not know ('Ministry of Commerce' where it
 * says 'Department of Commerce') none of whose other capitalised words any word of the original
 * translates to: a name from nowhere, though not one the dictionary can put a Chinese name to.
 */
function unknownInstitutions(ctx: CheckContext, zh: Segment[], en: Segment[]): Array<Named & { seg: Segment; start: number }> {
  const reach = new Set(zh.flatMap((seg) => zhContentWords(seg.text, ctx)).flatMap((w) => zhStemsOf(w.text, ctx.dictionary)));
  const out: Array<Named & { seg: Segment; start: number }> = [];
  for (const seg of en) {
    for (const m of seg.text.matchAll(CAPITALISED_RUN)) {
      const name = subRuns(m[0]).find((n) => INSTITUTION_HEAD.test(n));
      if (!name || readingsOf(ctx.dictionary, name).length > 0) continue;
      // Words of the name besides its head; an acronym among them ('HKSAR Government') may stand for
      // anything the original names, so only spelt-out words count.
      const words = ownWords(name);
      if (words.length === 0 || words.some((w) => !/^\p{Lu}\p{Ll}/u.test(w) || reach.has(stemEnglish(w.toLowerCase())))) continue;
      out.push({ zh: '', en: name, seg, start: m.index + m[0].indexOf(name) });
    }
  }
  return out;
}

/** An institution of the original whose English name is missing beside another institution's name the original does not hold: major. */
export function swappedInstitutions(ctx: CheckContext, pair: Pair, zh: Segment[], en: Segment[]): FlagDraft[] {
  if (ctx.zhSide !== 'source') return [];
  const known = addedInstitutions(ctx, zh, en);
  const enText = en.map((s) => s.text).join(' ');
  // Without the dictionary's word for the translation's name, only one whose words share nothing with the
  // original institution's English name: 'Ministry of Commerce' for the National Development and Reform
  // Commission, not 'Ministry of Commerce' for 商务部 (the dictionary's 'Department of Commerce').
  const named = known.length > 0 || !INSTITUTION_HEAD.test(enText) ? known : unknownInstitutions(ctx, zh, en);
  // An institution by its acronym alone ('NATO countries' for 欧盟国家): never an unknown one ('HKSAR
  // Government' stands for whatever the original names), only one the dictionary spells out.
  const foreign: Array<Named & { seg: Segment; start: number; acronym?: string }> = [...named, ...foreignAcronyms(ctx, zh, en)];
  if (foreign.length === 0) return [];
  const missing = unrenderedInstitutions(ctx, zh, new Set(enText.split(/[^\p{L}’'-]+/u).map(foldLatinName)));
  if (missing.length === 0) return [];
  // An abbreviation beside its full name (中科院, 中国科学院) is one institution, not a swap.
  const shares = (o: Named, t: Named) => {
    const own = new Set(ownWords(o.en).map(foldLatinName));
    return t.en.split(/\s+/).some((w) => own.has(foldLatinName(w)));
  };
  // An acronym's institution sharing a word with the original's ('EU' beside 欧洲议会, the European Parliament) is of its family, not a swap.
  const swaps = missing.flatMap((o) => foreign.filter((t) => (t.zh ? !abbreviates(o.zh, t.zh) && !(t.acronym && shares(o, t)) : !shares(o, t))).map((t) => [o, t] as const));
  if (swaps.length === 0) return [];
  const [o, t] = swaps[0];
  const written = t.acronym ?? t.en;
  const evidence: Evidence[] = [
    { side: 'source', segment: o.seg.id, start: o.seg.start + o.start, end: o.seg.start + o.start + o.zh.length, text: o.zh },
    { side: 'target', segment: t.seg.id, start: t.seg.start + t.start, end: t.seg.start + t.start + written.length, text: written },
  ];
  return [{
    type: 'entity',
    severity: 'major',
    source: pair.source,
    target: pair.target,
    message: t.acronym ? `${o.zh} is the ${o.en}; "${t.acronym}" is the ${t.en} (${t.zh}), which the original does not name.` : t.zh ? `${o.zh} is the ${o.en}; "${t.en}" is ${t.zh}, which the original does not name.` : `${o.zh} is the ${o.en}; the translation names "${t.en}" instead, which no word of the original names.`,
    suggestion: o.en,
    evidence,
  }];
}
