// Proper nouns rendered as a different name: 盐田港 (Yantian Port, Shenzhen) translated as
// "Yantai Port" (烟台, Shandong). Flags only a wrong name, never a name that is merely missing.
import { distance } from 'fastest-levenshtein';
import { foldLatinName, readEntries, type Dictionary } from '../lexicon/dictionary';
import { findPlaceParts, type PlacePart } from '../analyze/place-abbreviations';
import { findZhEntities, glossNames, isPlaceHead, isPlaceLike, isPlaceName, placeGlosses, placeQualifier, zhNamesForLatin, type ZhEntity } from '../analyze/entities-zh';
import { documentCommonReach, documentReach, zhContentWords, zhStemsOf } from '../analyze/lexical-match';
import { readsAsTransliteration } from '../analyze/transliteration';
import { isCountryName } from '../lexicon/countries';
import { pinyinCandidates } from '../lexicon/pinyin-names';
import { stemEnglish } from '../lexicon/tokenize-en';
import type { Pair, Segment, Severity } from '../types';
import { evidenceOf, pairSides, pairsToCheck, taggedWordsOf, type Check, type CheckContext, type FlagDraft } from './check';
import { garbledGivenNames } from './garbled-given-names';
import { speltCommonWords } from './spelt-common-words';
import { swappedInstitutions } from './swapped-institutions';
import { foldName, foldNameWord, isPinyinShaped, type EnName } from './en-names';
import { renderingSwaps } from './document-renderings';
import { demonymBases, isBareForeignName, isForeignPlace, languageCountries, namesOf, otherNames } from './foreign-names';
import { conventionalPersonName, findRun, personSwaps, surnameSwaps } from './person-names';

const WORD = /\p{L}[\p{L}\p{M}'’]*/gu;
// Longest run of English words joined when looking for a multi-word rendering ('Hong Kong Stock Exchange').
const MAX_NGRAM = 10;

/**
 * Every run of up to MAX_NGRAM consecutive words of the English, folded ('hongkong'); a possessive 's is
 * dropped. Asked one name at a time rather than listed: a pair has ten runs per word and the check asks
 * about a few of them, so a run is matched word by word from each start that fits.
 */
class FoldedRuns {
  private readonly bare: string[];
  constructor(words: string[]) {
    this.bare = words.map((w) => foldNameWord(w.replace(/['’]s$/u, '')));
  }
  /** Whether some run of the words folds to exactly `name` ('' never does). */
  has(name: string): boolean {
    return name.length > 0 && this.spans(name, 1).length > 0;
  }
  /** The runs (first word, one past the last) that fold to exactly `name`, up to `limit` of them. */
  spans(name: string, limit = Infinity): Array<[number, number]> {
    const bare = this.bare;
    const out: Array<[number, number]> = [];
    for (let i = 0; i < bare.length && out.length < limit; i++) {
      let at = 0;
      for (let k = i; k < Math.min(bare.length, i + MAX_NGRAM); k++) {
        if (!name.startsWith(bare[k], at)) break;
        at += bare[k].length;
        if (at === name.length) { out.push([i, k + 1]); break; }
      }
    }
    return out;
  }
}

/** Whether an English spelling is a near miss of a pinyin name: same first letter, one or two edits. */
function isNearMiss(a: string, b: string): boolean {
  if (a === b || a.length < 4 || b.length < 4 || a[0] !== b[0]) return false;
  const d = distance(a, b);
  return d <= 2 && d / Math.max(a.length, b.length) <= 0.34;
}

/** ' (Shenzhen)' from the dictionary's description of a place, or ''. */
function qualifierOf(dict: Dictionary, zh: string): string {
  const q = placeQualifier(placeGlosses(dict, zh));
  return q ? ` (${q})` : '';
}

/** The entity is rendered when one of its names, or its pinyin, is a run of English words, or an English word is its demonym ('Chinese' for China). */
function isRendered(e: ZhEntity, runs: FoldedRuns, words: string[]): boolean {
  return runs.has(e.pinyin) || e.names.some((n) => runs.has(foldLatinName(n)) || runs.has(foldName(n)) || runs.has(initialsOf(n))) || hasDemonym(e, words);
}

/** Folded initials of a name of two or more capitalised words ('United Kingdom' → 'uk'), or '' for a shorter one. */
function initialsOf(name: string): string {
  const words = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
  return words.length >= 2 ? words.map((w) => w[0].toLowerCase()).join('') : '';
}

/** China → Chinese, Japan → Japanese, Canada → Canadian, Germany → German: the name less its last letter starts the word. */
function hasDemonym(e: ZhEntity, words: string[]): boolean {
  return demonymCount(e, words) > 0;
}

/** How many of the words are demonyms of the entity's names. */
function demonymCount(e: ZhEntity, words: string[]): number {
  const stems = e.names.map(foldLatinName).filter((f) => f.length >= 5);
  // ('Hualin' is no demonym of Hualing: only a final y may drop.)
  return words.filter((w) => stems.some((f) => (w.length > f.length || (f.endsWith('y') && w.length === f.length - 1)) && w.startsWith(f.slice(0, -1)))).length;
}

/**
 * Folded pinyin forms of the pair's Chinese: of its words of two to four characters, a person's full name,
 * surname and given name; and of every run of two or three characters, for names the segmenter cut
 * apart (记者富田摄 'photo by reporter Futian'). ü is spelt both 'v' and 'u' (安闾 'Anlu').
 */
function pinyinForms(words: string[], texts: string[]): Set<string> {
  const out = new Set(words.filter((w) => /^\p{Script=Han}{2,4}$/u.test(w)).flatMap(pinyinCandidates));
  for (const text of texts) {
    for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
      for (let i = 0; i + 2 <= run.length; i++) {
        // A slice may cut a character outside the BMP (𠀋) in half and read as one syllable: no candidate then.
        for (const len of [2, 3]) if (i + len <= run.length) { const p = pinyinCandidates(run.slice(i, i + len))[0]; if (p) out.add(p); }
      }
    }
  }
  for (const p of [...out]) if (p.includes('v')) out.add(p.replace(/v/g, 'u'));
  return out;
}

/**
 * Whether an English capitalised word needs no Chinese name: acronyms (expansions such as CPC),
 * words a Chinese word of the pair translates to (Hong Kong for 港), words of an entity's rendering,
 * and ordinary words capitalised in a title ('Opinions').
 */
function isAccountedFor(word: string, dict: Dictionary, reach: Set<string>, entityWords: Set<string>, docReach: Set<string>, spelt: () => Set<string>): boolean {
  if (/^\p{Lu}[\p{Lu}\d]+s?$/u.test(word)) return true;
  const stem = stemEnglish(word);
  if (entityWords.has(foldLatinName(word)) || reach.has(stem)) return true;
  // 'Macau' where the Chinese says 粤港澳大湾区 ('Guangdong-Hong Kong-Macao …'): the name's own Chinese
  // form is glossed with a word some Chinese word of the pair is glossed with.
  const names = namesOf(dict, word);
  if (names.some((n) => n.glosses.some((g) => glossNames(g).some((x) => reach.has(stemEnglish(x)))))) return true;
  if (names.length === 0 && docReach.has(stem)) return true;
  // Last, as it is the dearest to work out (once per pair): the pinyin of a word of the pair.
  return spelt().has(foldLatinName(word));
}

/**
 * Whether an entity is a name the glossary or the dictionary gives an English name for ('Hong Kong'),
 * not a tagger's guess spelt in pinyin nor a capitalised entry glossed in words ('socialism with …').
 */
function isKnownName(e: ZhEntity, dict: Dictionary, glossary: CheckContext['glossary']): boolean {
  if (glossary.some((g) => g.zh === e.text)) return true;
  return [e.text, e.core].some((w) => readEntries(dict, w).some((d) => d.name && d.glosses.some((g) => glossNames(g).length > 0)));
}

/** Offsets where the segmenter's words start or end, or undefined without a segmenter. */
function wordEdges(text: string, tagged: Array<{ word: string }> | undefined): Set<number> | undefined {
  if (!tagged) return undefined;
  const edges = new Set<number>([0, text.length]);
  let at = 0;
  for (const { word } of tagged) {
    const start = text.indexOf(word, at);
    if (start < 0) continue;
    at = start + word.length;
    edges.add(start).add(at);
  }
  return edges;
}

// A life span in a dictionary gloss marks a person: 'Lau Ching-Wan (1964-), Hong Kong actor'.

/** An entity flag on a pair: the Chinese name and the English words that render it. */
function entityFlag(ctx: CheckContext, pair: Pair, severity: Severity, message: string, suggestion: string | undefined, zh: { e: ZhEntity; seg: Segment }, en: EnName): FlagDraft {
  const enSide = ctx.zhSide === 'source' ? 'target' : 'source';
  return {
    type: 'entity', severity, source: pair.source, target: pair.target, message, suggestion,
    evidence: [evidenceOf(ctx.zhSide, zh.seg, zh.e.start, zh.e.end), evidenceOf(enSide, en.segment, en.start, en.end)],
  };
}

/** Flags proper nouns whose rendering on the other side names a different (or misspelt) entity. */
export const entityMismatch: Check = (ctx: CheckContext): FlagDraft[] => {
  const flags: FlagDraft[] = [];
  const dict = ctx.dictionary;
  const docReach = documentReach(ctx);
  const commonReach = documentCommonReach(ctx);
  // A place: the dictionary's gloss calls it one (city, province, …) or places it in one ('Cologne, Germany').
  // Not the tagger's ns: it makes 英国 a place London could have been swapped for, and 美籍 one for 'American'.
  const inPlace = (zh: string) => readEntries(dict, zh).some((d) => d.name && d.glosses.some((g) => {
    const where = /^\p{Lu}[^,]*, (\p{Lu}[\p{L} ]+)$/u.exec(g)?.[1];
    return !!where && zhNamesForLatin(dict, where).length > 0;
  }));
  // 'Australia', 'Canada': a country the dictionary glosses by its name alone is a place because other
  // names are said to lie in it ('Sydney, capital of New South Wales, Australia').
  const containerCache = new Map<string, boolean>();
  const holdsPlaces = (zh: string) => {
    let v = containerCache.get(zh);
    if (v === undefined) {
      const names = readEntries(dict, zh).filter((d) => d.name).flatMap((d) => d.glosses).filter((g) => /^\p{Lu}[\p{L} ]+$/u.test(g));
      v = names.some((n) => dict.zhWordsOf(stemEnglish(n.split(' ').at(-1)!)).some((w) => w !== zh && readEntries(dict, w).some((d) => d.name && d.glosses.some((g) => g.endsWith(`, ${n}`)))));
      containerCache.set(zh, v);
    }
    return v;
  };
  const isPlace = (zh: string) => isPlaceName(dict, zh) || inPlace(zh);
  // A country the dictionary places other names in ('Australia'), or one ISO 3166 lists (新加坡 'Singapore').
  const isCountry = (zh: string) => !isPlace(zh) && (holdsPlaces(zh) || isCountryName(zh));
  for (const pair of pairsToCheck(ctx)) {
    const { zh, en } = pairSides(ctx, pair);
    if (zh.length === 0 || en.length === 0) continue;
    flags.push(...speltCommonWords(ctx, pair, zh, en), ...garbledGivenNames(ctx, pair, zh, en), ...swappedInstitutions(ctx, pair, zh, en));
    const zhText = zh.map((s) => s.text).join('');
    const bounded = new Set<ZhEntity>();
    const entities = zh.flatMap((seg) => {
      const tagged = ctx.zh?.tag?.(seg.text);
      const found = findZhEntities(seg.text, dict, ctx.glossary, tagged);
      const edges = wordEdges(seg.text, tagged);
      // A place's head glued to the next word by the segmenter (乌鲁木齐 | 县总工会) still bounds it.
      const headGlued = (e: ZhEntity) => isPlaceHead(e.text.slice(e.core.length)) && edges!.has(e.start + e.core.length);
      // A place the segmenter glued to a common word after it (英国公司 'British company', 波兰人 'Poles') bounds it too.
      const words = edges ? taggedWordsOf(ctx, seg) : [];
      const wordGlued = (e: ZhEntity) => words.some((w) => w.start === e.start && w.word.length > e.text.length && w.word.startsWith(e.text) && readEntries(dict, w.word.slice(e.text.length)).some((d) => !d.name) && (isPlace(e.core) || isCountry(e.core)));
      for (const e of found) if (!edges || (edges.has(e.start) && (edges.has(e.end) || headGlued(e) || wordGlued(e)))) bounded.add(e);
      return found.map((e) => ({ e, seg }));
    });
    const enWords: EnName[] = en.flatMap((segment) =>
      [...segment.text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length, segment })),
    );
    const runs = new FoldedRuns(enWords.map((w) => w.text));
    const folded = enWords.map((w) => foldLatinName(w.text));
    // A name written only inside a longer name's rendering is not rendered by it: 'Hong Kong' of
    // 'Guangdong-Hong Kong-Macao Greater Bay Area' renders 粤港澳大湾区, not a 香港 mentioned elsewhere.
    const spansOf = (e: ZhEntity) => [e.pinyin, ...e.names.flatMap((n) => [foldLatinName(n), foldName(n)])].flatMap((n) => runs.spans(n));
    // `within` is the text the name stands in (a compound for one of its characters); names there are not longer ones.
    const onlyInside = (e: ZhEntity, within: { start: number; end: number; text: string } = e) => {
      const own = spansOf(e);
      if (own.length === 0) return false;
      const longer = entities.filter(({ e: o }) => o !== e && o.text.length > within.text.length && (o.end <= within.start || o.start >= within.end)).flatMap(({ e: o }) => spansOf(o));
      return own.every(([a, b]) => longer.some(([c, d]) => c <= a && b <= d && d - c > b - a));
    };
    const rendered = new Set(entities.filter(({ e }) => isRendered(e, runs, folded)).map(({ e }) => e));
    // A name the original says more often than the translation writes it (挪威 twice, 'Norway' once): its
    // mentions past the translation's count go unrendered. A demonym ('Chinese' for 中国) counts as a writing.
    const said = new Map<string, ZhEntity[]>();
    for (const { e } of entities) if (rendered.has(e)) said.set(e.text, [...(said.get(e.text) ?? []), e]);
    const short = new Set<ZhEntity>();
    for (const mentions of said.values()) {
      if (mentions.length < 2) continue;
      const written = new Set(spansOf(mentions[0]).map(([a]) => a)).size + demonymCount(mentions[0], folded);
      for (const e of mentions.slice(Math.max(written, 1))) short.add(e);
    }
    const unrendered = entities.filter(({ e }) => !rendered.has(e) || short.has(e) || (onlyInside(e) && !hasDemonym(e, folded)));
    // A place of a compound of abbreviations (台 'Taiwan' of 港澳台) the translation leaves out: a gap too.
    const partOf = new Map<ZhEntity, PlacePart>();
    const partGaps: Array<{ e: ZhEntity; seg: Segment }> = [];
    for (const seg of zh) {
      for (const part of findPlaceParts(dict, seg.text, taggedWordsOf(ctx, seg))) {
        const within = { start: part.compoundStart, end: part.compoundStart + part.compound.length, text: part.compound };
        if (isRendered(part.e, runs, folded) && !(onlyInside(part.e, within) && !hasDemonym(part.e, folded))) continue;
        partOf.set(part.e, part);
        partGaps.push({ e: part.e, seg });
      }
    }
    const missing = unrendered.filter(({ e }) => e.transliterated);
    if (ctx.zhSide === 'source') {
      for (const { e, seg } of entities) {
        const conventional = conventionalPersonName(dict, e);
        if (!conventional || !bounded.has(e) || conventional.some((n) => runs.has(foldName(n)))) continue;
        const at = findRun(enWords, e.pinyin);
        if (!at) continue;
        flags.push(entityFlag(ctx, pair, 'major', `${e.text} is known in English as ${conventional[0]}; the translation spells the pinyin "${at.text}".`, conventional[0], { e, seg }, at));
      }
    }
    // Every pinyin the pair's Chinese may spell, worked out once and only for a pair that needs it (it
    // costs a pinyin reading of every run of two or three characters).
    let known: Set<string> | null = null;
    const spelt = () => (known ??= pinyinForms(zh.flatMap((seg) => zhContentWords(seg.text, ctx).map((w) => w.text)), zh.map((seg) => seg.text)));
    if (ctx.zh?.tag) {
      for (const seg of zh) {
        for (const { e, run } of surnameSwaps(dict, seg, ctx.zh.tag(seg.text), enWords, runs, spelt)) {
          const message = ctx.zhSide === 'source' ? `${e.text} is ${e.rendering}; the translation writes "${run.text}", another surname.` : `"${run.text}" has another surname than the translation's ${e.text} (${e.rendering}).`;
          flags.push(entityFlag(ctx, pair, 'major', message, ctx.zhSide === 'source' ? e.rendering : undefined, { e, seg }, run));
        }
      }
    }
    if (unrendered.length === 0 && partGaps.length === 0) continue;
    // A person put in another's place: 'Deng Xiaoping Thought' where the original says 习近平.
    const swaps = personSwaps(dict, unrendered.filter(({ e }) => bounded.has(e)), enWords, zhText, ctx.zh?.tag?.bind(ctx.zh));
    for (const { e, seg, run, other } of swaps) {
      const zhIsOriginal = ctx.zhSide === 'source';
      const message = zhIsOriginal ? `${e.text} is ${e.rendering}; "${run.text}" is ${other.zh}.` : `"${run.text}" is ${other.zh}; the translation's ${e.text} is ${e.rendering}.`;
      flags.push(entityFlag(ctx, pair, 'major', message, zhIsOriginal ? e.rendering : other.zh, { e, seg }, run));
    }
    if (swaps.length > 0) continue;
    const reach = new Set<string>();
    // Characters by their own glosses (港 'Hong Kong' of 粤港澳), but not inside a name the translation
    // renders: 澳 of 澳门 written 'Macao' is Macao there, not its other sense, Australia.
    for (const seg of zh) {
      const inWord = new Set<number>();
      for (const { e, seg: at } of entities) if (at === seg && e.text.length >= 2 && rendered.has(e)) for (let k = e.start; k < e.end; k++) inWord.add(k);
      let k = 0;
      for (const ch of seg.text) {
        if (!inWord.has(k)) for (const s of zhStemsOf(ch, dict)) reach.add(s);
        k += ch.length;
      }
    }
    for (const { e } of entities) for (const w of [e.text, e.core]) for (const s of zhStemsOf(w, dict)) reach.add(s);
    // Words of the pair too: 'Central' of 'CPC Central Committee' translates 中央, not the place 中环.
    for (const seg of zh) for (const w of zhContentWords(seg.text, ctx)) for (const s of zhStemsOf(w.text, dict)) reach.add(s);
    const entityWords = new Set(entities.flatMap(({ e }) => e.names.flatMap((n) => n.split(/[\s-]+/).map(foldLatinName))));
    const suspects = enWords.filter((w) => /^\p{Lu}/u.test(w.text) && !isAccountedFor(w.text, dict, reach, entityWords, docReach, spelt));
    const used = new Set<ZhEntity>();
    // A transliterated name the rest of the document renders by a word that sounds like it, here another name in its slot.
    const suspectSet = new Set(suspects);
    for (const swap of renderingSwaps(ctx, pair, unrendered, entities.map(({ e }) => e), enWords, (w) => suspectSet.has(w))) {
      used.add(swap.e);
      const zhName = swap.seg.text.slice(swap.named.start, swap.named.end);
      const message = ctx.zhSide === 'source'
        ? `${zhName} is "${swap.rendering}" elsewhere in the document; here the translation writes "${swap.run.text} ${swap.head}".`
        : `"${swap.run.text} ${swap.head}" is rendered ${zhName}, which elsewhere in the document renders "${swap.rendering}".`;
      flags.push(entityFlag(ctx, pair, 'major', message, ctx.zhSide === 'source' ? swap.rendering : undefined, { e: { ...swap.e, ...swap.named }, seg: swap.seg }, swap.run));
    }
    const hits = new Map<EnName, { e: ZhEntity; seg: Segment }>();
    const foreign: EnName[] = [];
    const countries = new Set<EnName>();
    // 'York' of 'New York': a suspect read with the capitalised word just before it, when the two are a known name.
    const withLead = (name: EnName): EnName | null => {
      const k = enWords.indexOf(name);
      const prev = enWords[k - 1];
      if (!prev || prev.segment !== name.segment || !/^\p{Lu}/u.test(prev.text) || name.segment.text.slice(prev.end, name.start) !== ' ') return null;
      return { text: `${prev.text} ${name.text}`, start: prev.start, end: name.end, segment: name.segment };
    };
    const candidates = suspects.map((word) => {
      const lead = withLead(word);
      // Not when the two spell a name of the pair in pinyin ('Liu He' for 刘鹤, though 柳河 is a place).
      const accounted = lead && isAccountedFor(lead.text, dict, reach, entityWords, docReach, spelt);
      if (lead && !accounted && isForeignPlace(dict, lead.text, zhText, commonReach, (zh) => isPlace(zh) || isCountry(zh))) return lead;
      // A name is read without its possessive: 'Portugal's Ministry' names Portugal.
      const bare = word.text.replace(/['’]s$/u, '');
      return bare === word.text ? word : { ...word, text: bare, end: word.start + bare.length };
    });
    const bareNames: EnName[] = [];
    const nationOf = new Map<EnName, string>();
    for (const name of candidates) {
      const folded = foldLatinName(name.text);
      // A foreign name in an English original ('Anders') is transliterated by sound, not spelt in pinyin:
      // a near miss against the Chinese's pinyin says nothing unless the English word is pinyin itself.
      const comparable = ctx.zhSide === 'source' || isPinyinShaped(folded);
      const near = comparable && missing.find(({ e }) => !used.has(e) && [e.pinyin, ...e.names.map(foldLatinName)].some((p) => isNearMiss(folded, p)));
      if (near) { used.add(near.e); hits.set(name, near); }
      // A word the document also uses as an ordinary word ('Central' of 中央) is too weak to call a swap.
      else if ([name.text, ...demonymBases(name.text)].some((w) => isForeignPlace(dict, w, zhText, commonReach, isPlace))) foreign.push(name);
      // A country only for a country (Australian for 加拿大): countries go unsaid beside their places too
      // often ('the embassy in London' for 驻英国使馆).
      else if ([name.text, ...demonymBases(name.text)].some((w) => isForeignPlace(dict, w, zhText, commonReach, isCountry))) { foreign.push(name); countries.add(name); }
      else if (isBareForeignName(dict, name.text, zhText, commonReach)) bareNames.push(name);
      else {
        // 'French' where the original never names France nor French: a country, as 'Australian' is.
        const nations = languageCountries(dict, name.text);
        if (nations.length > 0 && !nations.some((c) => zhText.includes(c)) && otherNames(dict, name.text, zhText) && !commonReach.has(stemEnglish(name.text))) { foreign.push(name); countries.add(name); nationOf.set(name, nations[0]); }
      }
    }
    // A distant swap (Macao for 香港, Shanghai Stock Exchange for 深圳证券交易所): the English names a known
    // place the Chinese never mentions while a place (or a body named after one) went unrendered. Paired in
    // reading order, and only when every foreign name finds an unrendered one: more foreign names than
    // gaps means added detail, not a swap.
    // Only names the segmenter agrees are words: 大和 (Daiwa) cut out of 二十大和二十届 is no name.
    const placeLike = (e: ZhEntity) => isPlaceLike(dict, e) || isPlace(e.core);
    const gaps = [...unrendered.filter(({ e }) => !used.has(e) && bounded.has(e) && isKnownName(e, dict, ctx.glossary) && (placeLike(e) || isCountry(e.core))), ...partGaps];
    // Places pair with places and countries with countries, each kind only when all its foreign names find a gap.
    // A country with named places in it (中国) is place-like too: it may stand for either kind, once.
    const paired = new Set<ZhEntity>();
    for (const country of [false, true]) {
      const names = foreign.filter((name) => countries.has(name) === country);
      // A compound's place may be a country or a region (台 of 港澳台): either kind of name fills its gap.
      const open = gaps.filter((g) => !paired.has(g.e) && (partOf.has(g.e) || (country ? !placeLike(g.e) || isCountry(g.e.core) || isCountryName(g.e.core) : placeLike(g.e))));
      if (names.length > 0 && names.length <= open.length) names.forEach((name, k) => (hits.set(name, open[k]), paired.add(open[k].e)));
    }
    // Names known only bare ('Krakow') pair last, and only with places (华沙 'Warsaw, capital of Poland'),
    // never a country or a body named after a place; again only when every one of them finds a gap.
    const placeGaps = gaps.filter((g) => !paired.has(g.e) && !partOf.has(g.e) && isPlace(g.e.core));
    if (bareNames.length > 0 && bareNames.length <= placeGaps.length) {
      bareNames.forEach((name, k) => (hits.set(name, placeGaps[k]), paired.add(placeGaps[k].e), foreign.push(name)));
    }
    for (const name of candidates) {
      const hit = hits.get(name);
      if (!hit) continue;
      const others = otherNames(dict, name.text, zhText);
      const { e } = hit;
      const nation = nationOf.get(name);
      const other = nation ? { zh: nation } : others?.[0];
      const zhIsOriginal = ctx.zhSide === 'source';
      const part = partOf.get(e);
      const zhSaid = part ? `${e.text} of ${part.compound} is ${e.rendering}` : `${e.text} is ${e.rendering}${qualifierOf(dict, e.core)}`;
      const enSaid = other ? `"${name.text}" is ${other.zh}${qualifierOf(dict, other.zh)}` : '';
      // 韦瑟尔 (Wesel) is in neither the dictionary nor the glossary and reads as a transliteration: its pinyin
      // is no guide to the foreign name's spelling, so a spelling near it ('Weiser') is one to check, not a wrong name.
      const guessed = !other && !foreign.includes(name) && !isKnownName(e, dict, ctx.glossary) && readsAsTransliteration(dict, e.core);
      let message: string;
      if (guessed) message = `${e.text} reads as a foreign name the dictionary does not know (its pinyin would be ${e.rendering}); the translation writes "${name.text}": check the spelling.`;
      else if (zhIsOriginal) message = other ? `${zhSaid}; ${enSaid}.` : `${zhSaid}; the translation writes "${name.text}".`;
      else message = other ? `${enSaid}; the translation's ${zhSaid}.` : `"${name.text}" is not a known name; the translation's ${zhSaid}.`;
      // A near miss of the pinyin (Yantai for Yantian) is critical; a distant swap (a place the Chinese never
      // names, paired with an unrendered one) rests on weaker evidence — 'Pierre' may be a saint — so major.
      const severity = guessed ? 'minor' : other && !foreign.includes(name) ? 'critical' : 'major';
      flags.push(entityFlag(ctx, pair, severity, message, zhIsOriginal ? e.rendering : other ? other.zh + e.text.slice(e.core.length) : undefined, hit, name));
    }
  }
  return flags;
};
