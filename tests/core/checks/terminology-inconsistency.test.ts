import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeResources, type NodeResources } from '../../../src/cli/resources';
import type { CheckContext, GlossaryEntry } from '../../../src/core/checks/check';
import { terminologyInconsistency } from '../../../src/core/checks/terminology-inconsistency';
import { pairsFrom } from './helpers';

let res: NodeResources;
beforeAll(async () => {
  res = await loadNodeResources();
}, 60_000);

function ctxOf(notation: string, glossary: GlossaryEntry[] = []): CheckContext {
  return { ...pairsFrom(notation, { dictionary: res.dictionary, glossary }), zh: res.zh };
}

const PILOT = (n: number) =>
  Array.from({ length: n }, () => '[密切跟踪综合改革试点进展。|Closely track the progress of the comprehensive reform pilot.]').join(' ');

describe('terminologyInconsistency: one term, two renderings', () => {
  it('flags the minority rendering of a repeated term and suggests the majority one', () => {
    const flags = terminologyInconsistency(
      ctxOf(`${PILOT(3)} [推进深圳综合改革试点全过程。|Throughout the pilot comprehensive reform in Shenzhen.]`),
    );
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      type: 'terminology',
      severity: 'minor',
      source: ['s4'],
      target: ['t4'],
      suggestion: 'comprehensive reform pilot',
    });
    expect(flags[0].evidence.map((e) => e.text)).toEqual(['综合改革试点', 'pilot comprehensive reform']);
  });

  it.each([
    ['a consistent rendering', PILOT(4)],
    ['a shortened rendering', `${PILOT(3)} [巩固综合改革试点成果。|Consolidate the achievements of the reform pilot.]`],
    ['a term seen only twice', '[综合改革试点。|The comprehensive reform pilot.] [综合改革试点。|The pilot comprehensive reform.]'],
    ['a tie between two renderings', `${PILOT(2)} [综合改革试点。|The pilot comprehensive reform.] [综合改革试点。|The pilot comprehensive reform.]`],
    ['empty input', ''],
  ])('does not flag %s', (_name, notation) => {
    expect(terminologyInconsistency(ctxOf(notation))).toEqual([]);
  });
});

describe('terminologyInconsistency: glossary', () => {
  const glossary = [{ zh: '盐田港', en: 'Yantian Port' }];
  it.each([
    ['rendered otherwise', '[支持深圳盐田港加大探索力度。|Support the Yantian harbour in increasing its efforts.]', 1],
    ['rendered as the glossary says', '[支持深圳盐田港加大探索力度。|Support Yantian Port in increasing its efforts.]', 0],
    ['rendered with other capitalisation', '[支持深圳盐田港加大探索力度。|Support the yantian port in increasing its efforts.]', 0],
    ['absent from the original', '[支持深圳加大探索力度。|Support Shenzhen in increasing its efforts.]', 0],
  ])('a glossary term %s', (_name, notation, count) => {
    const flags = terminologyInconsistency(ctxOf(notation, glossary));
    expect(flags).toHaveLength(count);
    if (count) {
      expect(flags[0]).toMatchObject({ type: 'terminology', severity: 'major', suggestion: 'Yantian Port' });
      expect(flags[0].evidence[0]).toMatchObject({ side: 'source', text: '盐田港' });
    }
  });
});
