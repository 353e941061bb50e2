// Decode stage: the bytes of a user's file to text. Pure: runs in a Web Worker and in Node.
//
// TextDecoder (WHATWG Encoding) covers every encoding we accept: UTF-8, UTF-16 LE/BE and GB18030,
// and its `fatal` mode tells us whether bytes are valid. chardet was rejected: it guesses among
// dozens of encodings from statistics, and for our two-language input a strict UTF-8 test with a
// GB18030 fallback is both exact for the common case and cheaper.
import type { Decoded } from '../types';

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

const REPLACEMENT = '\uFFFD';

function decodeWith(encoding: Encoding, bytes: Uint8Array, fatal: boolean): string | null {
  try {
    // ignoreBOM: we strip the BOM ourselves so every encoding is treated alike.
    return new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** UTF-16 named by a byte-order mark, or guessed from the NUL bytes of mostly-ASCII UTF-16 text. */
function detectUtf16(bytes: Uint8Array): { encoding: Encoding; skip: number } | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  // Without a BOM, English UTF-16 has a NUL in every other byte; require a clear majority on one
  // side and none on the other so binary files with scattered NULs are not mistaken for text.
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul >= pairs * 0.6 && evenNul === 0) return { encoding: 'utf-16le', skip: 0 };
  if (evenNul >= pairs * 0.6 && oddNul === 0) return { encoding: 'utf-16be', skip: 0 };
  return null;
}

/** Share of characters that are printable ASCII, whitespace, CJK ideographs or CJK punctuation (U+FFFD is not). */
function plausibility(text: string): number {
  if (text.length === 0) return 0;
  let good = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || c === 0x09 || c === 0x0a || c === 0x0d) good++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)) good++;
    else if (c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x2014 || c === 0x2026) good++;
  }
  return good / text.length;
}

function countReplacements(text: string): number {
  let count = 0;
  for (let i = text.indexOf(REPLACEMENT); i !== -1; i = text.indexOf(REPLACEMENT, i + 1)) count++;
  return count;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

interface Attempt extends Decoded {
  /** True when the bytes were valid in the chosen encoding. */
  valid: boolean;
}

function decodeAttempt(bytes: Uint8Array): Attempt {
  if (bytes.length === 0) return { text: '', encoding: 'utf-8', valid: true };
  const utf16 = detectUtf16(bytes);
  if (utf16) {
    const body = bytes.subarray(utf16.skip);
    const strict = decodeWith(utf16.encoding, body, true);
    const text = strict ?? decodeWith(utf16.encoding, body, false) ?? '';
    return { text: stripBom(text), encoding: utf16.encoding, valid: strict !== null };
  }
  const utf8 = decodeWith('utf-8', bytes, true);
  if (utf8 !== null) return { text: stripBom(utf8), encoding: 'utf-8', valid: true };
  // Not UTF-8: GB18030, or Chinese UTF-16 without a BOM (no NUL-byte pattern), which often also
  // "decodes" as GB18030 into nonsense. Keep the reading of a sample that looks most like text.
  const sample = bytes.subarray(0, 4096);
  const candidates: Encoding[] = bytes.length % 2 === 0 ? ['gb18030', 'utf-16le', 'utf-16be'] : ['gb18030'];
  let best: Encoding = 'gb18030';
  let bestScore = -1;
  for (const encoding of candidates) {
    const score = plausibility(decodeWith(encoding, sample, false) ?? '');
    // GB18030 is the usual case; UTF-16 must read clearly better to win.
    if (encoding === 'gb18030' ? score > bestScore : score >= 0.9 && score > bestScore) {
      best = encoding;
      bestScore = score;
    }
  }
  const strict = decodeWith(best, bytes, true);
  if (strict !== null) return { text: stripBom(strict), encoding: best, valid: true };
  // Not valid anywhere: keep whichever reading loses fewer characters, so a UTF-8 file with one
  // corrupt byte still reads as UTF-8.
  const looseUtf8 = decodeWith('utf-8', bytes, false) ?? '';
  const loose = decodeWith(best, bytes, false) ?? '';
  return countReplacements(loose) < countReplacements(looseUtf8)
    ? { text: stripBom(loose), encoding: best, valid: false }
    : { text: stripBom(looseUtf8), encoding: 'utf-8', valid: false };
}

/**
 * Decodes a file's bytes as UTF-8 (BOM optional), UTF-16 LE/BE (by BOM, or by NUL pattern) or, when
 * they are not valid UTF-8, GB18030; removes a leading BOM and changes nothing else; never throws.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (!(bytes instanceof Uint8Array)) throw new RangeError(`decodeBytes: expected a Uint8Array, got ${typeof bytes}`);
  const { text, encoding } = decodeAttempt(bytes);
  return { text, encoding };
}

function isControl(code: number): boolean {
  // Tab, line feed, vertical tab, form feed and carriage return are layout, not binary.
  if (code >= 0x09 && code <= 0x0d) return false;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/**
 * One human sentence saying why the bytes cannot be used as a document (empty, binary, or not
 * decodable as UTF-8/UTF-16/GB18030), or null when they decode to usable text.
 */
export function describeUnusableInput(bytes: Uint8Array): string | null {
  if (!(bytes instanceof Uint8Array)) throw new RangeError(`describeUnusableInput: expected a Uint8Array, got ${typeof bytes}`);
  if (bytes.length === 0) return 'The file is empty.';
  const { text, encoding, valid } = decodeAttempt(bytes);
  const utf16 = encoding === 'utf-16le' || encoding === 'utf-16be';
  if (!utf16 && bytes.includes(0)) {
    return 'The file looks like a binary file (it contains NUL bytes), not plain text; save it as UTF-8 text and try again.';
  }
  let controls = 0;
  let visible = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isControl(code)) controls++;
    else if (code > 0x20 && code !== 0xfeff && code !== 0x3000) visible++;
  }
  if (controls > 0 && controls >= (controls + visible) * 0.1) {
    return 'The file looks like a binary file (it is mostly control characters), not plain text; save it as UTF-8 text and try again.';
  }
  if (!valid) {
    return 'The file could not be read as UTF-8, UTF-16 or GB18030 text; save it as UTF-8 text and try again.';
  }
  if (visible === 0) return 'The file is empty (it contains only blank space).';
  return null;
}
