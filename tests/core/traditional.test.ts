// Traditional Chinese as first-class input (issue 8, item 6): lookups through a same-length
// simplified form; offsets, segment texts and quoted evidence stay the user's own characters.
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeResources, type NodeResources } from '../../src/cli/resources';
import { decodeBytes, describeUnusableInput } from '../../src/core/input/decode';
import { simplifyChinese, traditionalShare } from '../../src/core/lexicon/simplify-zh';
import { TRADITIONAL_PAIRS } from '../../src/core/lexicon/traditional-chars';
import { traditionalPairs } from '../../scripts/build-traditional-chars';
import { buildReport } from '../../src/core/pipeline';
import type { Report } from '../../src/core/types';
import { expectReportInvariants } from './report-invariants';

const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');
const ZH = seed('000_c81b22d7163bc932.txt');
const EN = seed('002_80d239db24bf15f2.txt');
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });

describe('simplifyChinese', () => {
  it.each([
    ['place names', '鹽田港與煙臺', '盐田港与烟台'],
    ['a word that is not a negation', '不動產登記', '不动产登记'],
    ['numbering words', '第三條　第二節', '第三条　第二节'],
    ['simplified text is returned as it is', '深圳综合改革试点', '深圳综合改革试点'],
    ['Latin, digits, emoji and line ends untouched', 'a1😀\r\n鹽\u2028b', 'a1😀\r\n盐\u2028b'],
    ['a character outside the BMP keeps its two units', '𠀀鹽', '𠀀盐'],
    ['a lone surrogate keeps its place', '\uD800鹽', '\uFFFD盐'],
  ])('%s', (_name, input, expected) => {
    const out = simplifyChinese(input);
    expect(out).toBe(expected);
    expect(out.length).toBe(input.length);
  });

  it('keeps the length of a whole traditional document and reads it back as the simplified original', () => {
    const trad = toTaiwan(ZH);
    const back = simplifyChinese(trad);
    expect(back.length).toBe(trad.length);
    let differences = 0;
    for (let i = 0; i < ZH.length; i++) if (back[i] !== ZH[i]) differences++;
    // Character by character cannot always choose as a phrase table would; it may miss a handful.
    expect(differences).toBeLessThanOrEqual(3);
    expect(traditionalShare(trad)).toBeGreaterThan(0.2);
    expect(traditionalShare(ZH)).toBe(0);
  });

  it('reads the table opencc-js gives today, character for character (else: npx tsx scripts/build-traditional-chars.ts)', () => {
    expect(TRADITIONAL_PAIRS).toBe(traditionalPairs());
    expect([...TRADITIONAL_PAIRS].length).toBeGreaterThan(3000);
  });
});

let res: NodeResources;
let simplified: Report;
beforeAll(async () => {
  res = await loadNodeResources();
  simplified = buildReport({ name: 'zh.txt', text: ZH }, { name: 'en.txt', text: EN }, res);
});

const major = (r: Report) => r.flags.filter((f) => f.severity === 'major' || f.severity === 'critical');
const summary = (r: Report) => r.flags.map((f) => `${f.severity} ${f.type} ${f.source.join(',')}→${f.target.join(',')}`);

describe.each([
  ['UTF-8 traditional (Taiwan)', () => new TextEncoder().encode(toTaiwan(ZH)), 'utf-8'],
  ['Big5 traditional (Taiwan)', () => new Uint8Array(iconv.encode(toTaiwan(ZH), 'big5')), 'big5'],
  ['UTF-8 traditional (Hong Kong)', () => new TextEncoder().encode(toHongKong(ZH)), 'utf-8'],
])('the seed original as %s against the seed translation', (_name, bytes, encoding) => {
  let report: Report;
  let text: string;
  beforeAll(() => {
    const b = bytes();
    expect(describeUnusableInput(b)).toBeNull();
    const decoded = decodeBytes(b);
    expect(decoded.encoding).toBe(encoding);
    text = decoded.text;
    report = buildReport({ name: 'trad.txt', text, notes: decoded.notes }, { name: 'en.txt', text: EN }, res);
  });

  it('keeps the invariants, with segment texts in the user own characters', () => {
    expectReportInvariants(report, text, EN);
    expect(report.source.segments.some((s) => s.text.includes('鹽田港'))).toBe(true);
  });

  it('gives the Yantai flag, naming 鹽田港 as written, and no other major or critical flag', () => {
    const flags = major(report);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ type: 'entity', severity: 'critical' });
    expect(flags[0].message).toMatch(/鹽田港 is Yantian Port/);
    expect(flags[0].message).toMatch(/Yantai/);
    for (const e of flags[0].evidence) {
      const side = e.side === 'source' ? text : EN;
      expect(e.text).toBe(side.slice(e.start, e.end));
    }
  });

  it('gets the same flags, on the same pairs, as its simplified twin', () => {
    expect(summary(report)).toEqual(summary(simplified));
    expect(report.pairs.map((p) => `${p.source}|${p.target}`)).toEqual(simplified.pairs.map((p) => `${p.source}|${p.target}`));
  });
});

describe('a traditional translation of an English original', () => {
  it('gets the same flags as the simplified one', () => {
    const trad = toTaiwan(ZH);
    const swapped = buildReport({ name: 'en.txt', text: EN }, { name: 'trad.txt', text: trad }, res);
    const twin = buildReport({ name: 'en.txt', text: EN }, { name: 'zh.txt', text: ZH }, res);
    expectReportInvariants(swapped, EN, trad);
    expect(summary(swapped)).toEqual(summary(twin));
    for (const f of swapped.flags) for (const e of f.evidence) expect(e.text).toBe((e.side === 'source' ? EN : trad).slice(e.start, e.end));
  });
});
