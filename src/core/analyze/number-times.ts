// Times of day, a dimension of their own: 22时, 5时30分, 凌晨四点半, '21:00', '5 pm', 'eight o'clock'. A time
// read as a count would pair 22时 with any '22' and let a changed hour pass as a paraphrase.
import type { NumberMention } from './numbers-zh';

const ZH_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const EN_HOURS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** 0 to 59 written in Arabic digits or Chinese numerals (十五, 二十四, 零七); NaN for anything else. */
function smallNumber(s: string): number {
  if (/^[0-9０-９]+$/.test(s)) return Number(s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  const m = /^(?:([一二两三四五])?十)?([〇零一二两三四五六七八九])?$/u.exec(s);
  if (!m || s === '') return NaN;
  const tens = s.includes('十') ? (m[1] ? ZH_DIGITS[m[1]] : 1) : 0;
  return tens * 10 + (m[2] ? ZH_DIGITS[m[2]] : 0);
}

// Chinese: an hour before 时 or 点 (点钟), then minutes (30分) or 半. 时 after an Arabic hour is a time
// (22时) unless a comparison stands before it (达到20时 'when it reaches 20'); a numeral hour (四点, 三时)
// or 点 is 'three points' or 'for a while' (一时) unless a part of the day stands before it or minutes follow.
const ZH_TIME = /([0-9０-９]{1,2}|[〇零一二两三四五六七八九十]{1,3})([时点])(钟)?(?:([0-9０-９]{1,2}|[〇零一二三四五六七八九十]{1,3})分|(半))?/gu;
const ZH_DAY_PART = /(?:凌晨|早上|早晨|清晨|上午|中午|午后|下午|傍晚|晚上|夜里|夜间|深夜|半夜|晚|早|北京时间|当地时间)$/u;
const ZH_AFTERNOON = /(?:下午|午后|傍晚|晚上|夜里|夜间|深夜|晚)$/u;
const ZH_COMPARISON = /(?:达到|超过|低于|高于|大于|小于|等于|满|第|[0-9０-９〇零一二两三四五六七八九十百千万.．])$/u;

// English: 21:00 (with an optional a.m./p.m.; tokenised text writes '21: 00'), '5 pm', '5.30 p.m.', 'eight o'clock'.
const EN_CLOCK = /(?<![\d.,])(?<!\d[:：] ?)(\d{1,2})[:：] ?(\d{2})(?![\d:：])(?:\s?([ap])\.?\s?m\b\.?)?/giu;
const EN_MERIDIEM = /(?<![\d:.,])(\d{1,2})(?:\.(\d{2}))?\s?([ap])\.?m\b\.?/gi;
const EN_OCLOCK = new RegExp(`\\b(\\d{1,2}|${EN_HOURS.slice(1).join('|')})\\s+o['’]clock\\b`, 'gi');

/** A mention of `hour`:`minute`, valued in minutes after midnight; null when either is out of range. */
function timeMention(start: number, end: number, hour: number, minute: number): NumberMention | null {
  if (!(hour >= 0 && hour <= 24 && minute >= 0 && minute <= 59) || (hour === 24 && minute > 0)) return null;
  return { start, end, value: hour * 60 + minute, kind: 'time' };
}

/** Times of day in a Chinese text, in order; `value` is minutes after midnight (下午5时 = 17:00). */
export function readZhTimes(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of readClockTimes(text)) out.push(m);
  for (const m of text.matchAll(ZH_TIME)) {
    const [all, h, mark, zhong, min, half] = m;
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    const arabic = /^[0-9０-９]/.test(h);
    const dayPart = ZH_DAY_PART.test(before);
    const minutes = min !== undefined || half !== undefined;
    if (ZH_COMPARISON.test(before)) continue;
    if (!dayPart && !minutes && !zhong && !(arabic && mark === '时')) continue;
    let hour = smallNumber(h);
    if (ZH_AFTERNOON.test(before) && hour < 12) hour += 12;
    const t = timeMention(m.index, m.index + all.length, hour, half ? 30 : min ? smallNumber(min) : 0);
    if (t && !out.some((o) => o.start < t.end && t.start < o.end)) out.push(t);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Times of day in an English text, in order; `value` is minutes after midnight ('5 pm' = 17:00). */
export function readEnTimes(text: string): NumberMention[] {
  const out: NumberMention[] = readClockTimes(text);
  const add = (t: NumberMention | null) => { if (t && !out.some((o) => o.start < t.end && t.start < o.end)) out.push(t); };
  for (const m of text.matchAll(EN_MERIDIEM)) {
    const hour = Number(m[1]);
    if (hour < 1 || hour > 12) continue;
    add(timeMention(m.index, m.index + m[0].length, (hour % 12) + (m[3].toLowerCase() === 'p' ? 12 : 0), m[2] ? Number(m[2]) : 0));
  }
  for (const m of text.matchAll(EN_OCLOCK)) {
    const hour = /^\d/.test(m[1]) ? Number(m[1]) : EN_HOURS.indexOf(m[1].toLowerCase());
    add(timeMention(m.index, m.index + m[0].length, hour, 0));
  }
  return out.sort((a, b) => a.start - b.start);
}

/** 21:00, 05:30 and 9:15 p.m., the way both languages write a clock. */
function readClockTimes(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of text.matchAll(EN_CLOCK)) {
    let hour = Number(m[1]);
    if (m[3] && hour >= 1 && hour <= 12) hour = (hour % 12) + (m[3].toLowerCase() === 'p' ? 12 : 0);
    const t = timeMention(m.index, m.index + m[0].length, hour, Number(m[2]));
    if (t) out.push(t);
  }
  return out;
}

/** The hour of a time on a twelve-hour dial (0 to 11): '10 pm' and 22时 are one hour, so are 0时, 12时 and 24时. */
export const dialHour = (minutes: number) => Math.floor(minutes / 60) % 12;
