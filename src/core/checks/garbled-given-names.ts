// A person's given name spelt as another pinyin: 朱仲鱼 (Zhu Zhongyu) written "Zhu Zhongyou", 何大一 (He Dayi)
// written "He Daichi"; or written alone, the surname dropped: 习近平 as "General Secretary Jinping". Part of
// the entity check; the surname-swap test there covers the other half (李代国 as "Wang Daiguo"). The evidence
// is pinyin's: the surname is spelt right, one syllable of the given name is one of its characters' readings,
// and the other is a pinyin syllable that no reading of the characters gives; or the given name's exact
// pinyin stands with no surname beside it anywhere in the pair.
import { pinyin } from 'pinyin-pro';
import { foldLatinName, type Dictionary } from '../lexicon/dictionary';
import { PINYIN_SYLLABLE, pinyinCandidates, surnameAndGiven } from '../lexicon/pinyin-names';
import type { Pair, Segment } from '../types';
import { evidenceOf, taggedWordsOf, type CheckContext, type FlagDraft } from './check';
import { capitalise } from './en-names';

const ONE_SYLLABLE = new RegExp(`^${PINYIN_SYLLABLE}$`);
const TWO_SYLLABLES = new RegExp(`^(?:${PINYIN_SYLLABLE}){2}$`);
const HAN_RUN = /\p{Script=Han}+/gu;

interface Person { zh: string; start: number; seg: Segment; surname: string; given: string; chars: [string, string]; tagged: boolean }

/** Every toneless reading of a character, pinyin-pro's and the dictionary's, ü as both 'v' and 'u' (乘: cheng, sheng). */
function readingsOf(dict: Dictionary, ch: string): string[] {
  const all = [
    ...pinyin(ch, { toneType: 'none', type: 'array', multiple: true, v: true }),
    ...dict.lookup(ch).map((e) => e.pinyin.replace(/[1-5]/g, '')),
  ].map((r) => foldLatinName(r.replace(/ü|u:/g, 'v')));
  return [...new Set(all.flatMap((r) => (r.includes('v') ? [r, r.replace(/v/g, 'u')] : [r])))];
}

/** Whether the dictionary lists a character as a surname: a name entry glossed 'surname Zhu' or by its own pinyin ('Zhu'). */
function isSurname(dict: Dictionary, ch: string): boolean {
  return dict.lookup(ch).some((d) => d.name && d.glosses.some((g) => /^surname\b/i.test(g) || foldLatinName(g) === foldLatinName(d.pinyin.replace(/[1-5]/g, ''))));
}

// Heads of place names: a new word before one is a place (经屯堡 + 乡, a township), not a person.
const PLACE_HEAD = /^[乡村镇县区市省州站港岛路街]/u;

/**
 * Three-character people of a segment: words the tagger reads as a person's name (`tagged`), or new words
 * (x) that start with a surname and stand before no place head.
 */
function peopleOf(ctx: CheckContext, seg: Segment): Person[] {
  const out: Person[] = [];
  for (const { word, tag, start } of taggedWordsOf(ctx, seg)) {
    const tagged = /^nr/.test(tag);
    if (!tagged && !(tag === 'x' && !ctx.dictionary.has(word) && isSurname(ctx.dictionary, word[0]) && !PLACE_HEAD.test(seg.text.slice(start + word.length)))) continue;
    const parts = surnameAndGiven(word);
    // By code point: a character outside the BMP (𠀋) is two UTF-16 units.
    const [, first, second] = [...word];
    if (parts) out.push({ zh: word, start, seg, ...parts, chars: [first, second], tagged });
  }
  return out;
}

/**
 * Whether `written` is the given name garbled: two pinyin syllables, one a reading of its character, the
 * other no reading of the other character ('zhongyou' for 仲鱼: zhong + you, 鱼 reads yu).
 */
function isGarbled(dict: Dictionary, written: string, chars: [string, string]): boolean {
  const [first, second] = chars.map((ch) => readingsOf(dict, ch));
  if (first.some((a) => second.some((b) => a + b === written))) return false;
  const keepsFirst = first.some((a) => written.startsWith(a) && ONE_SYLLABLE.test(written.slice(a.length)));
  const keepsSecond = second.some((b) => written.endsWith(b) && ONE_SYLLABLE.test(written.slice(0, -b.length)));
  return keepsFirst || keepsSecond;
}

/** Every run of two characters of the Chinese by its toneless pinyin: a given name the English spells may belong to another person or a place of the pair. */
function pairPinyin(zh: Segment[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const seg of zh) {
    for (const run of seg.text.match(HAN_RUN) ?? []) {
      for (let i = 0; i + 2 <= run.length; i++) {
        const span = run.slice(i, i + 2);
        for (const p of pinyinCandidates(span)) out.set(p, (out.get(p) ?? new Set()).add(span));
      }
    }
  }
  return out;
}


interface EnWord { text: string; start: number; end: number }
interface EnName { text: string; start: number; end: number; seg: Segment }

/** The words of an English segment, apostrophes and hyphens kept inside ('Ying-jeou', "Jinping's"). */
function wordsOf(seg: Segment): EnWord[] {
  return [...seg.text.matchAll(/\p{L}[\p{L}'’-]*/gu)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;
const bare = (w: string) => w.replace(/['’]s$/u, '');
/** Whether two words are joined by exactly one space. */
const joined = (seg: Segment, x: EnWord, y: EnWord) => y.start === x.end + 1 && seg.text[x.end] === ' ';

/**
 * Every two capitalised words joined by one space, overlapping ('Reporter Zhu Zhongyou' gives 'Reporter Zhu'
 * and 'Zhu Zhongyou'), folded; a word joined by a hyphen belongs to another romanisation ('Ma Ying-jeou').
 */
function twoWordNames(seg: Segment, words: EnWord[]): Array<EnName & { a: string; b: string }> {
  const out: Array<EnName & { a: string; b: string }> = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const [x, y] = [words[i], words[i + 1]];
    if (!NAME_WORD.test(x.text) || !NAME_WORD.test(bare(y.text)) || !joined(seg, x, y)) continue;
    const b = bare(y.text);
    out.push({ text: `${x.text} ${b}`, a: foldLatinName(x.text), b: foldLatinName(b), start: x.start, end: x.start + x.text.length + 1 + b.length, seg });
  }
  return out;
}

/** Capitalised words of two pinyin syllables with no one-syllable capitalised word (a surname) joined to either side: "Secretary Jinping's". */
function loneGivenNames(seg: Segment, words: EnWord[]): Array<EnName & { folded: string }> {
  const out: Array<EnName & { folded: string }> = [];
  const isSurnameWord = (w: EnWord | undefined) => !!w && NAME_WORD.test(bare(w.text)) && ONE_SYLLABLE.test(foldLatinName(bare(w.text)));
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const text = bare(w.text);
    if (!NAME_WORD.test(text) || !TWO_SYLLABLES.test(foldLatinName(text))) continue;
    const before = i > 0 && joined(seg, words[i - 1], w) ? words[i - 1] : undefined;
    const after = i + 1 < words.length && joined(seg, w, words[i + 1]) ? words[i + 1] : undefined;
    if (isSurnameWord(before) || isSurnameWord(after)) continue;
    out.push({ text, start: w.start, end: w.start + text.length, seg, folded: foldLatinName(text) });
  }
  return out;
}


/**
 * Flags a person of a Chinese original whose translation keeps the pinyin surname but spells the given
 * name as other pinyin, in either order ("Zhu Zhongyou", "Zhongyou Zhu"), or writes the given name alone
 * ("Jinping"); [] without a tagger or when the Chinese is the translation. Major: the surname says which
 * person is meant and the given name is wrong, or a reader meets a name no one goes by.
 */
export function garbledGivenNames(ctx: CheckContext, pair: Pair, zh: Segment[], en: Segment[]): FlagDraft[] {
  if (ctx.zhSide !== 'source' || !ctx.zh?.tag) return [];
  // The English first: without a capitalised word spelt like pinyin there is no name to compare, and no tagging to do.
  const words = en.map((seg) => ({ seg, words: wordsOf(seg) }));
  const names = words.flatMap(({ seg, words: w }) => twoWordNames(seg, w));
  const lone = words.flatMap(({ seg, words: w }) => loneGivenNames(seg, w));
  if (names.length === 0 && lone.length === 0) return [];
  const people = zh.flatMap((seg) => peopleOf(ctx, seg));
  if (people.length === 0) return [];
  const flags: FlagDraft[] = [];
  let spelt: Map<string, Set<string>> | undefined;
  const flag = (p: Person, at: EnName, why: string) => {
    const rendering = `${capitalise(p.surname)} ${capitalise(p.given)}`;
    flags.push({
      type: 'entity', severity: 'major', source: pair.source, target: pair.target,
      message: `${p.zh} is ${rendering}; the translation writes "${at.text}", ${why}.`,
      suggestion: rendering,
      evidence: [evidenceOf('source', p.seg, p.start, p.start + p.zh.length), evidenceOf('target', at.seg, at.start, at.end)],
    });
  };
  for (const name of names) {
    for (const p of people) {
      const given = name.a === p.surname ? name.b : name.b === p.surname ? name.a : undefined;
      if (!given || given === p.given || !isGarbled(ctx.dictionary, given, p.chars)) continue;
      // An English word ('Ruth') or another person's given name in the pair is no garbled spelling.
      if (ctx.dictionary.zhWordsOf(given).length > 0 || (spelt ??= pairPinyin(zh)).has(given)) continue;
      flag(p, name, 'another given name');
      break;
    }
  }
  // A lone given name only for a word the tagger reads as a person's name: a new word (x) may be cut from a
  // longer name (南达杰 of 索南达杰), whose tail then stands alone in the English rightly.
  for (const p of people.filter((q) => q.tagged)) {
    // Only a person whose surname the translation never writes beside the given name: "Xi Jinping" once makes a later "Jinping" a style choice.
    if (names.some((n) => (n.a === p.surname && n.b === p.given) || (n.b === p.surname && n.a === p.given))) continue;
    const at = lone.find((w) => w.folded === p.given);
    if (!at || ctx.dictionary.zhWordsOf(p.given).length > 0) continue;
    // The same sound may be a place or another name of the pair (锦屏 'Jinping'): only the person's own given name may spell it.
    if ([...((spelt ??= pairPinyin(zh)).get(p.given) ?? [])].some((span) => span !== p.chars.join(''))) continue;
    flag(p, at, 'the given name without the surname');
  }
  return flags;
}
