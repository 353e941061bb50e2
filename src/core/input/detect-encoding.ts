// Which encoding a file's bytes are in, and where they fail to decode in it. Pure.
//
// The decision goes from proof to statistics, and the result says which it was:
//   1. a byte-order mark names UTF-8 or UTF-16 outright;
//   2. NUL bytes in every other position are UTF-16 holding mostly ASCII;
//   3. bytes that are valid UTF-8 are UTF-8 (random legacy text is almost never valid UTF-8);
//   4. bytes that read as UTF-16 code units of Chinese text, with no sign of being ASCII, are UTF-16;
//   5. bytes that are UTF-8 with damage (valid multi-byte sequences outnumber the failures, or a long
//      clean run opens the file) are damaged UTF-8, never reread as a legacy encoding;
//   6. otherwise a legacy encoding, chosen by chardet's character statistics among those a Chinese or
//      English document is saved in (GB18030, Big5, windows-1252). Validity alone cannot choose:
//      most Big5 text is also valid GBK, and GB18030 accepts almost any byte string.
// TextDecoder (WHATWG, `fatal`) proves validity; it does not say where decoding fails, so the UTF-8
// and UTF-16 scans below find the failing bytes themselves, following the WHATWG error rules so
// their count equals the number of U+FFFD a non-fatal decoder writes.
import chardet from 'chardet';

/** Encodings Duizhao reads (WHATWG labels). */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5' | 'windows-1252';

/** How the encoding was established: named by a BOM, proven by a byte pattern, or guessed from statistics. */
export type EncodingEvidence = 'bom' | 'valid' | 'pattern' | 'statistics';

/** An encoding for the bytes, the BOM length to skip, and how sure we are. */
export interface EncodingChoice {
  encoding: Encoding;
  skip: number;
  evidence: EncodingEvidence;
}

/** UTF-8 structure of a byte string: complete multi-byte sequences, and byte offsets of failures. */
export interface Utf8Scan {
  multibyte: number;
  /** Multi-byte sequences before the first failure (all of them when there is none). */
  multibyteBeforeFailure: number;
  failures: number;
  /** Byte offsets of the first failures (at most `keep`). */
  offsets: number[];
}

/** Scans bytes as UTF-8 with the WHATWG decoder's error rules; `keep` bounds the offsets listed. */
export function scanUtf8(bytes: Uint8Array, keep = 16): Utf8Scan {
  let multibyte = 0;
  let before = -1;
  let failures = 0;
  const offsets: number[] = [];
  const fail = (at: number): void => {
    if (failures === 0) before = multibyte;
    failures++;
    if (offsets.length < keep) offsets.push(at);
  };
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else {
      fail(i);
      i++;
      continue;
    }
    let k = 1;
    for (; k <= need; k++) {
      const c = i + k < n ? bytes[i + k] : -1;
      if (c < lower || c > upper) break;
      lower = 0x80;
      upper = 0xbf;
    }
    if (k > need) {
      multibyte++;
      i += need + 1;
    } else {
      // The byte that broke the sequence starts the next one (WHATWG "prepend").
      fail(i);
      i += k;
    }
  }
  return { multibyte, multibyteBeforeFailure: failures === 0 ? multibyte : before, failures, offsets };
}

/** Code units that plausibly occur in Chinese or English text: ASCII, Latin, punctuation, CJK. */
function isTextUnit(c: number): boolean {
  return (
    (c >= 0x20 && c < 0x7f) ||
    c === 0x09 ||
    c === 0x0a ||
    c === 0x0d ||
    (c >= 0xa0 && c <= 0x24f) ||
    (c >= 0x2000 && c <= 0x206f) ||
    (c >= 0x2e80 && c <= 0x30ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xffef)
  );
}

/** Share of 16-bit units (little- or big-endian) in [from, to) that look like text. */
export function utf16TextShare(bytes: Uint8Array, from: number, to: number, littleEndian: boolean): number {
  let good = 0;
  let units = 0;
  for (let i = from; i + 1 < to; i += 2) {
    const c = littleEndian ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1];
    if (isTextUnit(c)) good++;
    units++;
  }
  return units === 0 ? 0 : good / units;
}

const SAMPLE = 1 << 16;
/** UTF-16 is recognised from the opening bytes; decode.ts then checks that the reading holds to the end. */
const UTF16_SAMPLE = 2048;

/** UTF-16 by byte-order mark, by NUL pattern (ASCII-heavy text) or by code units that read as Chinese. */
function detectUtf16(bytes: Uint8Array, strictUtf8: boolean): EncodingChoice | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2, evidence: 'bom' };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2, evidence: 'bom' };
  const n = Math.min(bytes.length, UTF16_SAMPLE) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  let asciiPairs = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
    if (bytes[i] >= 0x09 && bytes[i] < 0x7f && bytes[i + 1] >= 0x09 && bytes[i + 1] < 0x7f) asciiPairs++;
  }
  const pairs = n / 2;
  // English UTF-16 has a NUL in every other byte; binary files have NULs on both sides. Chinese
  // characters such as 一 (U+4E00) put a few NULs on the other side too.
  const few = pairs * 0.05;
  if (oddNul >= pairs * 0.6 && evenNul <= few) return { encoding: 'utf-16le', skip: 0, evidence: 'pattern' };
  if (evenNul >= pairs * 0.6 && oddNul <= few) return { encoding: 'utf-16be', skip: 0, evidence: 'pattern' };
  if (strictUtf8) return null;
  // Chinese UTF-16 has no NUL pattern, but its units fall in the CJK block. ASCII text also reads
  // as "CJK" units two letters at a time (the old "Bush hid the facts" trap), so bytes that are
  // mostly printable ASCII pairs are never UTF-16; nor are files with NULs on the wrong side.
  if (asciiPairs > pairs * 0.5) return null;
  const le = utf16TextShare(bytes, 0, n, true);
  const be = utf16TextShare(bytes, 0, n, false);
  if (le >= 0.9 && le - be >= 0.3 && evenNul <= few) return { encoding: 'utf-16le', skip: 0, evidence: 'pattern' };
  if (be >= 0.9 && be - le >= 0.3 && oddNul <= few) return { encoding: 'utf-16be', skip: 0, evidence: 'pattern' };
  return null;
}

const CHARDET_NAMES: Record<string, Encoding> = { GB18030: 'gb18030', Big5: 'big5', 'ISO-8859-1': 'windows-1252', 'windows-1252': 'windows-1252' };

/** Legacy encodings chardet finds plausible, most likely first, with its confidence (0–100). */
function legacyCandidates(bytes: Uint8Array): Array<{ encoding: Encoding; confidence: number }> {
  const ranked = chardet.analyse(bytes.subarray(0, SAMPLE));
  const out: Array<{ encoding: Encoding; confidence: number }> = [];
  for (const r of ranked) {
    const encoding = CHARDET_NAMES[r.name];
    if (encoding && !out.some((c) => c.encoding === encoding)) out.push({ encoding, confidence: r.confidence });
  }
  if (out.length === 0) out.push({ encoding: 'gb18030', confidence: 0 });
  return out;
}

/** Whether the bytes decode without error in `encoding`. */
export function decodesCleanly(encoding: Encoding, bytes: Uint8Array): boolean {
  try {
    new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Chooses the encoding of a file's bytes (see the rules at the top of this file). */
export function chooseEncoding(bytes: Uint8Array): EncodingChoice {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3, evidence: 'bom' };
  const validUtf8 = decodesCleanly('utf-8', bytes);
  const utf16 = detectUtf16(bytes, validUtf8);
  if (utf16) return utf16;
  if (validUtf8) return { encoding: 'utf-8', skip: 0, evidence: 'valid' };
  const scan = scanUtf8(bytes, 0);
  if (scan.multibyte >= scan.failures || scan.multibyteBeforeFailure >= 16) return { encoding: 'utf-8', skip: 0, evidence: 'pattern' };
  // The likeliest encoding wins even when damaged: Windows-1252 and GB18030 decode almost any
  // bytes "cleanly", so falling back to whatever decodes would read damaged Big5 as mojibake.
  // Only a near-equal candidate (within 10 points) that decodes cleanly is preferred to it.
  const candidates = legacyCandidates(bytes);
  const top = candidates[0];
  const clean = candidates.find((c) => c.confidence >= top.confidence - 10 && decodesCleanly(c.encoding, bytes));
  return { encoding: (clean ?? top).encoding, skip: 0, evidence: 'statistics' };
}
