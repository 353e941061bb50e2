// Words of a pair that visibly correspond without a dictionary: numbers (Arabic or Chinese
// numerals against Arabic or English number words) and Latin strings (names, acronyms) found on
// both sides. Shown on hover so a reader sees why two clauses were paired.
import type { Mark } from './highlight';

const zhDigits: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const zhUnits: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10_000, 亿: 100_000_000 };
const enWords: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, thousand: 1000,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  twentieth: 20, million: 1_000_000, billion: 1_000_000_000,
};

/** Value of a Chinese numeral string such as 二十, 一百零五, 2024 written 二〇二四; NaN when not a number. */
export function parseChineseNumber(s: string): number {
  if ([...s].every((c) => c in zhDigits)) return Number([...s].map((c) => zhDigits[c]).join(''));
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const c of s) {
    if (c in zhDigits) digit = zhDigits[c];
    else if (c === '万' || c === '亿') {
      total += (section + digit) * zhUnits[c];
      section = 0;
      digit = 0;
    } else if (c in zhUnits) {
      // 十 alone means ten: 十五 = 15.
      section += (digit || 1) * zhUnits[c];
      digit = 0;
    } else return NaN;
  }
  return total + section + digit;
}

interface Found {
  start: number;
  end: number;
  key: string;
}

function findNumbers(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(/\d+(?:[.,]\d+)*/g)) {
    const key = String(Number(m[0].replace(/,/g, '')));
    out.push({ start: m.index!, end: m.index! + m[0].length, key });
  }
  for (const m of text.matchAll(/[〇零一二两三四五六七八九十百千万亿]+/g)) {
    const v = parseChineseNumber(m[0]);
    if (Number.isFinite(v)) out.push({ start: m.index!, end: m.index! + m[0].length, key: String(v) });
  }
  for (const m of text.matchAll(/\b[A-Za-z]+\b/g)) {
    const v = enWords[m[0].toLowerCase()];
    if (v !== undefined) out.push({ start: m.index!, end: m.index! + m[0].length, key: String(v) });
  }
  return out;
}

function findLatin(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(/(?<![A-Za-z0-9])(?=[A-Za-z0-9.&-]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9.&-]*[A-Za-z0-9]/g)) out.push({ start: m.index!, end: m.index! + m[0].length, key: m[0].toLowerCase() });
  return out;
}

/** Marks on each side for numbers with the same value on both sides and Latin strings the Chinese side shares with the English. */
export function findCorrespondences(zh: string, en: string): { zh: Mark[]; en: Mark[] } {
  const zhNums = findNumbers(zh);
  const enNums = findNumbers(en);
  const zhKeys = new Set(zhNums.map((f) => f.key));
  const enKeys = new Set(enNums.map((f) => f.key));
  const zhLatin = findLatin(zh);
  const latinKeys = new Set(zhLatin.map((f) => f.key));
  const enLatin = findLatin(en).filter((f) => latinKeys.has(f.key));
  const enLatinKeys = new Set(enLatin.map((f) => f.key));
  const mark = (f: Found): Mark => ({ start: f.start, end: f.end, kind: 'match' });
  return {
    zh: [...zhNums.filter((f) => enKeys.has(f.key)), ...zhLatin.filter((f) => enLatinKeys.has(f.key))].map(mark),
    en: [...enNums.filter((f) => zhKeys.has(f.key)), ...enLatin].map(mark),
  };
}
