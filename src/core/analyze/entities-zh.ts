// Proper nouns of a Chinese text (places, organisations, people) with the Latin forms they may take
// in English: dictionary name glosses, pinyin, a generic suffix (港 → Port) and the user glossary.
import { pinyin as toPinyin } from 'pinyin-pro';
import type { GlossaryEntry } from '../checks/check';
import { foldLatinName, readEntries, type DictEntry, type Dictionary, type ReadingRef } from '../lexicon/dictionary';

/** A Chinese proper noun; `start`/`end` are UTF-16 offsets into the text it was found in. */
export interface ZhEntity {
  text: string;
  start: number;
  end: number;
  /** The name without its generic suffix: 盐田 of 盐田港. */
  core: string;
  /** English of the generic suffix ('Port' for 港), '' when there is none. */
  suffixEn: string;
  /** Latin forms of the name in English text, e.g. ['Yantian'] or ['Macao', 'Macau']. */
  names: string[];
  /** The rendering to suggest, e.g. 'Yantian Port'. */
  rendering: string;
  /** Toneless pinyin of the core, folded ('yantian'). */
  pinyin: string;
  /** True when English spells the name in pinyin (深圳 Shenzhen), so a near-miss spelling is suspect. */
  transliterated: boolean;
}

/** A word with a jieba part-of-speech tag, as ZhSegmenter.tag returns it. */
export interface TaggedWord {
  word: string;
  tag: string;
}

// Generic heads of place and organisation names and their usual English. Only the Chinese
// head decides what is a name; the English is the conventional word for the suggestion.
const SUFFIX_EN: Record<string, string> = {
  港: 'Port', 区: 'District', 省: 'Province', 市: 'City', 县: 'County', 岛: 'Island', 湾: 'Bay',
  镇: 'Town', 村: 'Village', 州: 'Prefecture', 山: 'Mountain', 河: 'River', 江: 'River', 湖: 'Lake',
  路: 'Road', 街: 'Street', 所: 'Institute', 院: 'Institute', 会: 'Association', 委: 'Commission', 局: 'Bureau',
};
const PLACE_HEADS = ['市', '区', '县', '省', '州'];
const HAN_RUN = /\p{Script=Han}+/gu;
const NAME_TAGS = /^(?:ns|nr|nrt|nrfg|nt|nz)$/;
const GENERIC_TAIL = /\s+(?:Province|City|District|County|Prefecture|Municipality|Island|Port|Region)$/;

/** The Latin names a name gloss gives: 'Macao or Macau, special …' → ['Macao', 'Macau']. */
export function glossNames(gloss: string): string[] {
  const head = gloss.split(/\s*[,;(]/)[0].trim();
  return head
    .split(/\s+or\s+/)
    .map((s) => s.trim())
    .filter((s) => /^\p{Lu}/u.test(s) && !/\p{Script=Han}/u.test(s));
}

const glossNameIndex = new WeakMap<Dictionary, { get(name: string): DictEntry[] | undefined }>();

/**
 * The gloss-name index as readings ([word, index into dict.lookup(word)]) by every folded Latin
 * name their glosses give; name entries of two or more characters. Document-independent: the
 * build step (scripts/build-dictionary.ts) runs it once and stores the result with the dictionary.
 */
export function buildGlossNameRefs(dict: Dictionary): Map<string, ReadingRef[]> {
  const index = new Map<string, ReadingRef[]>();
  for (const zh of dict.words()) {
    if (zh.length < 2) continue;
    dict.lookup(zh).forEach((entry, k) => {
      if (!entry.name) return;
      for (const name of new Set(entry.glosses.flatMap(glossNames).map(foldLatinName))) {
        const list = index.get(name);
        if (!list) index.set(name, [[zh, k]]);
        else if (!list.some(([w]) => w === zh)) list.push([zh, k]);
      }
    });
  }
  return index;
}

/** The gloss-name index: the one built with the dictionary, else built here once per dictionary. */
function indexGlossNames(dict: Dictionary): { get(name: string): DictEntry[] | undefined } {
  let index = glossNameIndex.get(dict);
  if (index) return index;
  index = dict.prebuiltGlossNames?.();
  if (!index) {
    const built = new Map([...buildGlossNameRefs(dict)].map(([name, refs]) => [name, refs.map(([w, k]) => dict.lookup(w)[k])]));
    index = built;
  }
  glossNameIndex.set(dict, index);
  return index;
}

/**
 * Proper nouns of two or more characters a Latin name may stand for: the dictionary's name index
 * (pinyin, 'Yantai' → 烟台) plus every name gloss that spells it ('Macao or Macau, …' → 澳门), which
 * that index misses. Single characters are left out: they are surnames ('Long' 龙) and abbreviations.
 */
export function zhNamesForLatin(dict: Dictionary, latin: string): DictEntry[] {
  const folded = foldLatinName(latin);
  if (folded.length < 2) return [];
  const out = dict.zhNamesOf(latin).filter((e) => e.zh.length >= 2);
  for (const e of indexGlossNames(dict).get(folded) ?? []) if (!out.some((o) => o.zh === e.zh)) out.push(e);
  return out;
}

/** Where a place is, from its gloss: 'Yantai, prefecture-level city in Shandong Province' → 'Shandong'. */
export function placeQualifier(glosses: string[]): string | undefined {
  for (const gloss of glosses) {
    const m = /,[^,]*?\b(?:of|in)\s+((?:\p{Lu}[\p{L}-]*\s*)+)/u.exec(gloss);
    if (m) return m[1].trim().replace(GENERIC_TAIL, '');
  }
  return undefined;
}

/** Folded toneless pinyin of a name entry or, for unknown words, pinyin-pro's reading. */
function foldedPinyin(word: string, entry?: Readonly<DictEntry>): string {
  if (entry) return foldLatinName(entry.pinyin.replace(/[1-5]/g, ''));
  return foldLatinName(toPinyin(word, { toneType: 'none', type: 'array' }).join(''));
}

/** The dictionary's name reading of a word, if it has one. */
function nameEntry(dict: Dictionary, word: string): Readonly<DictEntry> | undefined {
  return readEntries(dict, word).find((e) => e.name);
}

/** Gloss-based facts about a place: its own glosses and those of its 市/区/县/省 form. */
export function placeGlosses(dict: Dictionary, core: string): string[] {
  const out: string[] = [];
  for (const w of [core, ...PLACE_HEADS.map((h) => core + h)]) {
    const e = nameEntry(dict, w);
    if (e) out.push(...e.glosses);
  }
  return out;
}

const PLACE_GLOSS = /\b(?:city|province|county|district|prefecture|municipality|region|town|township|island|port|capital|SAR)\b|\b\p{Lu}\p{L}* state\b/iu;

/**
 * Whether a Chinese name is a place: its gloss, or that of its 市/区/县/省/州 form, calls it a city,
 * province, region, a 'US state', …; or the dictionary has a name of two or more characters with such
 * a head after it (亚利桑那 'Arizona' beside 亚利桑那州).
 */
export function isPlaceName(dict: Dictionary, zh: string): boolean {
  if (placeGlosses(dict, zh).some((g) => PLACE_GLOSS.test(g))) return true;
  return zh.length >= 2 && !!nameEntry(dict, zh) && PLACE_HEADS.some((h) => !!nameEntry(dict, zh + h));
}

/** The usual English of a generic head of a name ('County' for 县, 'Port' for 港), or undefined. */
export function headEnglish(ch: string): string | undefined {
  return Object.hasOwn(SUFFIX_EN, ch) ? SUFFIX_EN[ch] : undefined;
}

/** Whether a character is the generic head of an administrative place name (市, 区, 县, 省, 州). */
export function isPlaceHead(ch: string): boolean {
  return PLACE_HEADS.includes(ch);
}

/**
 * Whether an entity is a place or is named after one (深圳证券交易所, 'Shenzhen Stock Exchange'):
 * the kind of name a translator can swap for another place. 全国人大常委会 is neither.
 */
export function isPlaceLike(dict: Dictionary, e: ZhEntity): boolean {
  if (isPlaceName(dict, e.core) || PLACE_HEADS.includes(e.text.slice(-1))) return true;
  const lead = e.names[0]?.split(/[\s-]+/)[0] ?? '';
  return zhNamesForLatin(dict, lead).some((n) => isPlaceName(dict, n.zh));
}

/** Splits Han runs by forward maximum matching against the dictionary: [word, offset] pairs. */
export function cutByDictionary(text: string, dict: Dictionary): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  // At least one character a step, so an empty dictionary cannot stall the loop.
  const max = Math.max(1, Math.min(dict.maxWordLength, 12));
  for (const m of text.matchAll(HAN_RUN)) {
    const run = m[0];
    let i = 0;
    while (i < run.length) {
      // No word is longer than the longest that starts with these two characters.
      let len = Math.min(max, run.length - i, dict.maxWordLengthAt ? dict.maxWordLengthAt(run, i) : max);
      while (len > 1 && !dict.has(run.slice(i, i + len))) len--;
      out.push([run.slice(i, i + len), m.index + i]);
      i += len;
    }
  }
  return out;
}

function makeEntity(dict: Dictionary, text: string, start: number, core: string, suffix: string, entry?: Readonly<DictEntry>): ZhEntity {
  const suffixEn = suffix ? SUFFIX_EN[suffix] ?? '' : '';
  const pinyin = foldedPinyin(core, core === text ? entry : nameEntry(dict, core));
  const names = new Set<string>();
  for (const gloss of entry?.glosses ?? []) {
    for (const name of glossNames(gloss)) {
      names.add(name);
      const bare = name.replace(GENERIC_TAIL, '');
      if (bare !== name) names.add(bare);
    }
  }
  // A gloss name spelt as the pinyin marks a transliterated name; so does a word the dictionary lacks.
  const transliterated = entry ? [...names].some((n) => foldLatinName(n) === pinyin) : true;
  if (names.size === 0) {
    const spelled = toPinyin(core, { toneType: 'none', type: 'array' }).join('');
    names.add(spelled.charAt(0).toUpperCase() + spelled.slice(1));
  }
  const list = [...names];
  const head = list[0];
  const rendering = suffixEn && !head.endsWith(suffixEn) ? `${head} ${suffixEn}` : head;
  return { text, start, end: start + text.length, core, suffixEn, names: list, rendering, pinyin, transliterated };
}

/**
 * Finds proper nouns in Chinese text: dictionary names (capitalised pinyin) of two or more characters,
 * a name plus a generic head (盐田 + 港), glossary terms, and words the tagger marks as names that the
 * dictionary does not know. Entities do not overlap; never throws.
 */
export function findZhEntities(text: string, dict: Dictionary, glossary: GlossaryEntry[] = [], tagged?: TaggedWord[]): ZhEntity[] {
  const found: ZhEntity[] = [];
  const taken = new Uint8Array(text.length);
  const claim = (e: ZhEntity) => {
    for (let i = e.start; i < e.end; i++) if (taken[i]) return;
    taken.fill(1, e.start, e.end);
    found.push(e);
  };
  for (const g of glossary) {
    for (let at = text.indexOf(g.zh); g.zh && at >= 0; at = text.indexOf(g.zh, at + g.zh.length)) {
      // The glossary's English wins; the name part (盐田 of 盐田港) still comes from the dictionary.
      const last = g.zh.slice(-1);
      const core = SUFFIX_EN[last] && g.zh.length >= 3 && nameEntry(dict, g.zh.slice(0, -1)) ? g.zh.slice(0, -1) : g.zh;
      const e = makeEntity(dict, g.zh, at, core, core === g.zh ? '' : last, nameEntry(dict, g.zh) ?? nameEntry(dict, core));
      const own = [...new Set([g.en, g.en.replace(GENERIC_TAIL, '')])];
      const transliterated = e.transliterated || own.some((n) => foldLatinName(n) === e.pinyin);
      claim({ ...e, names: [...own, ...e.names], rendering: g.en, transliterated });
    }
  }
  const words = cutByDictionary(text, dict);
  const nameTagged = new Set<number>();
  let cursor = 0;
  for (const { word, tag } of tagged ?? []) {
    const start = text.indexOf(word, cursor);
    if (start < 0) continue;
    cursor = start + word.length;
    if (NAME_TAGS.test(tag)) nameTagged.add(start);
  }
  for (let k = 0; k < words.length; k++) {
    const [word, at] = words[k];
    const entry = nameEntry(dict, word);
    const next = words[k + 1];
    const suffix = next && next[1] === at + word.length && SUFFIX_EN[next[0]] ? next[0] : '';
    // Words that are also common words (新兴 'emerging', 统一 'unify') are names only with a head or a name tag.
    const ambiguous = readEntries(dict, word).some((e) => !e.name) && !suffix && !nameTagged.has(at);
    if (entry && word.length >= 2 && !ambiguous) {
      // A dictionary name followed by a generic head it does not already contain: 盐田 + 港.
      if (suffix) claim(makeEntity(dict, word + suffix, at, word, suffix, entry));
      else {
        const last = word.slice(-1);
        const core = word.slice(0, -1);
        const coreEntry = SUFFIX_EN[last] && core.length >= 2 ? nameEntry(dict, core) : undefined;
        claim(coreEntry ? makeEntity(dict, word, at, core, last, entry) : makeEntity(dict, word, at, word, '', entry));
      }
    }
  }
  // The tagger finds names the dictionary lacks (people, new districts); only unknown words, since
  // its tags on dictionary words are noisy (深度/ns, 上市/ns).
  if (tagged) {
    let at = 0;
    for (const { word, tag } of tagged) {
      const start = text.indexOf(word, at);
      if (start < 0) continue;
      at = start + word.length;
      if (word.length < 2 || !/^\p{Script=Han}+$/u.test(word)) continue;
      // A dictionary name the dictionary's own longest-match cut hid (在华 'in China' | 沙 of 在华沙) is
      // claimed where the segmenter cuts it whole, whatever its tag, when it has no common reading.
      const entries = readEntries(dict, word);
      if (entries.length > 0) {
        if (entries.every((e) => e.name)) claim(makeEntity(dict, word, start, word, '', nameEntry(dict, word)));
        continue;
      }
      if (!NAME_TAGS.test(tag)) continue;
      const last = word.slice(-1);
      const core = SUFFIX_EN[last] && word.length >= 3 ? word.slice(0, -1) : word;
      claim(makeEntity(dict, word, start, core, core === word ? '' : last, nameEntry(dict, core)));
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
