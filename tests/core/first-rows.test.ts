// The first screen's rows: a prefix of each side, aligned as the whole run aligns it.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeResources } from '../../src/cli/resources';
import { buildFirstRows } from '../../src/core/first-rows';
import { buildReport, type PipelineResources } from '../../src/core/pipeline';
import type { Pair, Report } from '../../src/core/types';

const seed = (f: string) => readFileSync(new URL(`../../seeds/${f}`, import.meta.url), 'utf8');
const zh = { name: '000_c81b22d7163bc932.txt', text: seed('000_c81b22d7163bc932.txt') };
const en = { name: '002_80d239db24bf15f2.txt', text: seed('002_80d239db24bf15f2.txt') };

let res: PipelineResources;
beforeAll(async () => {
  res = await loadNodeResources();
}, 120_000);

/** Ids of one side in the pairs' order: a prefix of the side's segments when the pairs cover its head. */
const idsOf = (pairs: Pair[], side: 'source' | 'target') => pairs.flatMap((p) => p[side]);
const key = (p: Pair) => `${p.source.join(',')}|${p.target.join(',')}`;

describe('buildFirstRows', () => {
  it.each([
    ['Chinese original', zh, en],
    ['English original', en, zh],
  ])('covers the head of each side, in order, with the pairs the whole run finds (%s)', (_name, source, target) => {
    const first = buildFirstRows(source, target, res, 16);
    const whole: Report = buildReport(source, target, res, { skipChecks: true });
    expect(first.complete).toBe(false);
    expect(first.report.pairs.length).toBeGreaterThanOrEqual(16);
    expect(first.report.pairs.length).toBeLessThan(whole.pairs.length);
    // Both sides segmented in full, exactly as the whole run segments them.
    expect(first.report.source.segments).toEqual(whole.source.segments);
    expect(first.report.target.segments).toEqual(whole.target.segments);
    for (const side of ['source', 'target'] as const) {
      const ids = idsOf(first.report.pairs, side);
      expect(ids).toEqual(first.report[side].segments.slice(0, ids.length).map((s) => s.id));
    }
    expect(first.report.pairs.map(key)).toEqual(whole.pairs.slice(0, first.report.pairs.length).map(key));
    expect(first.report.flags).toEqual([]);
  });

  it('aligns a short document whole and says so', () => {
    const source = { name: 'zh.txt', text: '第一条 为了规范数据管理工作，制定本办法。\n\n第二条 本办法自发布之日起施行。' };
    const target = { name: 'en.txt', text: 'Article 1 These measures are formulated to regulate data management.\n\nArticle 2 These measures take effect on the date of issue.' };
    const first = buildFirstRows(source, target, res, 16);
    expect(first.complete).toBe(true);
    expect(first.report.pairs).toEqual(buildReport(source, target, res, { skipChecks: true }).pairs);
  });

  it('rejects a row count that is not a positive integer', () => {
    expect(() => buildFirstRows(zh, en, res, 0)).toThrow(RangeError);
    expect(() => buildFirstRows(zh, en, res, 2.5)).toThrow(/rows must be a positive integer, got 2.5/);
  });
});
