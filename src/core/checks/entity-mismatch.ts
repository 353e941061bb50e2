// Proper nouns rendered as a different name: 盐田港 (Yantian Port, Shenzhen) translated as
// "Yantai Port" (烟台, Shandong). Flags only a wrong name, never a name that is merely missing.
import { distance } from 'fastest-levenshtein';
import { foldLatinName, type DictEntry, type Dictionary } from '../dictionary';
import { findZhEntities, placeGlosses, placeQualifier, type ZhEntity } from '../entities-zh';
import { documentReach, zhStemsOf } from '../lexical-match';
import { stemEnglish } from '../tokenize-en';
import type { Evidence, Segment } from '../types';
import { pairSides, type Check, type CheckContext, type FlagDraft } from './check';

/** A capitalised English word; `start`/`end` index its segment's text. */
interface EnName {
  text: string;
  start: number;
  end: number;
  segment: Segment;
}

const WORD = /\p{L}[\p{L}\p{M}'’]*/gu;
// Longest run of English words joined when looking for a multi-word rendering ('Hong Kong Stock Exchange').
const MAX_NGRAM = 6;

/** Every run of up to MAX_NGRAM consecutive words of the English, folded ('hongkong'). */
function foldedRuns(words: string[]): Set<string> {
  const runs = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    let acc = '';
    for (let k = i; k < Math.min(words.length, i + MAX_NGRAM); k++) runs.add((acc += foldLatinName(words[k])));
  }
  return runs;
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

/** The entity is rendered when one of its names, or its pinyin, is a run of English words. */
function isRendered(e: ZhEntity, runs: Set<string>): boolean {
  return runs.has(e.pinyin) || e.names.some((n) => runs.has(foldLatinName(n)));
}

/**
 * Whether an English capitalised word needs no Chinese name: acronyms (expansions such as CPC),
 * words a Chinese word of the pair translates to (Hong Kong for 港), words of an entity's rendering,
 * and ordinary words capitalised in a title ('Opinions').
 */
function isAccountedFor(word: string, dict: Dictionary, reach: Set<string>, entityWords: Set<string>, docReach: Set<string>): boolean {
  if (/^\p{Lu}[\p{Lu}\d]+s?$/u.test(word)) return true;
  const stem = stemEnglish(word);
  if (entityWords.has(foldLatinName(word)) || reach.has(stem)) return true;
  return namesOf(dict, word).length === 0 && docReach.has(stem);
}

/** Chinese names of two or more characters for a Latin name: single characters are surnames ('Long' 龙) and abbreviations. */
function namesOf(dict: Dictionary, word: string): DictEntry[] {
  return dict.zhNamesOf(word).filter((e) => e.zh.length >= 2);
}

/** Chinese names a Latin name may stand for that the Chinese text does not contain. */
function otherNames(dict: Dictionary, word: string, zhText: string): DictEntry[] | undefined {
  const names = namesOf(dict, word);
  if (names.length === 0 || names.some((n) => zhText.includes(n.zh))) return undefined;
  return names.sort((a, b) => a.zh.length - b.zh.length);
}

function evidenceOf(side: 'source' | 'target', seg: Segment, start: number, end: number): Evidence {
  return { side, segment: seg.id, start: seg.start + start, end: seg.start + end, text: seg.text.slice(start, end) };
}

/** Flags proper nouns whose rendering on the other side names a different (or misspelt) entity. */
export const entityMismatch: Check = (ctx: CheckContext): FlagDraft[] => {
  const flags: FlagDraft[] = [];
  const dict = ctx.dictionary;
  const enSide = ctx.zhSide === 'source' ? 'target' : 'source';
  const docReach = documentReach(ctx);
  for (const pair of ctx.pairs) {
    const { zh, en } = pairSides(ctx, pair);
    if (zh.length === 0 || en.length === 0) continue;
    const zhText = zh.map((s) => s.text).join('');
    const entities = zh.flatMap((seg) =>
      findZhEntities(seg.text, dict, ctx.glossary, ctx.zh?.tag?.(seg.text)).map((e) => ({ e, seg })),
    );
    const enWords: EnName[] = en.flatMap((segment) =>
      [...segment.text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length, segment })),
    );
    const runs = foldedRuns(enWords.map((w) => w.text));
    const missing = entities.filter(({ e }) => e.transliterated && !isRendered(e, runs));
    if (missing.length === 0) continue;
    const reach = new Set<string>();
    for (const seg of zh) for (const ch of seg.text) for (const s of zhStemsOf(ch, dict)) reach.add(s);
    for (const { e } of entities) for (const w of [e.text, e.core]) for (const s of zhStemsOf(w, dict)) reach.add(s);
    const entityWords = new Set(entities.flatMap(({ e }) => e.names.flatMap((n) => n.split(/[\s-]+/).map(foldLatinName))));
    const suspects = enWords.filter((w) => /^\p{Lu}/u.test(w.text) && !isAccountedFor(w.text, dict, reach, entityWords, docReach));
    const used = new Set<ZhEntity>();
    for (const name of suspects) {
      const folded = foldLatinName(name.text);
      const others = otherNames(dict, name.text, zhText);
      const near = missing.find(({ e }) => !used.has(e) && [e.pinyin, ...e.names.map(foldLatinName)].some((p) => isNearMiss(folded, p)));
      // A distant name counts only as a one-for-one swap of transliterated names (Guangzhou for 深圳).
      const swapped =
        !near && others && missing.length === 1 && suspects.length === 1 &&
        others.some((o) => foldLatinName(o.pinyin.replace(/[1-5]/g, '')) === folded);
      const hit = near ?? (swapped ? missing[0] : undefined);
      if (!hit || used.has(hit.e)) continue;
      used.add(hit.e);
      const { e, seg } = hit;
      const other = others?.[0];
      const zhIsOriginal = ctx.zhSide === 'source';
      const zhSaid = `${e.text} is ${e.rendering}${qualifierOf(dict, e.core)}`;
      const enSaid = other ? `"${name.text}" is ${other.zh}${qualifierOf(dict, other.zh)}` : '';
      let message: string;
      if (zhIsOriginal) message = other ? `${zhSaid}; ${enSaid}.` : `${zhSaid}; the translation writes "${name.text}".`;
      else message = other ? `${enSaid}; the translation's ${zhSaid}.` : `"${name.text}" is not a known name; the translation's ${zhSaid}.`;
      flags.push({
        type: 'entity',
        severity: other ? 'critical' : 'major',
        source: pair.source,
        target: pair.target,
        message,
        suggestion: zhIsOriginal ? e.rendering : other ? other.zh + e.text.slice(e.core.length) : undefined,
        evidence: [
          evidenceOf(ctx.zhSide, seg, e.start, e.end),
          evidenceOf(enSide, name.segment, name.start, name.end),
        ],
      });
    }
  }
  return flags;
};
