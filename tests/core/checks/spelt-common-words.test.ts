import { describe, expect, it } from 'vitest';
import { entityMismatch } from '../../../src/core/checks/entity-mismatch';
import { withRealResources } from './helpers';

const { ctxOf } = withRealResources();

describe('entityMismatch: a common word spelt in pinyin as a name', () => {
  it('flags 某某 (so-and-so) spelt "Moumou" as major, with both spans and the meaning as suggestion', () => {
    const flags = entityMismatch(ctxOf('[警方正在寻找失联学生黄某某。|Police are searching for the missing student Huang Moumou.]'));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ type: 'entity', severity: 'major', suggestion: 'so-and-so' });
    expect(flags[0].message).toBe('某某 is a common word ("so-and-so"), not a name; the translation spells it in pinyin, "Moumou".');
    expect(flags[0].evidence.map((e) => [e.side, e.text])).toEqual([['source', '某某'], ['target', 'Moumou']]);
  });

  it.each([
    ['the placeholder left out', '[警方正在寻找失联学生黄某某。|Police are searching for the missing student surnamed Huang.]'],
    ['a name of the pair that sounds like a closed-class word (关羽, 关于)', '[这是关于关羽的故事。|This is a story about Guan Yu.]'],
    ['a brand name made of a noun (余额宝)', "[很多年轻人用余额宝存钱。|Many young people save money with Yu'e Bao.]"],
    ['a brand name made of an onomatopoeia (叮咚买菜)', '[叮咚买菜上市了。|Dingdong Maicai went public.]'],
  ])('does not flag %s', (_name, notation) => {
    expect(entityMismatch(ctxOf(notation)).filter((f) => f.message.includes('common word'))).toEqual([]);
  });

  it('leaves an English original alone: the pinyin there is the author\'s', () => {
    expect(entityMismatch(ctxOf('[Police are searching for Huang Moumou.|警方正在寻找黄某某。]', 'target'))).toEqual([]);
  });
});
