// Decoding that knows when it is guessing (issue 8, item 5): Big5 and BOM-less UTF-16 recognised,
// damaged text refused with the byte offset or read with a note, never read as another encoding.
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { decodeBytes, describeUnusableInput } from '../../src/core/input/decode';
import { scanUtf8 } from '../../src/core/input/detect-encoding';

const ZH = readFileSync(new URL('../../seeds/000_c81b22d7163bc932.txt', import.meta.url), 'utf8');
const EN = readFileSync(new URL('../../seeds/002_80d239db24bf15f2.txt', import.meta.url), 'utf8');
const TRAD = OpenCC.Converter({ from: 'cn', to: 'tw' })(ZH);
const u8 = (b: Buffer | Uint8Array): Uint8Array => new Uint8Array(b);
const utf16le = (s: string): Uint8Array => u8(Buffer.from(s, 'utf16le'));
const swap = (b: Uint8Array): Uint8Array => b.map((_, i, a) => a[i ^ 1]);
const utf8 = (s: string): Uint8Array => u8(Buffer.from(s, 'utf8'));

describe('recognising encodings without a byte-order mark', () => {
  it.each([
    ['Big5 traditional Chinese', () => u8(iconv.encode(TRAD, 'big5')), TRAD, 'big5', /Big5.*byte statistics/],
    ['GB18030 simplified Chinese', () => u8(iconv.encode(ZH, 'gb18030')), ZH, 'gb18030', /GB18030.*byte statistics/],
    ['GB18030 traditional Chinese', () => u8(iconv.encode(TRAD, 'gb18030')), TRAD, 'gb18030', /GB18030/],
    ['UTF-16LE Chinese with ASCII front matter', () => utf16le(ZH), ZH, 'utf-16le', /UTF-16LE.*byte pattern/],
    ['UTF-16BE Chinese with ASCII front matter', () => swap(utf16le(ZH)), ZH, 'utf-16be', /UTF-16BE.*byte pattern/],
    ['UTF-16LE English', () => utf16le(EN), EN, 'utf-16le', /UTF-16LE/],
    ['Windows-1252 English', () => u8(iconv.encode('The café is naïve; the résumé is attached.\n'.repeat(4), 'win1252')), 'The café is naïve; the résumé is attached.\n'.repeat(4), 'windows-1252', /Windows-1252/],
  ])('%s: decoded exactly, with a note saying it was recognised, not declared', (_name, make, text, encoding, note) => {
    const bytes = make();
    expect(describeUnusableInput(bytes)).toBeNull();
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe(encoding);
    expect(d.text).toBe(text);
    expect(d.notes?.join(' ')).toMatch(note);
  });

  it('plain UTF-8 gets no note', () => {
    expect(decodeBytes(utf8(ZH)).notes).toEqual([]);
  });

  it('ASCII text is never read as UTF-16 "CJK" two letters at a time', () => {
    const d = decodeBytes(utf8('Bush hid the facts'));
    expect(d).toMatchObject({ encoding: 'utf-8', text: 'Bush hid the facts' });
  });
});

describe('damaged text: read with a note naming the places, or refused with the byte offset', () => {
  it('UTF-8 cut in the middle of a character reads with one noted place at the cut', () => {
    const bytes = utf8(ZH).subarray(0, utf8(ZH).length - 2);
    expect(describeUnusableInput(bytes)).toBeNull();
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe('utf-8');
    const at = scanUtf8(bytes).offsets[0];
    expect(at).toBeGreaterThanOrEqual(bytes.length - 3);
    expect(d.notes?.join(' ')).toMatch(new RegExp(`1 damaged place in the UTF-8 text.*byte ${at.toLocaleString('en-US')}$`));
  });

  it('UTF-8 with one corrupt byte stays UTF-8 and names the place', () => {
    const bytes = utf8(ZH);
    bytes[3000] = 0xff;
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(describeUnusableInput(bytes)).toBeNull();
    expect(d.notes?.join(' ')).toMatch(/damaged places in the UTF-8 text.*3,000/);
  });

  it('UTF-8 whose second half is damaged is refused at the byte where it breaks, not read as GB18030', () => {
    const bytes = utf8(ZH);
    const half = bytes.length >> 1;
    for (let i = half; i < bytes.length; i++) bytes[i] = (i * 7919) & 0xff;
    const first = scanUtf8(bytes).offsets[0];
    expect(first).toBeGreaterThanOrEqual(half - 3);
    expect(describeUnusableInput(bytes)).toMatch(new RegExp(`damaged UTF-8 text \\(decoding fails at byte ${first.toLocaleString('en-US')} and in [\\d,]+ more places\\)`));
  });

  it('UTF-8 followed by GB18030 (mixed encodings) is refused where the UTF-8 ends', () => {
    const bytes = u8(Buffer.concat([Buffer.from(ZH.slice(0, 1500), 'utf8'), iconv.encode(ZH.slice(1500), 'gb18030')]));
    const at = Buffer.byteLength(ZH.slice(0, 1500), 'utf8');
    expect(describeUnusableInput(bytes)).toMatch(new RegExp(`damaged UTF-8 text \\(decoding fails at byte ${at.toLocaleString('en-US')}`));
  });

  it('UTF-16 with a byte lost in the middle is refused near the place, not read as Chinese', () => {
    const whole = utf16le(ZH);
    const bytes = new Uint8Array([...whole.subarray(0, 3001), ...whole.subarray(3002)]);
    const sentence = describeUnusableInput(bytes);
    expect(sentence).toMatch(/reads as UTF-16LE text up to byte ([\d,]+) and not after it/);
    const at = Number(/byte ([\d,]+)/.exec(sentence!)![1].replace(/,/g, ''));
    expect(Math.abs(at - 3001)).toBeLessThan(1100);
  });

  it('UTF-16 cut to an odd length reads with the last byte noted', () => {
    const bytes = utf16le(ZH).subarray(0, utf16le(ZH).length - 1);
    expect(describeUnusableInput(bytes)).toBeNull();
    expect(decodeBytes(bytes).notes?.join(' ')).toMatch(/1 damaged place in the UTF-16LE text/);
  });

  it('UTF-16 with a BOM and a lone surrogate reads with the surrogate noted', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...utf16le(ZH)]);
    bytes[1000] = 0x00;
    bytes[1001] = 0xd8;
    expect(describeUnusableInput(bytes)).toBeNull();
    expect(decodeBytes(bytes).notes?.join(' ')).toMatch(/1 damaged place in the UTF-16LE text.*byte 1,000/);
  });

  it('UTF-16 with a BOM and a damaged half is refused as damaged UTF-16 with the offset', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...utf16le(ZH)]);
    for (let i = (bytes.length >> 2) << 1; i < bytes.length; i += 2) bytes[i + 1] = 0xdc;
    expect(describeUnusableInput(bytes)).toMatch(/damaged UTF-16LE text \(decoding fails at byte [\d,]+ and in [\d,]+ more places\)/);
  });
});
