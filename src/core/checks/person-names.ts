// People in the entity check: a person the dictionary knows by a conventional English name, a person put
// in another's place, and a given name kept under another surname.
import { glossNames, zhNamesForLatin, type ZhEntity } from '../analyze/entities-zh';
import { foldLatinName, type DictEntry, type Dictionary } from '../lexicon/dictionary';
import { PINYIN_SYLLABLE, surnameAndGiven } from '../lexicon/pinyin-names';
import type { Segment } from '../types';
import { capitalise, foldName, isPinyinShaped, type EnName } from './en-names';

const LIFE_SPAN = /\((?:c\. ?)?\d{3,4}[-–](?:\d{2,4})?\)/;

/** Whether the dictionary describes this entry as a person (a life span in a gloss). */
function isPerson(entry: DictEntry): boolean {
  return entry.name && entry.glosses.some((g) => LIFE_SPAN.test(g));
}

/**
 * The English names a person is known by when the dictionary gives them and none is the pinyin:
 * 刘青云 'Lau Ching-Wan', 董建华 'Tung Chee-hwa', 孙中山 'Sun Yat-sen'; undefined otherwise.
 */
export function conventionalPersonName(dict: Dictionary, e: ZhEntity): string[] | undefined {
  const entry = dict.lookup(e.text).find(isPerson);
  if (!entry) return undefined;
  const names = entry.glosses.filter((g) => LIFE_SPAN.test(g)).flatMap(glossNames).map((n) => n.replace(/^(?:Sir|Dame|Lord|Saint|St\.?|Dr\.?) /, ''));
  if (names.length === 0 || names.some((n) => foldName(n) === e.pinyin)) return undefined;
  return names;
}

/**
 * People the English names whom the original never mentions, paired in reading order with people of
 * the original left unrendered: only when there are no more such names than unrendered people (more
 * names means added detail, not a swap).
 */
export function personSwaps(dict: Dictionary, unrendered: Array<{ e: ZhEntity; seg: Segment }>, words: EnName[], zhText: string, tag: ((text: string) => Array<{ word: string; tag: string }>) | undefined): Array<{ e: ZhEntity; seg: Segment; run: EnName; other: DictEntry }> {
  // The segmenter's tagger, where there is one, must read the name as a person's ('Vietnam War (1955-1975)' has a span too).
  const isTaggedPerson = (zh: string) => !tag || tag(zh).some((t) => t.word === zh && /^nr/.test(t.tag));
  const people = unrendered.filter(({ e }) => dict.lookup(e.text).some(isPerson) && isTaggedPerson(e.text));
  if (people.length === 0) return [];
  const named: Array<{ run: EnName; other: DictEntry }> = [];
  for (let i = 0; i < words.length; i++) {
    for (const len of [3, 2]) {
      const last = words[i + len - 1];
      if (!last || last.segment !== words[i].segment) continue;
      const run = words.slice(i, i + len);
      // Capitalised words joined by a space or a hyphen only: 'Deng Xiaoping', 'Chiang Kai-shek'.
      if (!run.every((w, k) => /^\p{Lu}/u.test(w.text) && (k === 0 || /^[\s-]$/u.test(w.segment.text.slice(run[k - 1].end, w.start))))) continue;
      const text = words[i].segment.text.slice(words[i].start, last.end);
      const other = zhNamesForLatin(dict, text).find((d) => isPerson(d) && !zhText.includes(d.zh) && isTaggedPerson(d.zh));
      if (other) { named.push({ run: { text, start: words[i].start, end: last.end, segment: words[i].segment }, other }); i += len - 1; break; }
    }
  }
  if (named.length === 0 || named.length > people.length) return [];
  // 'Chairman Mao' (毛主席) for 毛泽东: the same surname is the same person by title, not a swap.
  return named.map((n, k) => ({ ...people[k], ...n })).filter(({ e, other }) => other.zh[0] !== e.text[0]);
}

/**
 * A person of the original whose given name the translation spells in pinyin after (or before) another
 * surname: 李代国 as 'Wang Daiguo'. The person is a three-character word the tagger reads as a person's
 * name (nr), or discovered (x) with a surname first, that is not rendered; the other surname is one
 * pinyin syllable, not this surname in Wade-Giles, and spells no other name of the pair.
 */
export function surnameSwaps(dict: Dictionary, seg: Segment, tagged: Array<{ word: string; tag: string }>, words: EnName[], runs: { has(run: string): boolean }, spelt: () => Set<string>): Array<{ e: ZhEntity; run: EnName; given: string }> {
  const out: Array<{ e: ZhEntity; run: EnName; given: string }> = [];
  let at = 0;
  for (const { word, tag } of tagged) {
    const start = seg.text.indexOf(word, at);
    if (start >= 0) at = start + word.length;
    // A person's name: tagged nr, or a word the segmenter discovered (x) that starts with a surname the dictionary lists.
    const person = /^nr/.test(tag) || (tag === 'x' && !dict.has(word) && dict.lookup(word[0]).some((d) => d.name && d.glosses.some((g) => /^surname\b/i.test(g) || (/^\p{Lu}\p{Ll}+$/u.test(g) && isPinyinShaped(foldLatinName(g))))));
    const parts = person && start >= 0 ? surnameAndGiven(word) : null;
    if (!parts || runs.has(parts.surname + parts.given) || runs.has(parts.given + parts.surname)) continue;
    for (let i = 0; i < words.length; i++) {
      if (foldLatinName(words[i].text) !== parts.given || !/^\p{Lu}/u.test(words[i].text)) continue;
      for (const j of [i - 1, i + 1]) {
        const other = words[j];
        if (!other || other.segment !== words[i].segment || !/^\p{Lu}\p{Ll}+$/u.test(other.text)) continue;
        const folded = foldLatinName(other.text);
        if (sameSurname(folded, parts.surname) || !PINYIN_ONE.test(folded) || spelt().has(folded) || !/^\s$/.test(other.segment.text.slice(Math.min(other.end, words[i].end), Math.max(other.start, words[i].start)))) continue;
        const [a, b] = j < i ? [other, words[i]] : [words[i], other];
        const e: ZhEntity = { text: word, core: word, start, end: start + word.length, suffixEn: '', names: [], pinyin: parts.surname + parts.given, rendering: `${capitalise(parts.surname)} ${capitalise(parts.given)}`, transliterated: true };
        out.push({ e, run: { text: a.segment.text.slice(a.start, b.end), start: a.start, end: b.end, segment: a.segment }, given: parts.given });
        break;
      }
    }
  }
  return out;
}

const PINYIN_ONE = new RegExp(`^${PINYIN_SYLLABLE}$`);

/**
 * Whether an English surname spells this pinyin surname, in pinyin or Wade-Giles (Chao 赵 zhao, Chang 张
 * zhang, Kuo 郭 guo, Teng 邓 deng, Tsai 蔡 cai): the initial may be written another way, the rest the same.
 */
function sameSurname(written: string, pinyinSurname: string): boolean {
  if (written === pinyinSurname) return true;
  const m = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(.*)$/.exec(pinyinSurname)!;
  const wade: Record<string, string[]> = { zh: ['ch', 'j'], j: ['ch'], q: ['ch'], z: ['ts', 'tz'], c: ['ts'], g: ['k'], d: ['t'], b: ['p'], x: ['hs'], r: ['j'] };
  return (wade[m[1] ?? ''] ?? []).some((initial) => written === initial + m[2]);
}


/** The run of English words that folds to `target` ('Liu Qingyun' for 'liuqingyun'), with its offsets. */
export function findRun(words: EnName[], target: string): EnName | undefined {
  for (let i = 0; i < words.length; i++) {
    let acc = '';
    for (let k = i; k < words.length && acc.length < target.length; k++) {
      acc += foldLatinName(words[k].text);
      if (acc === target && words[i].segment === words[k].segment) {
        return { text: words[i].segment.text.slice(words[i].start, words[k].end), start: words[i].start, end: words[k].end, segment: words[i].segment };
      }
    }
  }
  return undefined;
}
