// Approximations and bounds around the numbers extractNumbers finds: 数百, 30多, 'about 30' are vague;
// 以上 and 'more than' are lower bounds, 以下 and 'up to' upper ones; 6月 and 25日 are date parts.
import type { NumberMention } from './numbers-zh';

// Approximation markers around a number. Chinese: 数/几/约/近/逾/上 before (数百, 上万), 多/余/来/左右/上下/以上 after.
const ZH_VAGUE_BEFORE = /(?:[数几约近逾超上]|大约|将近|接近|超过|不到|不足)$/u;
const ZH_VAGUE_AFTER = /^(?:[多余来几]|左右|上下|以上|以下|开外)/u;
const EN_VAGUE_BEFORE = /\b(?:about|around|approximately|roughly|nearly|almost|over|some|more than|less than|fewer than|up to|at least|at most|under|close to|upwards of|in excess of|estimated|dozens of|hundreds of|thousands of|tens of)\s+$/i;
const EN_VAGUE_AFTER = /^(?:\s*(?:or so|or more|plus|odd)\b|\+|-odd)/i;
// Bounds among them, which say the value itself (以上 'or more', 'more than'): two bounds of one direction and
// unit that differ contradict each other as two firm values do. 多/余 after a figure (30多) is 'odd', not a bound.
const ZH_MIN_BEFORE = /(?:[逾超]|超过|至少)$/u;
const ZH_MIN_AFTER = /^(?:以上|开外)/u;
const ZH_MAX_BEFORE = /(?:不到|不足|至多|最多)$/u;
const ZH_MAX_AFTER = /^以下/u;
const EN_MIN_BEFORE = /\b(?:over|more than|at least|upwards of|in excess of)\s+$/i;
const EN_MIN_AFTER = /^\s*or more\b/i;
const EN_MAX_BEFORE = /\b(?:less than|fewer than|up to|at most|under)\s+$/i;
const ZH_COUNT_DIGIT = /[0-9０-９〇零一二两三四五六七八九壹贰叁肆伍陆柒捌玖]/u;

/**
 * Chinese post-pass: approximations are vague; a bare magnitude with no count (万人 of 亿万人民, 百位 of
 * 数百位) is vague; 6月 (June) and 25日 (the 25th) are date parts, while 6个月 stays a count of months.
 */
export function markZh(text: string, list: NumberMention[]): NumberMention[] {
  return list.map((m) => {
    const raw = text.slice(m.start, m.end);
    const out: NumberMention = { ...m };
    const before = text.slice(Math.max(0, m.start - 2), m.start);
    // 至少要有3年, 至少需要5人: a bound may reach over the verb of having or needing before the figure.
    const beforeVerb = text.slice(Math.max(0, m.start - 6), m.start).replace(/(?:要有|需要|需|要|有|达到|达)$/u, '');
    const after = text.slice(m.end, m.end + 2);
    // A time (十点钟, 18时许) is vague by the marks around it alone: 十 is a full hour, not a bare magnitude.
    if (m.kind === 'time') {
      if (ZH_VAGUE_BEFORE.test(before) || ZH_VAGUE_AFTER.test(after) || after.startsWith('许')) out.vague = true;
      return out;
    }
    if (!ZH_COUNT_DIGIT.test(raw) || ZH_VAGUE_BEFORE.test(before) || ZH_VAGUE_AFTER.test(after)) out.vague = true;
    if (ZH_COUNT_DIGIT.test(raw) && !/[多余几]/u.test(raw)) {
      if (ZH_MIN_BEFORE.test(before) || ZH_MIN_AFTER.test(after) || /(?:至少|超过)$/u.test(beforeVerb)) out.bound = 'min';
      else if (ZH_MAX_BEFORE.test(before) || ZH_MAX_AFTER.test(after) || /(?:至多|最多)$/u.test(beforeVerb)) out.bound = 'max';
    }
    if (/[多余几]/u.test(raw)) out.vague = true;
    // 十七八岁, 三四个: two neighbouring digits name a range, not a value.
    if (/([一二三四五六七八])([二三四五六七八九])/u.test(raw) && /(一二|二三|三四|四五|五六|六七|七八|八九)/u.test(raw)) out.vague = true;
    if (m.kind === 'year' && m.unit === 'decade') out.vague = true;
    if (m.kind === 'cardinal' && m.unit === 'month' && /月$/u.test(raw) && !/个月$/u.test(raw) && m.value >= 1 && m.value <= 12 && Number.isInteger(m.value)) {
      out.kind = 'date'; out.value = m.value * 100; delete out.unit;
    } else if (m.kind === 'cardinal' && m.unit === 'day' && /[日号]$/u.test(raw) && m.value >= 1 && m.value <= 31 && Number.isInteger(m.value)) {
      out.kind = 'date'; out.value = m.value; delete out.unit;
    }
    return out;
  });
}

/**
 * English post-pass: approximations are vague; a month name alone is a date only when it cannot be a
 * name or a modal ('Mar' in 'from Mar, Ruhr'; 'May' alone): abbreviations need a day or a year beside them.
 */
export function markEn(text: string, list: NumberMention[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of list) {
    const raw = text.slice(m.start, m.end);
    if (m.kind === 'date' && /^[A-Za-z]{3}\.?$/.test(raw) && !/^(?:May)$/.test(raw)) continue;
    const v: NumberMention = { ...m };
    const before = text.slice(Math.max(0, m.start - 24), m.start);
    const after = text.slice(m.end, m.end + 8);
    if (EN_VAGUE_BEFORE.test(before) || EN_VAGUE_AFTER.test(after)) v.vague = true;
    if (EN_MIN_BEFORE.test(before) || EN_MIN_AFTER.test(after)) v.bound = 'min';
    else if (EN_MAX_BEFORE.test(before)) v.bound = 'max';
    if (m.kind === 'year' && m.unit === 'decade') v.vague = true;
    // 'million', 'a hundred', 'century', 'dozen' with no count of their own; 'seventeen or eighteen'.
    if (/^(?:an?\s+)?(?:hundreds?|thousands?|millions?|billions?|trillions?|century|dozens?|decades?)$/i.test(raw)) v.vague = true;
    // A range of times names both of its ends ('21:00-22:00').
    if (m.kind === 'time') { out.push(v); continue; }
    if (/^\s*(?:or|to|-|–)\s*\w/i.test(text.slice(m.end, m.end + 6)) && /^\s*(?:or|to|-|–)\s*(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)\b/i.test(text.slice(m.end, m.end + 16))) v.vague = true;
    if (/\b(?:or|to)\s+$/i.test(text.slice(Math.max(0, m.start - 5), m.start)) && list.some((o) => o !== m && o.end <= m.start && m.start - o.end <= 5)) v.vague = true;
    // 'First and Second Plenary Sessions': an ordinal listed beside another ordinal counts, though 'first'
    // alone is as often 'at first'.
    const listed = (o: NumberMention) => o !== m && o.kind === 'ordinal' && /^\s*(?:,|and|,\s*and)\s*$/i.test(o.end <= m.start ? text.slice(o.end, m.start) : text.slice(m.end, o.start));
    if (m.kind === 'ordinal' && v.loose && list.some(listed)) delete v.loose;
    out.push(v);
  }
  return out;
}
