// A place, country or person the translation names in a phrase of its own that the original does not
// render: "…, overtaking the United States for the first time" where the original names no United States
// (美国, 美方, 中美) in the pair or its neighbours. Part of the addition check. Explicitation adds names
// too ('in Beijing', 'China's foreign ministry'), so the name alone is no evidence: the phrase it stands
// in must be otherwise dark (its other content words unlinked), and the rest of the pair closely linked.
import { analysisOf, pairAnalysisOf } from '../analyze/analyze';
import { isPlaceName, zhNamesForLatin } from '../analyze/entities-zh';
import { soundsLike } from '../analyze/transliteration';
import { stemEnglish } from '../lexicon/tokenize-en';
import { pinyin as toPinyin } from 'pinyin-pro';
import { foldLatinName, type DictEntry } from '../lexicon/dictionary';
import type { Pair, Segment } from '../types';
import { chineseAround, pairSides, type CheckContext } from './check';

/** Pairs on either side whose Chinese may name what the translation names here (a name said once, rendered a sentence later). */
export const NAME_REACH = 2;
// A run of capitalised words (single ones too), with the link words names keep inside ('Republic of Korea').
// A full stop belongs to a word only inside it ('U.S'), not at a sentence's end.
const CAPITALISED_RUN = /\p{Lu}(?:[\p{L}’'-]|\.(?=\p{L}))*(?:\s+(?:(?:of|the|and)\s+)?\p{Lu}(?:[\p{L}’'-]|\.(?=\p{L}))*)*/gu;
// Where a phrase of its own ends: punctuation, coordinators, relative and subordinating words.
const PHRASE_BOUNDARY = /[,;:.!?()"“”—–]|\b(?:and|but|or|while|whereas|which|who|whom|whose|where|when|that|after|before|because|although|including|as well as)\b/giu;

// Months and weekdays have name readings (七月 'July') but the original writes them in figures (7月).
const CALENDAR = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;
// An adjective of a place ('British', 'Chinese', 'Canadian') renders the place's one-character form or a people (英, 华人): no evidence.
const DEMONYM = /(?:ish|ese|ian|ean|ican)$/u;

/** A phrase of an English segment added around a name; `start`/`end` index the segment's text; `zh` is '' for a name the dictionary does not know. */
export interface AddedName { seg: Segment; start: number; end: number; name: string; zh: string }

/** Sub-runs of a capitalised run, longest first, each starting and ending on a capitalised word. */
function subRuns(run: string): Array<{ text: string; offset: number }> {
  const words = [...run.matchAll(/\S+/gu)].map((m) => ({ text: m[0].replace(/[’']s$/u, ''), offset: m.index }));
  const out: Array<{ text: string; offset: number }> = [];
  for (let len = words.length; len >= 1; len--) {
    for (let i = 0; i + len <= words.length; i++) {
      const part = words.slice(i, i + len);
      if (!/^\p{Lu}/u.test(part[0].text) || !/^\p{Lu}/u.test(part[len - 1].text)) continue;
      out.push({ text: run.slice(part[0].offset, part[len - 1].offset + part[len - 1].text.length), offset: part[0].offset });
    }
  }
  return out;
}

/** Proper-noun readings of an English name (美国 for 'United States'); none for a common word ('Internet'). */
function nameReadings(ctx: CheckContext, name: string): DictEntry[] {
  // Two characters, not two UTF-16 units: 𪨶 ('She') is one character and no name.
  const readings = zhNamesForLatin(ctx.dictionary, name.replace(/\./g, '')).filter((e) => e.name && [...e.zh].length >= 2);
  // The place's own name first (美国, not the dated 米国), for the message.
  return [...readings.filter((e) => isPlaceName(ctx.dictionary, e.zh)), ...readings.filter((e) => !isPlaceName(ctx.dictionary, e.zh))];
}

/**
 * Whether Chinese text holds a reading, the start of a longer one (中国 of 中国籍 'Chinese'), or for a
 * country or a people (美国, 藏人) its one-character form (美方, 中美, 藏羚羊); or spells the name by sound (段子 'Duan Zi').
 */
function holds(text: string, pinyin: string, name: string, readings: DictEntry[]): boolean {
  if (pinyin.includes(foldLatinName(name))) return true;
  // A place's first character with a generic head is its short form: 得州 for 得克萨斯 'Texas', 加州 for 加利福尼亚.
  return readings.some((r) => text.includes(r.zh) || (r.zh.length > 2 && (text.includes(r.zh.slice(0, 2)) || ['州', '省', '市'].some((h) => text.includes(r.zh[0] + h)))) || (r.zh.length === 2 && /[国洲人族]$/u.test(r.zh) && text.includes(r.zh[0])));
}

/** The phrase of `text` around [start, end): from the last boundary before it to the next one after it. */
function phraseAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(PHRASE_BOUNDARY)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end) { to = m.index; break; }
  }
  return { start: from, end: to };
}

/** Toneless pinyin of every run of two to five Han characters of a text. */
function hanWindows(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\p{Script=Han}+/gu)) {
    const py = toPinyin(m[0], { toneType: 'none', type: 'array' });
    for (let i = 0; i < py.length; i++) for (let n = 2; n <= 5 && i + n <= py.length; n++) out.push(py.slice(i, i + n).join(''));
  }
  return out;
}

/**
 * A person's or place's name the dictionary does not know ('Sarah Brannon'): two or more capitalised
 * words none of which is a common English word, none written in the original nearby,
 * none its pinyin, none sounding like any run of its characters.
 */
function foreignName(ctx: CheckContext, run: { text: string; offset: number } | undefined, near: string, pinyin: string, sounds: () => string[]): { text: string; offset: number; readings: DictEntry[] } | undefined {
  if (!run) return undefined;
  const words = run.text.split(/\s+/u);
  // A common word capitalised in a title ('Trade Representative', 'Grant') glosses some word that is no name; 'Sarah' glosses only names (莎拉).
  const common = (w: string) => ctx.dictionary.zhWordsOf(stemEnglish(w.toLowerCase())).some((z) => ctx.dictionary.lookup(z).some((e) => !e.name));
  if (words.length < 2 || words.some((w) => !/^\p{Lu}\p{Ll}+$/u.test(w) || common(w))) return undefined;
  const lower = near.toLowerCase();
  if (words.some((w) => lower.includes(w.toLowerCase()) || pinyin.includes(foldLatinName(w)))) return undefined;
  if (words.some((w) => sounds().some((py) => soundsLike(py, w)))) return undefined;
  return { ...run, readings: [] };
}

/**
 * Phrases of the translation of `pair` that name a place, country or person (a proper noun of the
 * dictionary, or a foreignName) none of whose readings the Chinese of this pair or of NAME_REACH pairs
 * around it holds,
 * where the phrase's other content words (one or more) are all unlinked and the rest of the pair is
 * linked at least as well as the document's typical pair.
 */
export function addedNames(ctx: CheckContext, pair: Pair): AddedName[] {
  // English words the Chinese lacks are additions only where the English is the translation.
  const a = ctx.zhSide === 'source' ? pairAnalysisOf(ctx, pair) : null;
  if (!a) return [];
  const { en } = pairSides(ctx, pair);
  const near = chineseAround(ctx, pair, NAME_REACH);
  const pinyin = foldLatinName(toPinyin(near, { toneType: 'none', type: 'array' }).join(''));
  let soundsCache: string[] | undefined;
  const sounds = () => (soundsCache ??= hanWindows(near));
  const out: AddedName[] = [];
  for (const seg of en) {
    for (const m of seg.text.matchAll(CAPITALISED_RUN)) {
      // The whole name, not a part of it: 'Robert' of 'Robert Lighthizer' (赖海哲), 'Greenland' of 'Greenland Holdings' (绿地控股).
      const whole = subRuns(m[0]).filter((r) => r.offset + r.text.length === m[0].replace(/[’']s$/u, '').length && (r.offset === 0 || /^(?:The|A|An|In|On|At|By|For|From|To|With)\s/u.test(m[0])));
      const known = whole.map((r) => ({ ...r, readings: nameReadings(ctx, r.text) })).find((r) => r.readings.length > 0);
      if (known && (CALENDAR.test(known.text) || DEMONYM.test(known.text) || holds(near, pinyin, known.text, known.readings))) continue;
      const hit = known ?? foreignName(ctx, whole[0], near, pinyin, sounds);
      if (!hit) continue;
      const start = m.index + hit.offset;
      const end = start + hit.text.length;
      const phrase = phraseAround(seg.text, start, end);
      if (out.some((o) => o.seg === seg && o.start === phrase.start)) continue;
      const words = a.en.filter((w) => w.segment === seg.id);
      const others = words.filter((w) => w.start >= phrase.start && w.end <= phrase.end && (w.end <= start || w.start >= end));
      if (others.length < 1 || others.some((w) => w.linked)) continue;
      const rest = a.en.filter((w) => w.translatable && !(w.segment === seg.id && w.start >= phrase.start && w.end <= phrase.end));
      if (rest.length < 4 || !(rest.filter((w) => w.linked).length / rest.length >= analysisOf(ctx).norms.coverage.en)) continue;
      out.push({ seg, start: phrase.start, end: phrase.end, name: hit.text, zh: hit.readings[0]?.zh ?? '' });
    }
  }
  return out;
}
