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

const BAY = (n: number) =>
  Array.from({ length: n }, () => '[发挥深圳在粤港澳大湾区建设中的作用。|Leverage Shenzhen\'s role in the Guangdong-Hong Kong-Macao Greater Bay Area.]').join(' ');

describe('terminologyInconsistency: a rendering whose tail changes', () => {
  it('flags a name that goes on in other words', () => {
    const flags = terminologyInconsistency(
      ctxOf(`${BAY(2)} [用好粤港澳大湾区人才高地建设契机。|Build a talent hub in the Guangdong-Hong Kong-Macao Big Bay Region.]`),
    );
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ severity: 'minor', target: ['t3'], suggestion: 'Guangdong-Hong Kong-Macao Greater Bay Area' });
    expect(flags[0].evidence.map((e) => e.text)).toEqual(['粤港澳大湾区', 'Guangdong-Hong Kong-Macao Big Bay Region']);
  });

  it.each([
    ['the head of the name dropped', `${BAY(2)} [研究增加粤港澳大湾区游艇自由行口岸。|Study more ports for Greater Bay Area yacht tourism.]`],
    ['a neighbouring shorter run before the full name', `${BAY(2)} [拓展粤港澳合作，建设粤港澳大湾区。|Expand Guangdong-Hong Kong-Macao cooperation and build the Guangdong-Hong Kong-Macao Greater Bay Area.]`],
    ['a shortened term followed by a preposition', `${PILOT(3)} [推进深圳综合改革试点。|Advance the comprehensive reform in Shenzhen.]`],
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

describe('terminologyInconsistency: a place where the usual rendering is missing', () => {
  const ODD = "[推进粤港澳大湾区人才高地建设。|Build a talent hub in the Pearl River Delta region.]";

  it('flags the one place that does not use the rendering every other place uses', () => {
    const flags = terminologyInconsistency(ctxOf(`${BAY(3)} ${ODD}`));
    expect(flags.map((f) => [f.severity, f.target, f.suggestion, f.evidence.map((e) => e.text)])).toEqual([
      ['minor', ['t4'], 'Guangdong-Hong Kong-Macao Greater Bay Area', ['粤港澳大湾区']],
    ]);
  });

  it("does not take another word's rendering for the term's ('Hong Kong' of 香港联合交易所 beside 粤港澳大湾区)", () => {
    const odd = '[允许在香港联合交易所上市的粤港澳大湾区企业在深圳上市。|Companies listed on the Hong Kong Stock Exchange from the Pearl River Delta region may list in Shenzhen.]';
    const flags = terminologyInconsistency(ctxOf(`${BAY(3)} ${odd}`));
    expect(flags.map((f) => [f.target, f.evidence.map((e) => e.text)])).toEqual([[['t4'], ['粤港澳大湾区']]]);
  });

  it.each([
    // Two places of four without it: how this translator varies the term, not a slip.
    ['more than one place in five without it', `${BAY(2)} ${ODD} ${ODD.replace('Pearl River Delta region', 'southern region')}`],
    // The English original of a Chinese translation: its wording is the author's, not a rendering.
    ['the Chinese side is the translation', `${BAY(3)} ${ODD}`.replace(/\[([^|\]]*)\|([^\]]*)\]/g, '[$2|$1]')],
  ])('does not flag %s', (_name, notation) => {
    expect(terminologyInconsistency(ctxOf(notation)).filter((f) => f.message.includes('but not here'))).toEqual([]);
  });
});
