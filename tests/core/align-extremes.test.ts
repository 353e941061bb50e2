import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeResources, type NodeResources } from '../../src/cli/resources';
import { alignDocument, connectBand, diagonalBand } from '../../src/core/align/align';
import type { AlignLexicon, AlignUnit } from '../../src/core/align/align-sim';
import { buildReport } from '../../src/core/pipeline';
import type { Report } from '../../src/core/types';

// Issue 8 item 2: the aligner ends for every pair of sizes, however lopsided, with every unit in
// exactly one bead, in order; and the whole pipeline keeps its invariants on the same shapes.

/** Random units over a small shared vocabulary: term t on the Chinese side translates term t. */
function randomDoc(sizes: { n: number; m: number; seed: number }): { zh: AlignUnit[]; en: AlignUnit[]; lex: AlignLexicon } {
  let x = sizes.seed >>> 0 || 1;
  const rnd = () => ((x = (x * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const V = 40;
  const unit = (): AlignUnit => ({ len: 1 + Math.floor(rnd() * 120), terms: Array.from({ length: Math.floor(rnd() * 6) }, () => Math.floor(rnd() * V)) });
  const ids = Array.from({ length: V }, (_, t) => [t]);
  return {
    zh: Array.from({ length: sizes.n }, unit),
    en: Array.from({ length: sizes.m }, unit),
    lex: { zhToEn: ids, enToZh: ids, zhWeight: new Float64Array(V).fill(1), enWeight: new Float64Array(V).fill(1) },
  };
}

/** The report invariants of tests/core/pipeline.test.ts (imported test files would run their suites here). */
function expectReportInvariants(report: Report, sourceText: string, targetText: string) {
  for (const [side, raw] of [[report.source, sourceText], [report.target, targetText]] as const) {
    for (const s of side.segments) expect(s.text).toBe(raw.slice(s.start, s.end));
    const ids = report.pairs.flatMap((p) => (side === report.source ? p.source : p.target));
    expect(ids).toEqual(side.segments.map((s) => s.id));
  }
  for (const p of report.pairs) {
    expect(p.source.length + p.target.length).toBeGreaterThan(0);
    expect(p.score).toBeGreaterThanOrEqual(0);
    expect(p.score).toBeLessThanOrEqual(1);
  }
}

function expectCover(beads: Array<{ zh: number[]; en: number[]; score: number }>, n: number, m: number) {
  expect(beads.flatMap((b) => b.zh)).toEqual(Array.from({ length: n }, (_, i) => i));
  expect(beads.flatMap((b) => b.en)).toEqual(Array.from({ length: m }, (_, j) => j));
  for (const b of beads) {
    expect(b.zh.length + b.en.length).toBeGreaterThan(0);
    expect(b.score).toBeGreaterThanOrEqual(0);
    expect(b.score).toBeLessThanOrEqual(1);
  }
}

describe('alignDocument at extreme ratios of length', () => {
  it('covers both sides for lopsided sizes (0–40 units against up to 2,500)', () => {
    const small = fc.integer({ min: 0, max: 40 });
    const large = fc.integer({ min: 600, max: 2500 });
    fc.assert(
      fc.property(fc.boolean(), small, large, fc.integer(), (zhShort, a, b, seed) => {
        const [n, m] = zhShort ? [a, b] : [b, a];
        const { zh, en, lex } = randomDoc({ n, m, seed });
        expectCover(alignDocument(zh, en, lex).beads, n, m);
      }),
      { numRuns: 8, seed: 8_2026 },
    );
  });

  it('covers both sides for zero-length units and units without terms', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 700 }), fc.integer({ min: 0, max: 700 }), (n, m) => {
        const zh = Array.from({ length: n }, () => ({ len: 0, terms: [] }));
        const en = Array.from({ length: m }, () => ({ len: 0, terms: [] }));
        const lex = { zhToEn: [], enToZh: [], zhWeight: new Float64Array(0), enWeight: new Float64Array(0) };
        expectCover(alignDocument(zh, en, lex).beads, n, m);
      }),
      { numRuns: 10, seed: 8_2027 },
    );
  });

  it('a connected band reaches (n, m) from (0, 0) whatever band it is given', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 60 }), (n, m, w) => {
        const { zh, en } = randomDoc({ n, m, seed: n * 7919 + m });
        const band = connectBand(diagonalBand(zh, en, w), n, m);
        expect(band[0][0]).toBe(0);
        expect(band[n][1]).toBe(m);
        for (let i = 0; i <= n; i++) expect(band[i][0]).toBeLessThanOrEqual(band[i][1]);
        for (let i = 0; i < n; i++) expect(band[i][1]).toBeGreaterThanOrEqual(band[i + 1][0]);
      }),
      { numRuns: 40, seed: 8_2028 },
    );
  });
});

describe('buildReport at extreme ratios of length (issue 8)', () => {
  let res: NodeResources;
  const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');
  const ZH = seed('000_c81b22d7163bc932.txt');
  const EN = seed('002_80d239db24bf15f2.txt');
  const repeat = (t: string, k: number) => Array.from({ length: k }, () => t).join('\n\n');
  beforeAll(async () => {
    res = await loadNodeResources();
  });

  it.each([
    ['the seed original against the translation ×64', ZH, repeat(EN, 64)],
    ['the original ×64 against the seed translation', repeat(ZH, 64), EN],
    ['one Chinese sentence against the translation ×16', '我代表新一届中央领导机构成员感谢全党同志的信任。', repeat(EN, 16)],
  ])('%s: no crash, every segment in one pair', (_name, zhText, enText) => {
    const report = buildReport({ name: 'zh', text: zhText }, { name: 'en', text: enText }, res, { skipChecks: true });
    expectReportInvariants(report, zhText, enText);
    expect(report.pairs.some((p) => p.source.length > 0 && p.target.length > 0)).toBe(true);
  }, 60_000);

  it('keeps the invariants when a side is empty after cleaning or one-sided', () => {
    const sides = fc.constantFrom(
      '',
      '---\ntitle: 仅有元数据\n---\n',
      '<p></p>\n<br>\n',
      '| | |\n|---|---|\n',
      '   \n\n\t\n',
      EN.slice(0, 400),
      ZH.slice(0, 400),
      '一、总则',
      'I. General',
    );
    fc.assert(
      fc.property(sides, sides, (a, b) => {
        const report = buildReport({ name: 'a', text: a }, { name: 'b', text: b }, res);
        expectReportInvariants(report, a, b);
      }),
      { numRuns: 40, seed: 8_2029 },
    );
  }, 60_000);
});
