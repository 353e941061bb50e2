import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import fc from 'fast-check';
import { decodeBytes, describeUnusableInput } from '../../src/core/input/decode';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const bytes = (...parts: Array<number[] | Uint8Array>): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]));
const utf16le = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf16le'));
const utf16be = (s: string): Uint8Array => utf16le(s).map((_, i, a) => a[i ^ 1]);
const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5', 'windows-1252'];
const gb = (s: string): Uint8Array => new Uint8Array(iconv.encode(s, 'gb18030'));

describe('decodeBytes', () => {
  it.each([
    ['UTF-8 without BOM', utf8('深圳 Shenzhen\r\n'), '深圳 Shenzhen\r\n', 'utf-8'],
    ['UTF-8 with BOM', bytes([0xef, 0xbb, 0xbf], utf8('意见。')), '意见。', 'utf-8'],
    ['UTF-16 LE with BOM', bytes([0xff, 0xfe], utf16le('意见 A')), '意见 A', 'utf-16le'],
    ['UTF-16 BE with BOM', bytes([0xfe, 0xff], utf16be('意见 A')), '意见 A', 'utf-16be'],
    ['UTF-16 LE without BOM (NUL pattern)', utf16le('Hello world'), 'Hello world', 'utf-16le'],
    ['UTF-16 BE without BOM (NUL pattern)', utf16be('Hello world'), 'Hello world', 'utf-16be'],
    ['Chinese UTF-16 LE without BOM', utf16le('国家发展改革委关于推广深圳经验的通知。'), '国家发展改革委关于推广深圳经验的通知。', 'utf-16le'],
    ['Chinese UTF-16 BE without BOM', utf16be('国家发展改革委关于推广深圳经验的通知。'), '国家发展改革委关于推广深圳经验的通知。', 'utf-16be'],
    ['GB18030 (not valid UTF-8)', gb('国家发展改革委关于深圳。'), '国家发展改革委关于深圳。', 'gb18030'],
    ['empty', new Uint8Array(0), '', 'utf-8'],
    ['only a BOM', bytes([0xef, 0xbb, 0xbf]), '', 'utf-8'],
  ])('%s', (_name, input, text, encoding) => {
    expect(decodeBytes(input)).toMatchObject({ text, encoding });
  });

  it('removes only a leading BOM, keeping one inside the text', () => {
    expect(decodeBytes(bytes([0xef, 0xbb, 0xbf], utf8('a\uFEFFb'))).text).toBe('a\uFEFFb');
  });

  it('keeps a mostly-UTF-8 file with one corrupt byte as UTF-8', () => {
    const d = decodeBytes(bytes(utf8('深圳综合改革试点'), [0xff], utf8('意见')));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe('深圳综合改革试点\uFFFD意见');
  });

  it('throws RangeError on a non-byte argument', () => {
    expect(() => decodeBytes('text' as unknown as Uint8Array)).toThrow(RangeError);
  });
});

describe('describeUnusableInput', () => {
  it.each([
    ['empty file', new Uint8Array(0), /empty/],
    ['blank space only', utf8(' \n\t\u3000\n'), /empty/],
    ['NUL bytes', bytes(utf8('PK'), [0, 0, 3, 4, 0x14, 0], utf8('zip contents here')), /binary/],
    ['control characters', bytes([1, 2, 3, 4, 5, 6, 7, 8, 0x0e, 0x0f, 0x10, 0x11], utf8('ab')), /binary/],
    ['undecodable bytes', bytes(utf8('abc'), [0xff, 0xfe, 0xff, 0xff], utf8('def')), /could not be read|damaged/],
  ])('%s', (_name, input, message) => {
    const sentence = describeUnusableInput(input);
    expect(sentence).toMatch(message);
    expect(sentence).toMatch(/^[A-Z].*\.$/);
  });

  it.each([
    ['UTF-8 Chinese', utf8('深圳综合改革试点。\n')],
    ['GB18030 Chinese', gb('深圳综合改革试点。')],
    ['UTF-16 with BOM', bytes([0xff, 0xfe], utf16le('Reform pilot.'))],
    ['text with tabs and form feeds', utf8('a\tb\fc\r\n')],
  ])('accepts %s', (_name, input) => {
    expect(describeUnusableInput(input)).toBeNull();
  });
});

describe('decode on seeded random bytes', () => {
  it('never throws, and describes or decodes every input', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (input) => {
        const { text, encoding } = decodeBytes(input);
        const sentence = describeUnusableInput(input);
        return typeof text === 'string' && ENCODINGS.includes(encoding) && (sentence === null || sentence.endsWith('.'));
      }),
      { seed: 18030, numRuns: 1000 },
    );
  });
});
