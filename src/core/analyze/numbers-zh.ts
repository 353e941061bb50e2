// Number mentions of Chinese and English text, normalised to comparable values (二〇三五 = 2035, 4万亿 = 4 trillion).
import { boundedMemo } from '../lexicon/bounded-memo';
import type { Lang } from '../types';
import { markEn, markZh } from './number-marks';
import { extractEn } from './numbers-en';
import { readEnTimes, readZhTimes } from './number-times';

export type NumberKind = 'cardinal' | 'ordinal' | 'percent' | 'date' | 'year' | 'fraction' | 'time';

/**
 * A number found in text: `start`/`end` are UTF-16 offsets into that text; `value` is absolute
 * (dates are yyyymmdd with 0 for a missing part, times minutes after midnight, fractions are their quotient,
 * percents the figure before %);
 * `loose` marks forms a translator often paraphrases ('one', 'first', 一批, 'five-year'), never worth a flag alone.
 */
export interface NumberMention {
  start: number;
  end: number;
  value: number;
  kind: NumberKind;
  unit?: string;
  loose?: boolean;
  /** An approximation (数百, 30多, 'about 30', 'hundreds of'): it matches, but never contradicts, a firm value. */
  vague?: boolean;
  /** A vague value that is a bound: 'min' for 以上, 超过, 'more than', 'at least'; 'max' for 以下, 不到, 'less than', 'up to'. */
  bound?: 'min' | 'max';
}

const ZH_DIGIT: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
};
const ZH_SMALL_UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const ZH_BIG_UNIT: Record<string, number> = { 万: 1e4, 亿: 1e8 };
const ZH_NUM_CHAR = /[〇零一二两三四五六七八九壹贰叁肆伍陆柒捌玖十拾百佰千仟万亿]/;

// Measure words and units: a lone numeral character is a number only before one of these
// (一批, 三个, 五年), which keeps 一些, 一体, 统一, 一站式, 两岸, 三农 out. Longest first.
const ZH_MEASURES = (
  '平方公里 平方千米 平方米 立方米 千瓦时 个百分点 个小时 百分点 千瓦 公里 千米 公斤 千克 小时 分钟 毫升 美元 港元 欧元 日元 英镑 ' +
  '人民币 方面 周年 年代 个 位 名 项 条 件 次 批 家 所 座 种 类 台 辆 架 艘 只 头 匹 张 本 份 篇 部 套 组 对 双 ' +
  '层 级 届 轮 期 年 月 日 天 周 岁 倍 元 块 米 吨 亩 户 人 口 股 笔 场 门 枚 颗 根 片 株 间 栋 处 宗 例 段 句 ' +
  '页 章 节 款 编 卷 册 斤 升 克 秒 季 维'
).split(' ');
const ZH_UNIT_TAG: Record<string, string> = {
  元: 'yuan', 块: 'yuan', 人民币: 'yuan', 美元: 'usd', 港元: 'hkd', 欧元: 'eur', 日元: 'jpy', 英镑: 'gbp',
  人: 'person', 名: 'person', 位: 'person', 年: 'year', 周年: 'year', 月: 'month', 日: 'day', 天: 'day',
  平方公里: 'km2', 平方千米: 'km2', 公里: 'km', 千米: 'km', 平方米: 'm2', 立方米: 'm3', 米: 'm', 吨: 't',
  公斤: 'kg', 千克: 'kg', 亩: 'mu', 倍: 'times', 千瓦: 'kw', 千瓦时: 'kwh', 小时: 'hour', 个小时: 'hour', 分钟: 'minute', 户: 'household',
  毫升: 'ml', 升: 'l',
  维: 'dim',
};


/** Spans (URLs, e-mail addresses, dotted version numbers) whose digits are not quantities. */
function maskedSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(/(?:https?:\/\/|www\.)[^\s，。；）)]+|(?<![\w.+-])[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+|\b[\w-]+\.(?:cn|com|org|net|gov)\b|\d+(?:\.\d+){2,}|\d{1,2}:\d{2}/gi)) {
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** Parses the longest valid Chinese numeral at `i` (十四五 → 14, stopping before 五); null if none. */
function parseZhNumeral(text: string, i: number): { value: number; end: number; chars: number } | null {
  // A run of bare digits with a zero or four long is read digit by digit (二〇三五 → 2035).
  const run = /^[〇零一二三四五六七八九]+/.exec(text.slice(i, i + 8))?.[0] ?? '';
  if (run.length >= 3 && (/[〇零]/.test(run) || (run.length === 4 && text[i + 4] === '年'))) {
    return { value: Number([...run].map((c) => ZH_DIGIT[c]).join('')), end: i + run.length, chars: run.length };
  }
  let total = 0, section = 0, digit = -1, lastSmall = 1e4, lastBig = Infinity, j = i, afterZero = false, prevUnit = 0;
  for (; j < text.length; j++) {
    const c = text[j];
    if (c in ZH_DIGIT) {
      if (ZH_DIGIT[c] === 0) { afterZero = true; continue; }
      // 五十两 is fifty taels: 两 counts only where a digit may stand first (两百, 两万), not after 十/百.
      if (c === '两' && j > i && digit < 0 && !(text[j + 1] in ZH_SMALL_UNIT || text[j + 1] in ZH_BIG_UNIT)) break;
      if (digit >= 0) break;
      digit = ZH_DIGIT[c];
    } else if (c in ZH_SMALL_UNIT) {
      const u = ZH_SMALL_UNIT[c];
      // 十五 and (at the start of a run) 百万 may omit the leading 一.
      if (u >= lastSmall || (digit < 0 && u !== 10 && j > i)) break;
      section += (digit < 0 ? 1 : digit) * u;
      digit = -1; lastSmall = u; prevUnit = u; afterZero = false;
    } else if (c in ZH_BIG_UNIT) {
      let u = ZH_BIG_UNIT[c];
      if (c === '万' && text[j + 1] === '亿') { u = 1e12; j++; }
      // A bare 万 or 亿 (每万元 'per ten thousand yuan') is one unit and takes nothing after it, so 万一 stays 'just in case'.
      if (section === 0 && digit < 0 && total === 0) {
        if (j > i) break;
        return { value: u, end: j + 1, chars: j + 1 - i };
      }
      section += Math.max(digit, 0);
      total = u < lastBig ? total + section * u : (total + section) * u;
      section = 0; digit = -1; lastSmall = 1e4; lastBig = u; prevUnit = u; afterZero = false;
    } else break;
  }
  if (j === i) return null;
  // 一百五 = 150 and 三万五 = 35000: a bare trailing digit counts in the next lower place.
  if (digit >= 0) section += !afterZero && prevUnit >= 100 ? digit * (prevUnit / 10) : digit;
  let value = total + section;
  // 三点五 = 3.5, but 一点 ('a little') stays 1.
  if (text[j] === '点' && text[j + 1] in ZH_DIGIT) {
    let k = j + 1, frac = '';
    while (k < text.length && text[k] in ZH_DIGIT) frac += ZH_DIGIT[text[k++]];
    value = Number(`${value}.${frac}`);
    j = k;
  }
  return { value, end: j, chars: j - i };
}

/** Reads an Arabic or Chinese number at `i`, with a following 万/亿 multiplier and 多/余 ('more than'). */
function readZhQuantity(text: string, i: number): { value: number; end: number; arabic: boolean; chars: number } | null {
  const ar = /^[0-9０-９]+(?:[,，][0-9]{3})*(?:[.．][0-9０-９]+)?/.exec(text.slice(i, i + 40));
  let value: number, end: number, chars: number;
  if (ar) {
    value = Number(ar[0].replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)).replace(/[,，]/g, '').replace('．', '.'));
    end = i + ar[0].length;
    chars = 99;
    // 1.4万 = 14000; 4万亿 = 4e12; 10多万 = 1e5.
    if (text[end] === '多' || text[end] === '余') end++;
    const big = /^(?:万亿|亿|万|千)/.exec(text.slice(end, end + 2))?.[0];
    if (big) { value *= big === '万亿' ? 1e12 : big === '亿' ? 1e8 : big === '万' ? 1e4 : 1e3; end += big.length; }
  } else {
    const zh = parseZhNumeral(text, i);
    if (!zh) return null;
    ({ value, end, chars } = zh);
  }
  if (text[end] === '多' || text[end] === '余') end++;
  return { value, end, arabic: !!ar, chars };
}

function zhMeasureAt(text: string, i: number): string | undefined {
  return ZH_MEASURES.find((m) => text.startsWith(m, i));
}

const isLatin = (c: string | undefined) => !!c && /[A-Za-z]/.test(c);
const isDigit = (c: string | undefined) => !!c && /[0-9０-９]/.test(c);

function extractZh(text: string, masked: Array<[number, number]>): NumberMention[] {
  const out: NumberMention[] = [];
  let i = 0;
  const inMask = (k: number) => masked.some(([a, b]) => k >= a && k < b);
  while (i < text.length) {
    const c = text[i];
    if (!(isDigit(c) || ZH_NUM_CHAR.test(c) || c === '第') || inMask(i)) { i++; continue; }
    // 五十两: 两 right after a numeral is the tael, a measure, not a second number.
    if (c === '两' && ZH_NUM_CHAR.test(text[i - 1] ?? '') && !/[十百千万亿]/u.test(text[i + 1] ?? '')) { i++; continue; }
    // Dates: 2024年8月30日, 2024年8月, 8月30日.
    // 7月17和7月22日, 7月17至22日: a day before a conjunction or a range mark may drop its 日.
    const date = /^(?:([0-9０-９]{4}|[〇零一二三四五六七八九]{4})年)?(?:([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月(?:([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})(?:[日号]|(?=[和与及、至到~～\-－—]\s*[0-9０-９一二三四五六七八九十])))?)/.exec(text.slice(i, i + 20));
    if (date && (date[1] || date[3]) && !isDigit(text[i - 1])) {
      const n = (s?: string) => (s ? readZhQuantity(s, 0)?.value ?? 0 : 0);
      const [y, m, d] = [n(date[1]), n(date[2]), n(date[3])];
      if (m >= 1 && m <= 12 && d <= 31) {
        out.push({ start: i, end: i + date[0].length, value: y * 1e4 + m * 100 + d, kind: 'date' });
        i += date[0].length;
        continue;
      }
    }
    if (text.startsWith('百分之', i) || text.startsWith('千分之', i)) {
      const q = readZhQuantity(text, i + 3);
      if (q) {
        out.push({ start: i, end: q.end, value: text[i] === '百' ? q.value : q.value / 10, kind: 'percent' });
        i = q.end;
        continue;
      }
    }
    const ordinal = c === '第';
    const q = readZhQuantity(text, ordinal ? i + 1 : i);
    if (!q) { i++; continue; }
    // 十七八岁, 三四个: a digit followed by the next one names a range; read both as one vague value.
    const lastDigit = ZH_DIGIT[text[q.end - 1]];
    // 十四五规划 (the 14th five-year plan) is no range: a range goes on with a measure word.
    const range = !q.arabic && lastDigit > 0 && ZH_DIGIT[text[q.end]] === lastDigit + 1 && (!!zhMeasureAt(text, q.end + 1) || /^[十百千万亿]/u.test(text[q.end + 1] ?? ''));
    if (range) q.end += 1;
    // Fractions: 三分之一.
    if (text.startsWith('分之', q.end)) {
      const num = readZhQuantity(text, q.end + 2);
      if (num && q.value) {
        out.push({ start: i, end: num.end, value: num.value / q.value, kind: 'fraction' });
        i = num.end;
        continue;
      }
    }
    const next = text.slice(q.end, q.end + 4);
    const codeLike = q.arabic && (isLatin(text[i - 1]) || (text[i - 1] === '-' && isLatin(text[i - 2])) || (isLatin(text[q.end]) && !/^(?:km|kg|m2|GW|MW|kW|t\b|ml\b|L\b)/.test(next)));
    if (codeLike) { i = q.end; continue; }
    let end = q.end;
    let kind: NumberKind = ordinal ? 'ordinal' : 'cardinal';
    let unit: string | undefined;
    let value = q.value;
    const measure = zhMeasureAt(text, end);
    if (/^[%％]/.test(next)) { kind = 'percent'; end++; }
    else if (/^个?百分点/.test(next)) { kind = 'percent'; unit = 'pp'; end += next.startsWith('个') ? 4 : 3; }
    else if (/^中(?:[、和及与][一二三四五六七八九十]+中)*全会/.test(text.slice(q.end, q.end + 16)) || next.startsWith('届') || (/^大/.test(next) && (q.chars >= 2 || text.slice(i - 2, i) === '党的'))) kind = 'ordinal';
    else if (next.startsWith('成') && !/[\p{Script=Han}]/u.test(text[end + 1] ?? '') && value <= 10) { kind = 'percent'; value *= 10; end++; }
    else if (next.startsWith('年代')) { kind = 'year'; unit = 'decade'; value %= 100; end += 2; }
    else if (next.startsWith('年') && !ordinal && (q.arabic ? value >= 1000 && value <= 2999 && Number.isInteger(value) : q.chars === 4 && value >= 1000)) { kind = 'year'; end++; }
    else if (measure) { unit = ZH_UNIT_TAG[measure]; end += measure.length; }
    else if (!q.arabic && !ordinal && q.chars < 2) { i = q.end; continue; }
    else if (!q.arabic && !ordinal && !/[〇零一二两三四五六七八九壹贰叁肆伍陆柒捌玖]/.test(text.slice(i, q.end))) { i = q.end; continue; }
    // 三维 is as often 'stereoscopic' or 'three-dimensional' as '3D': counted, but never flagged alone.
    const loose = (value === 1 && (kind === 'cardinal' || kind === 'ordinal')) || unit === 'dim';
    out.push({ start: i, end, value, kind, ...(unit ? { unit } : {}), ...(loose ? { loose } : {}), ...(range ? { vague: true } : {}) });
    i = Math.max(end, i + 1);
  }
  return out;
}


// One reading per text and language, shared: the analysis reads every Chinese segment's numbers (words
// inside them are not linked), the number check reads them again, and a batch reads one original against
// several translations. Frozen, since every caller gets the same array; bounded like tokenizeEnglish's
// cache (cleared when full), one memo per language so that the key is the text itself.
const NUMBER_CACHE_TEXTS = 50_000;
const NO_MENTIONS: readonly Readonly<NumberMention>[] = Object.freeze([]);
const readingsOf = {
  zh: boundedMemo((text) => freezeMentions(readNumbers(text, 'zh')), NUMBER_CACHE_TEXTS),
  en: boundedMemo((text) => freezeMentions(readNumbers(text, 'en')), NUMBER_CACHE_TEXTS),
};

/**
 * Finds the numbers of a Chinese or English text with normalised values; never throws on user text.
 * Remembered per text and language: the array and its mentions are frozen and shared by every caller.
 */
export function extractNumbers(text: string, lang: Lang): readonly Readonly<NumberMention>[] {
  if (lang !== 'zh' && lang !== 'en') throw new RangeError(`extractNumbers: unknown language ${String(lang)}`);
  if (typeof text !== 'string' || text.length === 0) return NO_MENTIONS;
  return readingsOf[lang](text);
}

function readNumbers(text: string, lang: Lang): NumberMention[] {
  // Times of day first: their figures are no counts for the readers below.
  const times = lang === 'zh' ? readZhTimes(text) : readEnTimes(text);
  const masked = [...maskedSpans(text), ...times.map((t): [number, number] => [t.start, t.end])];
  const found = lang === 'zh' ? extractZh(text, masked) : extractEn(text, masked);
  const all = [...found, ...times].sort((a, b) => a.start - b.start);
  return lang === 'zh' ? markZh(text, rangeUnits(text, all)) : markEn(text, rangeUnits(text, all));
}

function freezeMentions(mentions: NumberMention[]): readonly Readonly<NumberMention>[] {
  for (const m of mentions) Object.freeze(m);
  return Object.freeze(mentions);
}

const RANGE_JOIN = /^\s*(?:-|–|—|~|～|to|至|到)\s*$/;

/**
 * The first figure of a range takes the unit written after the second: '2-3L', '150-200ml', 3至5升; and
 * a bare hour before a time is a time ('from 8 to 10 pm', 0—24时).
 */
function rangeUnits(text: string, mentions: NumberMention[]): NumberMention[] {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const [a, b] = [mentions[i], mentions[i + 1]];
    if (a.unit || a.kind !== 'cardinal' || !RANGE_JOIN.test(text.slice(a.end, b.start))) continue;
    if (b.unit && b.kind === 'cardinal') a.unit = b.unit;
    else if (b.kind === 'time' && Number.isInteger(a.value) && a.value >= 0 && a.value <= 24 && !a.loose) {
      // The second figure's half of the day: 'from 8 to 10 pm' starts at 20:00.
      const pm = b.value >= 13 * 60 && b.value < 24 * 60 && a.value < 12 && (a.value + 12) * 60 <= b.value;
      mentions[i] = { start: a.start, end: a.end, value: (a.value + (pm ? 12 : 0)) * 60, kind: 'time' };
    }
  }
  return mentions;
}
