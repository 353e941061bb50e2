// Counters as Word writes them for each w:numFmt (ECMA-376 §17.18.59), for list labels.
import { toRoman } from './extract-html';

const ZH_DIGITS = '〇一二三四五六七八九';
// Counting writes an inner zero as 零 (一百零五); digit-by-digit forms use 〇 (二〇二四).
const ZH_COUNTING = '零一二三四五六七八九';
const ZH_LEGAL = '零壹贰叁肆伍陆柒捌玖';
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

/** Chinese counting (一, 十一, 二十, 一百零五) with the given digit set and unit characters; 0 < n < 10000. */
function chineseCounting(n: number, digits = ZH_COUNTING, units = ['', '十', '百', '千']): string {
  if (n <= 0 || n >= 10000) return String(n);
  const parts: string[] = [];
  const s = String(n);
  let zero = false;
  for (let i = 0; i < s.length; i++) {
    const d = Number(s[i]);
    const unit = units[s.length - 1 - i];
    if (d === 0) {
      zero = true;
      continue;
    }
    if (zero && parts.length > 0) parts.push(digits[0]);
    zero = false;
    // 十一, not 一十一, when ten leads.
    if (!(d === 1 && unit === units[1] && i === 0)) parts.push(digits[d]);
    parts.push(unit);
  }
  return parts.join('');
}

function letters(n: number): string {
  // Word repeats the letter: a … z, aa … zz, aaa …
  if (n <= 0) return String(n);
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function enclosed(n: number, first: number, max: number): string {
  return n >= 1 && n <= max ? String.fromCodePoint(first + n - 1) : String(n);
}

/** The counter n in Word's number format `fmt`; unknown formats fall back to decimal. */
export function formatCounter(n: number, fmt: string): string {
  switch (fmt) {
    case 'decimal':
      return String(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'upperRoman':
      return toRoman(n);
    case 'lowerRoman':
      return toRoman(n).toLowerCase();
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerLetter':
      return letters(n);
    case 'ordinal':
      return `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
      return chineseCounting(n);
    case 'chineseLegalSimplified':
      return chineseCounting(n, ZH_LEGAL, ['', '拾', '佰', '仟']);
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return [...String(n)].map((d) => ZH_DIGITS[Number(d)]).join('');
    case 'ideographTraditional':
      return n >= 1 && n <= 10 ? STEMS[n - 1] : String(n);
    case 'ideographZodiac':
      return n >= 1 && n <= 12 ? BRANCHES[n - 1] : String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return n <= 20 ? enclosed(n, 0x2460, 20) : String(n);
    case 'decimalEnclosedParen':
      return enclosed(n, 0x2474, 20);
    case 'decimalEnclosedFullstop':
      return enclosed(n, 0x2488, 20);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
    case 'none':
      return '';
    default:
      return String(n);
  }
}
