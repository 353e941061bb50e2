// A person's given name spelt as another pinyin: 朱仲鱼 (Zhu Zhongyu) written "Zhu Zhongyou", 何大一 (He Dayi)
// written "He Daichi". Part of the entity check; the surname-swap test there covers the other half (李代国
// as "Wang Daiguo"). The evidence is pinyin's: the surname is spelt right, one syllable of the given name is
// one of its characters' readings, and the other is a pinyin syllable that no reading of the characters gives.
import { pinyin } from 'pinyin-pro';
import { foldLatinName, type Dictionary } from '../lexicon/dictionary';
import { PINYIN_SYLLABLE, pinyinCandidates, surnameAndGiven } from '../lexicon/pinyin-names';
import type { Evidence, Pair, Segment } from '../types';
import { taggedWordsOf, type CheckContext, type FlagDraft } from './check';

const ONE_SYLLABLE = new RegExp(`^${PINYIN_SYLLABLE}$`);
const HAN_RUN = /\p{Script=Han}+/gu;

interface Person { zh: string; start: number; seg: Segment; surname: string; given: string; chars: [string, string] }

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

/** Three-character people of a segment: words the tagger reads as a person's name, or new words (x) that start with a surname. */
function peopleOf(ctx: CheckContext, seg: Segment): Person[] {
  const out: Person[] = [];
  for (const { word, tag, start } of taggedWordsOf(ctx, seg)) {
    if (!/^nr/.test(tag) && !(tag === 'x' && !ctx.dictionary.has(word) && isSurname(ctx.dictionary, word[0]))) continue;
    const parts = surnameAndGiven(word);
    if (parts) out.push({ zh: word, start, seg, ...parts, chars: [word[1], word[2]] });
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

/** Toneless pinyin of every run of two characters of the Chinese: a given name the English spells may belong to another person of the pair. */
function pairPinyin(zh: Segment[]): Set<string> {
  const out = new Set<string>();
  for (const seg of zh) {
    for (const run of seg.text.match(HAN_RUN) ?? []) {
      for (let i = 0; i + 2 <= run.length; i++) for (const p of pinyinCandidates(run.slice(i, i + 2))) out.add(p);
    }
  }
  return out;
}

function evidenceOf(side: 'source' | 'target', seg: Segment, start: number, end: number): Evidence {
  return { side, segment: seg.id, start: seg.start + start, end: seg.start + end, text: seg.text.slice(start, end) };
}

/**
 * Every two capitalised words joined by one space, overlapping ('Reporter Zhu Zhongyou' gives 'Reporter Zhu'
 * and 'Zhu Zhongyou'), folded; a word joined by a hyphen belongs to another romanisation ('Ma Ying-jeou').
 */
function twoWordNames(seg: Segment): Array<{ text: string; a: string; b: string; start: number; end: number; seg: Segment }> {
  const words = [...seg.text.matchAll(/[\p{L}'’-]+/gu)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const out: Array<{ text: string; a: string; b: string; start: number; end: number; seg: Segment }> = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const [x, y] = [words[i], words[i + 1]];
    if (!/^\p{Lu}\p{Ll}+$/u.test(x.text) || !/^\p{Lu}\p{Ll}+(?:['’]s)?$/u.test(y.text) || y.start !== x.end + 1 || seg.text[x.end] !== ' ') continue;
    const bare = y.text.replace(/['’]s$/u, '');
    out.push({ text: `${x.text} ${bare}`, a: foldLatinName(x.text), b: foldLatinName(bare), start: x.start, end: x.start + x.text.length + 1 + bare.length, seg });
  }
  return out;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Flags a person of a Chinese original whose translation keeps the pinyin surname but spells the given
 * name as other pinyin, in either order ("Zhu Zhongyou", "Zhongyou Zhu"); [] without a tagger or when the
 * Chinese is the translation. Major: the surname says which person is meant, and the given name is wrong.
 */
export function garbledGivenNames(ctx: CheckContext, pair: Pair, zh: Segment[], en: Segment[]): FlagDraft[] {
  if (ctx.zhSide !== 'source' || !ctx.zh?.tag) return [];
  // The English first: without two capitalised words side by side there is no name to compare, and no tagging to do.
  const names = en.flatMap((seg) => twoWordNames(seg));
  if (names.length === 0) return [];
  const people = zh.flatMap((seg) => peopleOf(ctx, seg));
  if (people.length === 0) return [];
  const flags: FlagDraft[] = [];
  let spelt: Set<string> | undefined;
  for (const name of names) {
    for (const p of people) {
      const given = name.a === p.surname ? name.b : name.b === p.surname ? name.a : undefined;
      if (!given || given === p.given || !isGarbled(ctx.dictionary, given, p.chars)) continue;
      // An English word ('Ruth') or another person's given name in the pair is no garbled spelling.
      if (ctx.dictionary.zhWordsOf(given).length > 0 || (spelt ??= pairPinyin(zh)).has(given)) continue;
      const rendering = `${cap(p.surname)} ${cap(p.given)}`;
      flags.push({
        type: 'entity', severity: 'major', source: pair.source, target: pair.target,
        message: `${p.zh} is ${rendering}; the translation writes "${name.text}", another given name.`,
        suggestion: rendering,
        evidence: [evidenceOf('source', p.seg, p.start, p.start + p.zh.length), evidenceOf('target', name.seg, name.start, name.end)],
      });
      break;
    }
  }
  return flags;
}
