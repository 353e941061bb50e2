import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeResources, type NodeResources } from '../../src/cli/resources';
import { soundsLike } from '../../src/core/analyze/transliteration';
import { entityMismatch } from '../../src/core/checks/entity-mismatch';
import type { CheckContext } from '../../src/core/checks/check';
import { pairsFrom } from './checks/helpers';

let res: NodeResources;
beforeAll(async () => {
  res = await loadNodeResources();
}, 60_000);

const ctxOf = (notation: string): CheckContext => ({ ...pairsFrom(notation, { dictionary: res.dictionary }), zh: res.zh });
const swaps = (notation: string) => entityMismatch(ctxOf(notation)).map((f) => [f.severity, f.source, f.evidence.map((e) => e.text)]);

describe('soundsLike', () => {
  it.each([
    ['alingdun', 'Arlington', true], // the r after a vowel dropped
    ['feierfakesi', 'Fairfax', true], // or written (尔)
    ['weijiniya', 'Virginia', true], // soft g
    ['weiseer', 'Wesel', true],
    ['alingdun', 'Fairfax', false],
    ['weiseer', 'Weatherall', false],
    ['a', 'A', false], // too short to say anything
  ])('%s and %s: %s', (pinyin, english, expected) => {
    expect(soundsLike(pinyin, english)).toBe(expected);
  });
});

describe('entityMismatch on a name the document renders another way', () => {
  const other = '[阿灵顿县的管理董事会主席加维说。|Arlington County Board Chair Libby Garvey said.]';
  it('flags another name in the slot before the head where the document writes one that sounds like the name', () => {
    expect(swaps(`[维吉尼亚州的阿灵顿县星期五也加入了诉讼。|On Friday, Virginia's Fairfax County also joined the lawsuit.] ${other}`)).toEqual([['major', ['s1'], ['阿灵顿县', 'Fairfax']]]);
  });
  it('says what the document writes', () => {
    const [flag] = entityMismatch(ctxOf(`[维吉尼亚州的阿灵顿县星期五也加入了诉讼。|On Friday, Virginia's Fairfax County also joined the lawsuit.] ${other}`));
    expect(flag).toMatchObject({ message: '阿灵顿县 is "Arlington County" elsewhere in the document; here the translation writes "Fairfax County".', suggestion: 'Arlington County' });
  });
  it.each([
    ['the name rendered as elsewhere', `[维吉尼亚州的阿灵顿县星期五也加入了诉讼。|On Friday, Virginia's Arlington County also joined the lawsuit.] ${other}`],
    ['nothing elsewhere to go by', "[维吉尼亚州的阿灵顿县星期五也加入了诉讼。|On Friday, Virginia's Fairfax County also joined the lawsuit.]"],
    ['a spelling that sounds like the name', `[维吉尼亚州的阿灵顿县星期五也加入了诉讼。|On Friday, Virginia's Arlinton County also joined the lawsuit.] ${other}`],
  ])('leaves %s alone', (_name, notation) => {
    expect(swaps(notation).filter(([severity]) => severity !== 'minor')).toEqual([]);
  });
});
