// Traditional Chinese read through its simplified form, without moving a single offset.
//
// The dictionary index, jieba's word list and the checks' word lists are simplified Chinese, so a
// traditional document (Taiwan, Hong Kong, older mainland texts) is looked up through a simplified
// copy. The copy must have exactly the user's length, so that every offset found in it is an offset
// into the user's own text: the mapping is therefore character by character (OpenCC's standard, Hong
// Kong and Taiwan tables via opencc-js, one code point at a time), and a character is replaced only when
// its simplified form has the same UTF-16 length. Whole-phrase conversion was rejected: it picks
// better among the few characters whose simplified form depends on the word (乾隆 keeps 乾, 乾燥
// becomes 干燥), but phrases may change length and shift every later offset; for lookups the
// character mapping is right in the great majority of cases and never misplaces evidence.
import { TRADITIONAL_PAIRS } from './traditional-chars';

// The character table of opencc-js's converters, generated ahead (scripts/build-traditional-chars.ts):
// building the converters themselves parsed all of OpenCC's phrase tables, about 70 ms of every
// worker's start, for the one character at a time this file asks. BMP characters (the great
// majority) map in a flat table (0: unchanged); the rest in a map.
const bmp = new Uint16Array(0x10000);
const astral = new Map<number, string>();
{
  const chars = [...TRADITIONAL_PAIRS];
  for (let i = 0; i + 1 < chars.length; i += 2) {
    const cp = chars[i].codePointAt(0)!;
    if (cp <= 0xffff) bmp[cp] = chars[i + 1].charCodeAt(0);
    else astral.set(cp, chars[i + 1]);
  }
}

function simplifiedUnit(c: number): number {
  return bmp[c] || c;
}

function simplifiedChar(cp: number): string {
  if (cp <= 0xffff) return String.fromCharCode(simplifiedUnit(cp));
  return astral.get(cp) ?? String.fromCodePoint(cp);
}

const isHan = (cp: number): boolean => (cp >= 0x3400 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x20000 && cp <= 0x3134f);

/**
 * The text with each traditional Chinese character replaced by its simplified form where that has
 * the same UTF-16 length; the result always has `text.length`, and every non-Han character, offset
 * and line break is unchanged. Returns `text` itself when nothing changes.
 */
export function simplifyChinese(text: string): string {
  let units: Uint16Array | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const next = c >= 0xd800 && c <= 0xdbff ? text.charCodeAt(i + 1) : 0;
    if (next >= 0xdc00 && next <= 0xdfff) {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff && isHan(cp)) {
        const s = simplifiedChar(cp);
        if (s !== text.slice(i, i + 2)) {
          units ??= toUnits(text);
          units[i] = s.charCodeAt(0);
          units[i + 1] = s.charCodeAt(1);
        }
      }
      i++;
      continue;
    }
    if (!isHan(c)) continue;
    const s = simplifiedUnit(c);
    if (s === c) continue;
    units ??= toUnits(text);
    units[i] = s;
  }
  return units === null ? text : fromUnits(units);
}

function toUnits(text: string): Uint16Array {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
}

const utf16 = new TextDecoder('utf-16le');

function fromUnits(units: Uint16Array): string {
  // The native decoder is many times faster than String.fromCharCode over chunks; it turns a lone
  // surrogate into U+FFFD, one unit for one unit, so the length (and every offset) still holds.
  const bytes = new Uint8Array(units.buffer, units.byteOffset, units.byteLength);
  const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  if (!littleEndian) for (let i = 0; i < bytes.length; i += 2) [bytes[i], bytes[i + 1]] = [bytes[i + 1], bytes[i]];
  return utf16.decode(bytes);
}

/** Share of the Han characters in `text` that simplification changes (0 for simplified text). */
export function traditionalShare(text: string): number {
  let han = 0;
  let changed = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (!isHan(cp)) continue;
    han++;
    if (simplifiedChar(cp) !== ch) changed++;
  }
  return han === 0 ? 0 : changed / han;
}
