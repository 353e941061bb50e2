// Numbering labels that open an item or a section (一、 （七） 第三章 IV. (7) Article 5), with their
// values, so both sides of a translation can be numbered by the document's own structure.
import type { Lang } from '../types';

/**
 * Style of a label. Styles are level-free: a document's hierarchy is inferred from the order in
 * which its styles first appear (see `NumberingStack`), as Word and Pandoc infer list levels.
 */
export type LabelKind =
  | 'zh-dun' // 一、
  | 'zh-paren' // （一） (一)
  | 'digit' // 1. 1、 1．
  | 'paren-digit' // （1） (1)
  | 'roman' // I. II.
  | 'volume' // 第一篇
  | 'chapter' // 第一章, Chapter 1
  | 'section' // 第一节, Section 3
  | 'part' // 第一部分, Part II
  | 'article' // 第一条, Article 5
  | 'row'; // first cell of a table row: "12\t…"

/** A numbering label found at the start of a text. */
export interface NumberLabel {
  /** The label exactly as written, e.g. '（七）', '(7)', '第三章', 'IV.'. */
  label: string;
  kind: LabelKind;
  /** The label's number as an integer (七 → 7, IV → 4). */
  value: number;
  /** UTF-16 length of `label`. */
  length: number;
}

const DIGIT: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * Value of a Chinese numeral written with 〇/零…九 and 十/百/千 (十一 → 11, 一百零五 → 105,
 * 二〇三五 → 2035 read digit by digit), or null when `s` is not a well-formed numeral below 10000.
 */
export function chineseNumeralToInt(s: string): number | null {
  if (s.length === 0) return null;
  let hasUnit = false;
  for (const ch of s) {
    if (UNIT[ch] !== undefined) hasUnit = true;
    else if (DIGIT[ch] === undefined) return null;
  }
  if (!hasUnit) {
    // 二〇三五: positional digits, as in years; a lone 〇 or 零 is zero.
    let v = 0;
    for (const ch of s) v = v * 10 + DIGIT[ch];
    return v;
  }
  let total = 0;
  let digit = -1; // digit waiting for its unit; -1 when none
  let lastUnit = Infinity;
  for (const ch of s) {
    const unit = UNIT[ch];
    if (unit !== undefined) {
      // Units must fall (十百 is not a numeral) and 零 never takes a unit.
      if (unit >= lastUnit || digit === 0) return null;
      total += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
      lastUnit = unit;
    } else {
      const d = DIGIT[ch];
      // Two digits in a row only as 零 + digit (一百零五).
      if (digit > 0 || (digit === 0 && d === 0)) return null;
      digit = d;
    }
  }
  if (digit === 0) return null;
  if (digit > 0) total += digit;
  return total;
}

const ROMAN_VALUE: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
const ROMAN_FORM = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

/** Value of an upper-case Roman numeral in canonical form (IV, not IIII), or null. */
export function romanToInt(s: string): number | null {
  if (s.length === 0 || !ROMAN_FORM.test(s)) return null;
  let v = 0;
  for (let i = 0; i < s.length; i++) {
    const a = ROMAN_VALUE[s[i]];
    const b = i + 1 < s.length ? ROMAN_VALUE[s[i + 1]] : 0;
    v += a < b ? -a : a;
  }
  return v;
}

const ZH_NUM = '[〇零一二两三四五六七八九十百千]+';
const ARABIC = '\\d{1,3}';

// Each rule: pattern anchored at the start, kind, index of the number group, how to read it.
// A label must be followed by something that is not a digit (1.5 is a decimal, not item 1).
interface Rule {
  re: RegExp;
  kind: LabelKind;
}

const ZH_RULES: Rule[] = [
  { re: new RegExp(`^第(${ZH_NUM}|\\d{1,4})(篇|章|节|部分|条)`), kind: 'chapter' },
  { re: new RegExp(`^(${ZH_NUM})[、．]`), kind: 'zh-dun' },
  { re: new RegExp(`^[（(](${ZH_NUM})[）)]`), kind: 'zh-paren' },
  { re: new RegExp(`^[（(](${ARABIC})[）)]`), kind: 'paren-digit' },
  { re: new RegExp(`^(${ARABIC})(?:[、．]|\\.(?!\\d)|[)）](?![\\d]))`), kind: 'digit' },
];

const EN_RULES: Rule[] = [
  { re: /^(Chapter|Part|Section|Article)\s+(\d{1,4}|[IVXLCDM]{1,8}|[A-Za-z]{3,9})(?:[.:](?=\s|$)|(?=[\s,;)]|$))/i, kind: 'chapter' },
  { re: /^([IVXLCDM]{1,8})\.(?=\s|$)/, kind: 'roman' },
  { re: /^\((\d{1,3})\)/, kind: 'paren-digit' },
  { re: /^(\d{1,3})[.)](?=\s|$)/, kind: 'digit' },
];

const ZH_WORD_KIND: Record<string, LabelKind> = { 篇: 'volume', 章: 'chapter', 节: 'section', 部分: 'part', 条: 'article' };
const EN_WORD_KIND: Record<string, LabelKind> = { chapter: 'chapter', part: 'part', section: 'section', article: 'article' };

const EN_WORDS = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(' ');

function readNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (/^[IVXLCDM]+$/.test(s)) return romanToInt(s);
  if (/^[A-Za-z]+$/.test(s)) {
    const i = EN_WORDS.indexOf(s.toLowerCase());
    return i < 0 ? null : i + 1;
  }
  return chineseNumeralToInt(s);
}

/**
 * The numbering label at the very start of `text` (no leading whitespace allowed), or null when
 * there is none; a number followed by a tab is the row number of a table row in either language.
 */
export function parseNumberLabel(text: string, lang: Lang): NumberLabel | null {
  const row = /^(\d{1,5})\t/.exec(text);
  if (row) return { label: row[1], kind: 'row', value: Number(row[1]), length: row[1].length };
  const rules = lang === 'zh' ? ZH_RULES : EN_RULES;
  for (const { re, kind } of rules) {
    const m = re.exec(text);
    if (!m) continue;
    let k = kind;
    let numText = m[1];
    if (kind === 'chapter') {
      if (lang === 'zh') {
        k = ZH_WORD_KIND[m[2]];
      } else {
        k = EN_WORD_KIND[m[1].toLowerCase()];
        numText = m[2];
        // "Part of the plan" is not a label: the word must be followed by a number we can read.
      }
    }
    const value = readNumber(numText);
    if (value === null) continue;
    const label = m[0];
    return { label, kind: k, value, length: label.length };
  }
  return null;
}

/** One open level of the document's numbering. */
interface Level {
  kind: LabelKind;
  value: number;
}

/**
 * The document's numbering hierarchy as labels are met in reading order: the first style seen is
 * the outermost level, a new style nests inside the current one, and a style already open closes
 * every level below it and takes the new value.
 */
export class NumberingStack {
  private levels: Level[] = [];

  /** Enters a label and returns the path of values from the outermost level, e.g. [4, 7]. */
  enter(kind: LabelKind, value: number): number[] {
    const at = this.levels.findIndex((l) => l.kind === kind);
    if (at >= 0) this.levels.length = at;
    this.levels.push({ kind, value });
    return this.path();
  }

  /** Closes the level of `kind` and every level inside it; returns false when it was not open. */
  leave(kind: LabelKind): boolean {
    const at = this.levels.findIndex((l) => l.kind === kind);
    if (at < 0) return false;
    this.levels.length = at;
    return true;
  }

  /** True while a level of `kind` is open. */
  has(kind: LabelKind): boolean {
    return this.levels.some((l) => l.kind === kind);
  }

  /** The current path of values; empty before any label. */
  path(): number[] {
    return this.levels.map((l) => l.value);
  }
}
