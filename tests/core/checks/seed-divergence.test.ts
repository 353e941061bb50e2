// The divergence checks on the seed pair aligned by the gold alignment, with the real dictionary:
// the only serious flag must be 盐田港 → "Yantai"; the preface and contact lines are mild additions.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeResources } from '../../../src/cli/resources';
import type { CheckContext, FlagDraft } from '../../../src/core/checks/check';
import { entityMismatch } from '../../../src/core/checks/entity-mismatch';
import { meaningDivergence } from '../../../src/core/checks/meaning-divergence';
import { omissionAddition } from '../../../src/core/checks/omission-addition';
import { terminologyInconsistency } from '../../../src/core/checks/terminology-inconsistency';
import { goldContext } from './helpers';

let ctx: CheckContext;
let flags: FlagDraft[];
beforeAll(async () => {
  const res = await loadNodeResources();
  ctx = { ...goldContext({ dictionary: res.dictionary }), zh: res.zh };
  flags = [entityMismatch, terminologyInconsistency, omissionAddition, meaningDivergence].flatMap((check) => check(ctx));
}, 60_000);

describe('divergence checks on the gold-aligned seed pair', () => {
  it('raises exactly one major-or-worse flag: Yantai for 盐田港', () => {
    const serious = flags.filter((f) => f.severity === 'critical' || f.severity === 'major');
    expect(serious).toHaveLength(1);
    expect(serious[0]).toMatchObject({
      type: 'entity',
      severity: 'critical',
      source: ['s47'],
      target: ['t54'],
      suggestion: 'Yantian Port',
      message: '盐田港 is Yantian Port (Shenzhen); "Yantai" is 烟台 (Shandong).',
    });
    for (const e of serious[0].evidence) {
      const raw = ctx.segments.get(e.segment)!;
      expect(e.text).toBe(raw.text.slice(e.start - raw.start, e.end - raw.start));
    }
  });

  it.each([
    ['the translator’s three-paragraph preface', ['t1', 't2', 't3']],
    ['the publisher’s contact lines', ['t99', 't100']],
  ])('reports %s as one mild addition', (_name, target) => {
    const found = flags.filter((f) => f.type === 'addition' && f.source.length === 0 && f.target.join() === target.join());
    expect(found).toHaveLength(1);
    expect(['minor', 'info']).toContain(found[0].severity);
  });

  it('reports no omission: every sentence of the original is translated', () => {
    expect(flags.filter((f) => f.type === 'omission')).toEqual([]);
  });
});
