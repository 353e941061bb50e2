// Number mentions of English text: dates ('August 30, 2024'), figures with grouping, scale words and units
// ('4.5 billion yuan', '3 km'), number words ('twenty-five', 'third'), fractions and percentages. Read
// through extractNumbers (numbers-zh.ts), which also reads times and marks approximations and bounds.
import type { NumberKind, NumberMention } from './numbers-zh';

const isLatin = (c: string | undefined) => !!c && /[A-Za-z]/.test(c);

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_SHORT = MONTHS.map((m) => m.slice(0, 3));
const EN_UNITS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const EN_ORD_UNITS = [
  '', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh',
  'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth',
];
const EN_WORD = new Map<string, { value: number; ordinal?: boolean; scale?: boolean }>();
EN_UNITS.forEach((w, i) => EN_WORD.set(w, { value: i }));
EN_TENS.forEach((w, i) => w && EN_WORD.set(w, { value: i * 10 }));
EN_ORD_UNITS.forEach((w, i) => w && EN_WORD.set(w, { value: i, ordinal: true }));
EN_TENS.forEach((w, i) => w && EN_WORD.set(w.replace(/y$/, 'ieth'), { value: i * 10, ordinal: true }));
for (const [w, v] of [['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12]] as const) {
  EN_WORD.set(w, { value: v, scale: true });
  EN_WORD.set(w + 'th', { value: v, scale: true, ordinal: true });
}
const EN_SCALE_ABBR: Record<string, number> = { bn: 1e9, mn: 1e6, tn: 1e12 };
const EN_DENOM: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, tenth: 10, tenths: 10,
};
// Words that stand for a number without spelling it; always loose.
const EN_IMPLIED: Record<string, number> = { both: 2, twice: 2, pair: 2, dual: 2, double: 2, triple: 3, dozen: 12, decade: 10, century: 100, centenary: 100, centennial: 100 };
const EN_UNIT_RE =
  /^\s*(?:(yuan|rmb|renminbi)|(hong\s+kong\s+dollars?|hk\s?dollars?|hkd)|(us\s?dollars?|dollars?|usd)|(euros?|eur)|(yen|jpy)|(pounds?\s+sterling|gbp)|(people|persons?)|(years?)|(months?)|(days?)|(square\s+kilomet(?:re|er)s?|km2|km²|sq\.?\s?km)|(kilomet(?:re|er)s?|km)|(tonnes?|tons?)|(mu)|(times|-fold|fold)|(hours?|hrs?)|(minutes?|mins?)|(kilograms?|kilos?|kg)|(households?)|(square\s+met(?:re|er)s?|m2|m²|sq\.?\s?m)|(millilit(?:re|er)s?|ml)|(lit(?:re|er)s?|l))\b/i;
// The units' names as the Chinese side spells them (欧元 'eur', 港元 'hkd'), in the order of the groups above.
const EN_UNIT_TAGS = ['yuan', 'hkd', 'usd', 'eur', 'jpy', 'gbp', 'person', 'year', 'month', 'day', 'km2', 'km', 't', 'mu', 'times', 'hour', 'minute', 'kg', 'household', 'm2', 'ml', 'l'];

interface Word { text: string; lower: string; start: number; end: number }

/** Number mentions of English text (dates, figures, number words, units), skipping the `masked` spans. */
export function extractEn(text: string, masked: Array<[number, number]>): NumberMention[] {
  const words: Word[] = [];
  // '1,000', '100 000' (SI thin-space grouping), '3.5', words.
  for (const m of text.matchAll(/\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d{1,3}(?:[ \u2009\u202f]\d{3})+(?![\d.,])|\d+(?:\.\d+)?|[A-Za-z]+/g)) {
    if (masked.some(([a, b]) => m.index >= a && m.index < b)) continue;
    words.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  const out: NumberMention[] = [];
  const gap = (a: Word, b: Word, re = /^[\s-]*$/) => re.test(text.slice(a.end, b.start));
  const monthOf = (w?: Word) => {
    if (!w || !/^[A-Z]/.test(w.text)) return 0;
    const k = w.lower.length > 3 ? MONTHS.indexOf(w.lower) : MONTH_SHORT.indexOf(w.lower);
    return k + 1;
  };
  const dayOf = (w?: Word) => (w && /^\d{1,2}$/.test(w.text) && +w.text >= 1 && +w.text <= 31 ? +w.text : 0);
  const yearOf = (w?: Word) => (w && /^\d{4}$/.test(w.text) && +w.text >= 1000 && +w.text <= 2999 ? +w.text : 0);
  const ordSuffix = (w?: Word) => !!w && /^(?:st|nd|rd|th)$/.test(w.lower);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const prevChar = text[w.start - 1];
    // Dates: 'August 30, 2024', '30 August 2024', 'August 2024', 'August 30'.
    const mo = monthOf(w);
    if (mo && (w.lower !== 'may' || dayOf(words[i + 1]) || yearOf(words[i + 1]))) {
      let k = i + 1, d = 0, y = 0;
      if (dayOf(words[k]) && gap(w, words[k], /^\s+$/)) { d = dayOf(words[k]); k++; if (ordSuffix(words[k]) && words[k].start === words[k - 1].end) k++; }
      if (yearOf(words[k]) && gap(words[k - 1], words[k], /^,?\s+$/)) { y = yearOf(words[k]); k++; }
      out.push({ start: w.start, end: words[k - 1].end, value: y * 1e4 + mo * 100 + d, kind: 'date' });
      // 'July 17 and 23', 'July 17-23': a bare day after a dated day is a day of the same month.
      const via = words[k]?.lower === 'and' || words[k]?.lower === 'to' ? 1 : 0;
      const next = words[k + via];
      if (d && !y && next && dayOf(next) && /^\s*(?:and|to|&|-|–|—)\s*$/.test(text.slice(words[k - 1].end, next.start)) && !monthOf(words[k + via + 1])) {
        out.push({ start: next.start, end: next.end, value: mo * 100 + dayOf(next), kind: 'date' });
        k += via + 1;
      }
      i = k - 1;
      continue;
    }
    if (dayOf(w) && !isLatin(prevChar)) {
      let k = i + 1;
      if (ordSuffix(words[k]) && words[k].start === w.end) k++;
      if (words[k]?.lower === 'of') k++;
      const m2 = monthOf(words[k]);
      if (m2 && /^\s+$/.test(text.slice(words[k - 1].end, words[k].start))) {
        let y = 0, e = words[k].end;
        if (yearOf(words[k + 1]) && gap(words[k], words[k + 1], /^,?\s+$/)) { y = yearOf(words[k + 1]); e = words[k + 1].end; k++; }
        out.push({ start: w.start, end: e, value: y * 1e4 + m2 * 100 + dayOf(w), kind: 'date' });
        i = k;
        continue;
      }
    }
    const m = readEnQuantity(text, words, i);
    if (!m) continue;
    out.push(m.mention);
    i = m.last;
  }
  return out;
}

/** Reads a number (digits or words, with scale words, %, units, ordinal suffix) starting at word i. */
function readEnQuantity(text: string, words: Word[], i: number): { mention: NumberMention; last: number } | null {
  const w = words[i];
  const prevChar = text[w.start - 1];
  let value: number | undefined, k = i, ordinal = false, digits = false, wordForm = false;
  if (/^\d/.test(w.text)) {
    // RMB280, US$5, HK$3: a currency code is not a code name.
    const currency = /(?:RMB|CNY|USD|HKD|EUR|GBP|JPY|US\$|HK\$)\s?$/.test(text.slice(Math.max(0, w.start - 4), w.start));
    if (!currency && (isLatin(prevChar) || (prevChar === '-' && isLatin(text[w.start - 2])))) return null;
    value = Number(w.text.replace(/[,\s\u2009\u202f]/g, ''));
    digits = true;
  } else if (w.lower in EN_IMPLIED) {
    return { mention: { start: w.start, end: w.end, value: EN_IMPLIED[w.lower], kind: 'cardinal', loose: true }, last: i };
  } else {
    // Word numbers: 'two hundred and eight', 'twenty-one', 'a million', bare 'hundred million'.
    let total = 0, current = 0, any = false;
    if ((w.lower === 'a' || w.lower === 'an') && EN_WORD.get(words[i + 1]?.lower ?? '')?.scale) { current = 1; k = i + 1; any = true; }
    for (let j = k; j < words.length; j++) {
      const e = EN_WORD.get(words[j].lower);
      if (words[j].lower === 'and' && any && EN_WORD.has(words[j + 1]?.lower ?? '') && !EN_WORD.get(words[j + 1].lower)!.scale) continue;
      if (!e || (j > i && !/^[\s-]*$/.test(text.slice(words[j - 1].end, words[j].start)) && words[j - 1].lower !== 'and')) break;
      if (e.scale) {
        current = (current || 1) * e.value;
        if (e.value >= 1000) { total += current; current = 0; }
      } else {
        if (any && current % 100 !== 0 && !(current % 10 === 0 && current >= 20 && e.value < 10)) break;
        current += e.value;
      }
      any = true; k = j; ordinal = !!e.ordinal;
      if (e.ordinal) break;
    }
    if (!any) return null;
    value = total + current;
    wordForm = true;
  }
  let end = words[k].end, last = k;
  const nxt = words[k + 1];
  if (digits && nxt && /^(?:st|nd|rd|th)$/.test(nxt.lower) && nxt.start === end) { ordinal = true; end = nxt.end; last = k + 1; }
  else if (digits && nxt && nxt.lower === 's' && nxt.start === end && value >= 1000) {
    return { mention: { start: w.start, end: nxt.end, value: value % 100, kind: 'year', unit: 'decade' }, last: k + 1 };
  }
  // A scale after digits: '4 trillion', '2.08 million', '5bn'.
  while (digits && words[last + 1] && !ordinal) {
    const s = words[last + 1];
    const scale = EN_WORD.get(s.lower)?.scale && !EN_WORD.get(s.lower)?.ordinal ? EN_WORD.get(s.lower)!.value : EN_SCALE_ABBR[s.lower];
    if (!scale || !/^[\s-]?$/.test(text.slice(end, s.start))) break;
    value *= scale; end = s.end; last++;
  }
  // '3D', '2D': a dimension count, written like a code but read as a number (三维 ↔ 3D).
  if (digits && !ordinal && words[last + 1]?.start === end && /^[Dd]$/.test(words[last + 1].text)) {
    return { mention: { start: w.start, end: end + 1, value, kind: 'cardinal', unit: 'dim', loose: true }, last: last + 1 };
  }
  if (digits && isLatin(text[end]) && !/^(?:km|kg|m2|gw|mw|kw|ml\b|l\b)/i.test(text.slice(end, end + 3))) return null;
  // Fractions: 'one third', 'two-thirds', 'a quarter', '1/3'.
  const den = words[last + 1];
  if (!ordinal && den && den.lower in EN_DENOM && /^[\s-]$/.test(text.slice(end, den.start)) && value >= 1 && value < 10 && (value > 1 || den.lower.endsWith('s') === false)) {
    return { mention: { start: w.start, end: den.end, value: value / EN_DENOM[den.lower], kind: 'fraction' }, last: last + 1 };
  }
  const slash = /^\/(\d{1,3})(?!\d)/.exec(text.slice(end, end + 5));
  if (digits && slash && value < +slash[1]) {
    return { mention: { start: w.start, end: end + slash[0].length, value: value / +slash[1], kind: 'fraction' }, last: last + 1 };
  }
  const rest = text.slice(end, end + 40);
  const pct = /^\s?(?:%|％|per\s?cent(?:age points?)?\b|percent(?:age points?)?\b)/i.exec(rest);
  if (pct) {
    const mention: NumberMention = { start: w.start, end: end + pct[0].length, value, kind: 'percent' };
    if (/point/i.test(pct[0])) mention.unit = 'pp';
    return { mention, last: last + pct[0].trim().split(/\s+/).length };
  }
  let kind: NumberKind = ordinal ? 'ordinal' : 'cardinal';
  if (digits && !ordinal && /^\d{4}$/.test(w.text) && value >= 1000 && value <= 2999 && last === k) kind = 'year';
  const unitMatch = EN_UNIT_RE.exec(rest);
  const unit = unitMatch && kind === 'cardinal' ? EN_UNIT_TAGS[unitMatch.slice(1).findIndex(Boolean)] : undefined;
  // 'five-year', 'one-stop', 'three-dimensional': a number word fused into a compound is often not counted in Chinese.
  const compound = wordForm && /^-[A-Za-z]/.test(text.slice(end, end + 2)) && !(words[last + 1]?.lower in EN_DENOM);
  const loose = (value === 1 && (kind === 'cardinal' || kind === 'ordinal')) || (wordForm && ordinal && value === 2) || compound;
  const mention: NumberMention = { start: w.start, end, value, kind };
  if (unit) mention.unit = unit;
  else if (compound && words[last + 1]?.lower === 'dimensional') mention.unit = 'dim';
  if (loose) mention.loose = true;
  return { mention, last };
}
