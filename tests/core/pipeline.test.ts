import { detectLanguage } from '../../src/core/input/detect-language';
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeResources, type NodeResources } from '../../src/cli/resources';
import { buildReport, describeInputProblem } from '../../src/core/pipeline';
import type { Report } from '../../src/core/types';
import { scoreLinks } from '../../scripts/eval/score-links';
import { expectReportInvariants } from './report-invariants';

export { expectReportInvariants };

const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');
const ZH = { name: '000_c81b22d7163bc932.txt', text: seed('000_c81b22d7163bc932.txt') };
const EN = { name: '002_80d239db24bf15f2.txt', text: seed('002_80d239db24bf15f2.txt') };
const gold = JSON.parse(readFileSync(new URL('../../fixtures/seed-gold.json', import.meta.url), 'utf8'));

let res: NodeResources;
beforeAll(async () => {
  res = await loadNodeResources();
});

describe('buildReport on the seed pair', () => {
  let report: Report;
  beforeAll(() => {
    report = buildReport(ZH, EN, res);
  });

  it('detects the languages and keeps the report invariants', () => {
    expect(report.source.lang).toBe('zh');
    expect(report.target.lang).toBe('en');
    expectReportInvariants(report, ZH.text, EN.text);
  });

  it('reaches link F1 ≥ 0.98 against the gold alignment', () => {
    expect(scoreLinks(report, gold).f1).toBeGreaterThanOrEqual(0.98);
  });

  it("leaves the translator's preamble and the publisher's contact lines unpaired", () => {
    const score = scoreLinks(report, gold);
    expect(score.goldNulls).toBe(5);
    expect(score.nullsLeftUnpaired).toBe(5);
  });

  it('aligns the same way with the sides swapped (English as the original)', () => {
    const swapped = buildReport(EN, ZH, res, { skipChecks: true });
    expect(swapped.source.lang).toBe('en');
    expectReportInvariants(swapped, EN.text, ZH.text);
    expect(scoreLinks(swapped, gold).f1).toBeGreaterThanOrEqual(0.98);
  });
});

describe('documents that are not a translation of each other', () => {
  it('the seed pair reports a high median similarity and no such note', () => {
    const report = buildReport(ZH, EN, res, { skipChecks: true });
    expect(report.stats?.medianSimilarity).toBeGreaterThan(0.6);
    expect(report.notes.join(' ')).not.toMatch(/share few words/);
  });

  it('an unrelated policy document gets a note saying they share few words', () => {
    const other = { name: '001', text: seed('001_8ce3626b362c9b49.txt') };
    const report = buildReport(other, EN, res, { skipChecks: true });
    expect(report.notes.join(' ')).toMatch(/share few words/);
  });
});

describe('buildReport on every seed', () => {
  const names = readdirSync(new URL('../../seeds/', import.meta.url)).filter((n) => n.endsWith('.txt'));
  it.each(names.filter((n) => !n.startsWith('000') && !n.startsWith('002')))('%s against the seed translation keeps the invariants', (name) => {
    const text = seed(name);
    const report = buildReport({ name, text }, EN, res, { skipChecks: true });
    expect(report.source.segments.length).toBeGreaterThan(0);
    expectReportInvariants(report, text, EN.text);
  });
});

describe('degraded input never throws', () => {
  it.each([
    ['empty original', '', EN.text],
    ['both Chinese', ZH.text, ZH.text],
    ['emoji only', '😀😀😀', EN.text],
  ])('%s: a report with a note, every segment unpaired', (_n, a, b) => {
    const report = buildReport({ name: 'a', text: a }, { name: 'b', text: b }, res);
    expect(report.notes.length).toBeGreaterThan(0);
    expect(report.pairs.every((p) => p.source.length === 0 || p.target.length === 0)).toBe(true);
    expectReportInvariants(report, a, b);
  });

  it.each([
    ['', 'x', /empty/],
    ['中文。', '中文。', /Both files are in Chinese/],
    ['Hello.', 'Hi.', /Both files are in English/],
  ])('describeInputProblem(%j, %j)', (a, b, re) => {
    expect(describeInputProblem({ name: 'a', text: a }, { name: 'b', text: b })).toMatch(re);
  });

  it('detects the language of the text, not of its markup and links', () => {
    const zhWithMarkup =
      '<div class="article-content" style="font-family: Arial, Helvetica, sans-serif"><p><a href="https://www.example.gov.cn/zhengce/content/2024/index.html">关于深化改革的意见</a></p>' +
      '<p>为深化改革，现提出如下意见。</p><script type="text/javascript">var trackingIdentifier = "analytics-configuration";</script></div>';
    expect(detectLanguage(zhWithMarkup)).toBe('zh');
    expect(detectLanguage('[Reform](https://example.org/改革开放/深化改革) and opening up.')).toBe('en');
    expect(describeInputProblem({ name: 'a', text: zhWithMarkup }, { name: 'b', text: 'Opinions on deepening reform.' })).toBeNull();
  });

  it('takes the language the user set for a side over the detected one', () => {
    const mixed = 'Shenzhen 深圳 reform plan';
    expect(describeInputProblem({ name: 'a', text: 'Reform. Opening up.', lang: 'zh' }, { name: 'b', text: 'Hello there.' })).toBeNull();
    const report = buildReport({ name: 'a', text: mixed, lang: 'en' }, { name: 'b', text: '深圳改革方案。' }, res);
    expect([report.source.lang, report.target.lang]).toEqual(['en', 'zh']);
    expect(describeInputProblem({ name: 'a', text: '中文。', lang: 'en' }, { name: 'b', text: 'Hi.', lang: 'en' })).toMatch(/Both files are in English/);
  });

  it('keeps the invariants on random mixed-script input', () => {
    const piece = fc.constantFrom('改革。', '开放；', '深圳', 'Reform.', ' opening up ', '\n', '（一）', '1. ', '"', '😀', '\u3000', '**', '# ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.array(piece, { maxLength: 40 }), (a, b) => {
        const za = '深圳改革开放。' + a.join('');
        const eb = 'Shenzhen reform and opening up. ' + b.join('');
        expectReportInvariants(buildReport({ name: 'a', text: za }, { name: 'b', text: eb }, res), za, eb);
      }),
      { numRuns: 40, seed: 7 },
    );
  });
});
