// Decode stage: the bytes of a user's file to text. Pure: runs in a Web Worker and in Node.
//
// detect-encoding.ts decides the encoding and says whether it knew or guessed; this file decodes,
// locates damaged bytes, and decides whether the damage is small enough to read through (each
// damaged place becomes U+FFFD and is named in a note) or so large that the file is refused with
// the byte offset where decoding fails. A file is never silently read as a different encoding.
import type { Decoded } from '../types';
import { chooseEncoding, decodesCleanly, scanUtf8, utf16TextShare, type Encoding, type EncodingChoice } from './detect-encoding';

/** At most this many damaged places (and at most one per DAMAGE_RATIO characters) are read through. */
const MAX_DAMAGED_PLACES = 16;
const DAMAGE_RATIO = 200;
/** A guessed UTF-16 reading must look like text in every window of this many bytes. */
const UTF16_WINDOW = 1024;

const NAMES: Record<Encoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  gb18030: 'GB18030',
  big5: 'Big5',
  'windows-1252': 'Windows-1252',
};

interface Damage {
  /** Number of places that failed to decode (each is one U+FFFD in the text). */
  count: number;
  /** Byte offsets (in the whole file) of the first few. */
  offsets: number[];
  /** Byte offset from which a guessed reading stops looking like text, or -1. */
  unreadableFrom: number;
}

interface Analysis extends EncodingChoice {
  text: string;
  damage: Damage;
}

function decodeLoose(encoding: Encoding, bytes: Uint8Array): string {
  // ignoreBOM: the BOM is skipped by offset, so every encoding is treated alike.
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

function utf16Damage(bytes: Uint8Array, skip: number, littleEndian: boolean, guessed: boolean): Damage {
  const offsets: number[] = [];
  let count = 0;
  const fail = (at: number): void => {
    count++;
    if (offsets.length < MAX_DAMAGED_PLACES) offsets.push(at);
  };
  const unit = (i: number): number => (littleEndian ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1]);
  let i = skip;
  for (; i + 1 < bytes.length; i += 2) {
    const c = unit(i);
    if (c >= 0xdc00 && c <= 0xdfff) fail(i);
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = i + 3 < bytes.length ? unit(i + 2) : -1;
      if (next >= 0xdc00 && next <= 0xdfff) i += 2;
      else fail(i);
    }
  }
  if (i < bytes.length) fail(i); // a file cut in the middle of a code unit
  let unreadableFrom = -1;
  // A UTF-16 reading guessed from the opening bytes must hold to the end: a lost byte shifts
  // every later unit into nonsense that no error rule catches.
  if (guessed) {
    for (let w = skip; w < bytes.length && unreadableFrom < 0; w += UTF16_WINDOW) {
      const end = Math.min(bytes.length, w + UTF16_WINDOW);
      if (end - w >= 64 && utf16TextShare(bytes, w, end, littleEndian) < 0.5) unreadableFrom = w;
    }
    // The first failing unit, if it lies just before the window, marks the place more exactly.
    if (unreadableFrom > skip && offsets.length > 0 && offsets[0] < unreadableFrom && offsets[0] >= unreadableFrom - UTF16_WINDOW) unreadableFrom = offsets[0];
  }
  return { count, offsets, unreadableFrom };
}

/** Byte offset of the first failure in a legacy encoding, by bisecting prefixes (TextDecoder does not say). */
function firstLegacyFailure(encoding: Encoding, bytes: Uint8Array): number {
  const valid = (k: number, stream: boolean): boolean => {
    try {
      new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, k), { stream });
      return true;
    } catch {
      return false;
    }
  };
  // Streamed, a character cut by the prefix is not an error, so validity only falls as k grows.
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (valid(mid, true)) lo = mid;
    else hi = mid - 1;
  }
  // The failing sequence may have begun up to three bytes before the longest valid prefix ends.
  for (let j = lo; j >= Math.max(0, lo - 3); j--) if (valid(j, false)) return Math.min(j, bytes.length - 1);
  return Math.min(lo, bytes.length - 1);
}

function countReplacements(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) count++;
  return count;
}

function analyse(bytes: Uint8Array): Analysis {
  const choice = chooseEncoding(bytes);
  const body = bytes.subarray(choice.skip);
  const text = decodeLoose(choice.encoding, body);
  let damage: Damage = { count: 0, offsets: [], unreadableFrom: -1 };
  if (choice.encoding === 'utf-8') {
    if (choice.evidence !== 'valid') {
      const scan = scanUtf8(body, MAX_DAMAGED_PLACES);
      damage = { count: scan.failures, offsets: scan.offsets.map((o) => o + choice.skip), unreadableFrom: -1 };
    }
  } else if (choice.encoding === 'utf-16le' || choice.encoding === 'utf-16be') {
    damage = utf16Damage(bytes, choice.skip, choice.encoding === 'utf-16le', choice.evidence !== 'bom');
  } else if (!decodesCleanly(choice.encoding, body)) {
    damage = { count: Math.max(1, countReplacements(text)), offsets: [firstLegacyFailure(choice.encoding, body)], unreadableFrom: -1 };
  }
  return { ...choice, text, damage };
}

function tooDamaged(a: Analysis): boolean {
  if (a.damage.unreadableFrom >= 0) return true;
  return a.damage.count > MAX_DAMAGED_PLACES || a.damage.count * DAMAGE_RATIO > Math.max(a.text.length, DAMAGE_RATIO);
}

const bytesAt = (offsets: number[]): string => offsets.map((o) => o.toLocaleString('en-US')).join(', ');

/** The notes a readable file's decoding deserves: a guessed encoding, damaged places read as U+FFFD. */
function notesOf(a: Analysis): string[] {
  const notes: string[] = [];
  const name = NAMES[a.encoding];
  if (a.evidence === 'statistics') notes.push(`decoded as ${name}: the file has no byte-order mark and is not UTF-8, so the encoding was recognised from its byte statistics`);
  else if (a.evidence === 'pattern' && a.encoding !== 'utf-8') notes.push(`decoded as ${name}: the file has no byte-order mark, so the encoding was recognised from its byte pattern`);
  if (a.damage.count > 0) {
    const n = a.damage.count;
    const more = n > a.damage.offsets.length ? ', …' : '';
    notes.push(`${n} damaged place${n === 1 ? '' : 's'} in the ${name} text could not be decoded and show${n === 1 ? 's' : ''} as �: byte${n === 1 ? '' : 's'} ${bytesAt(a.damage.offsets)}${more}`);
  }
  return notes;
}

/**
 * Decodes a file's bytes: UTF-8 (BOM optional), UTF-16 LE/BE (by BOM, NUL pattern or code units),
 * GB18030, Big5 or Windows-1252 (by character statistics); removes a leading BOM and changes nothing
 * else; damaged places become U+FFFD. `notes` says when the encoding was guessed and where the bytes
 * were damaged. Never throws on bytes; use describeUnusableInput first to refuse what cannot be read.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (!(bytes instanceof Uint8Array)) throw new RangeError(`decodeBytes: expected a Uint8Array, got ${typeof bytes}`);
  if (bytes.length === 0) return { text: '', encoding: 'utf-8', notes: [] };
  const a = analyse(bytes);
  return { text: a.text, encoding: a.encoding, notes: notesOf(a) };
}

function isControl(code: number): boolean {
  // Tab, line feed, vertical tab, form feed and carriage return are layout, not binary.
  if (code >= 0x09 && code <= 0x0d) return false;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

function damaged(a: Analysis, name: string): string {
  if (a.damage.unreadableFrom === a.skip) return 'The file could not be read as UTF-8, UTF-16, GB18030 or Big5 text; save it as UTF-8 text and try again.';
  if (a.damage.unreadableFrom >= 0) {
    return `The file reads as ${name} text up to byte ${bytesAt([a.damage.unreadableFrom])} and not after it (a byte lost or damaged there?); save it again as UTF-8 text and try again.`;
  }
  const how = a.evidence === 'statistics' ? `could not be read as UTF-8, UTF-16, GB18030 or Big5 text (read as ${name}, the closest fit, ` : `is damaged ${name} text (`;
  const rest = a.damage.count - 1;
  const more = rest === 0 ? '' : ` and in ${rest.toLocaleString('en-US')} more place${rest === 1 ? '' : 's'}`;
  return `The file ${how}decoding fails at byte ${bytesAt(a.damage.offsets.slice(0, 1))}${more}); save it as UTF-8 text and try again.`;
}

/**
 * One human sentence saying why the bytes cannot be used as a document (empty, binary, or damaged
 * beyond reading, naming the byte offset where decoding fails), or null when they decode to usable text.
 */
export function describeUnusableInput(bytes: Uint8Array): string | null {
  if (!(bytes instanceof Uint8Array)) throw new RangeError(`describeUnusableInput: expected a Uint8Array, got ${typeof bytes}`);
  if (bytes.length === 0) return 'The file is empty.';
  const a = analyse(bytes);
  const name = NAMES[a.encoding];
  const known = a.evidence !== 'statistics';
  // A file whose encoding is known (a BOM, or UTF-8 that breaks off) is damaged text, not binary:
  // say where it breaks rather than calling it a binary file.
  if (known && a.damage.unreadableFrom !== a.skip && tooDamaged(a)) return damaged(a, name);
  const utf16 = a.encoding === 'utf-16le' || a.encoding === 'utf-16be';
  if (!utf16 && bytes.includes(0)) {
    return 'The file looks like a binary file (it contains NUL bytes), not plain text; save it as UTF-8 text and try again.';
  }
  let controls = 0;
  let visible = 0;
  for (let i = 0; i < a.text.length; i++) {
    const code = a.text.charCodeAt(i);
    if (isControl(code)) controls++;
    else if (code > 0x20 && code !== 0xfeff && code !== 0x3000 && code !== 0xfffd) visible++;
  }
  if (controls > 0 && controls >= (controls + visible) * 0.1) {
    return 'The file looks like a binary file (it is mostly control characters), not plain text; save it as UTF-8 text and try again.';
  }
  if (tooDamaged(a)) return damaged(a, name);
  if (visible === 0) return a.damage.count > 0 ? 'The file holds no readable text, only damaged bytes.' : 'The file is empty (it contains only blank space).';
  return null;
}
