import { describe, expect, it } from 'vitest';
import { entityMismatch } from '../../../src/core/checks/entity-mismatch';
import { withRealResources } from './helpers';

const { ctxOf } = withRealResources();

const givenNameFlags = (notation: string, zhSide?: 'source' | 'target') => entityMismatch(ctxOf(notation, zhSide)).filter((f) => f.message.includes('another given name'));
const loneGivenFlags = (notation: string) => entityMismatch(ctxOf(notation)).filter((f) => f.message.includes('without the surname'));

describe('entityMismatch: a given name spelt as other pinyin', () => {
  it('flags 王建平 written "Wang Jianbing" as major, with the pinyin as suggestion and both spans', () => {
    const flags = givenNameFlags('[王建平出席了会议。|Wang Jianbing attended the meeting.]');
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ type: 'entity', severity: 'major', suggestion: 'Wang Jianping' });
    expect(flags[0].message).toBe('王建平 is Wang Jianping; the translation writes "Wang Jianbing", another given name.');
    expect(flags[0].evidence.map((e) => [e.side, e.text])).toEqual([['source', '王建平'], ['target', 'Wang Jianbing']]);
  });

  it.each([
    ['the given name first', '[王建平出席了会议。|Jianbing Wang attended the meeting.]', 'Jianbing Wang'],
    ['the second syllable changed', '[李明华出席了会议。|Li Minghui attended the meeting.]', 'Li Minghui'],
    ['a name after a capitalised title, with a possessive', "[记者王建平报道。|Reporter Wang Jianbing's report.]", 'Wang Jianbing'],
  ])('flags %s', (_name, notation, written) => {
    expect(givenNameFlags(notation).map((f) => f.evidence[1].text)).toEqual([written]);
  });

  it.each([
    ['the right pinyin', '[王建平出席了会议。|Wang Jianping attended the meeting.]'],
    ['another reading of a polyphonic character (乐: le, yue)', '[张乐平出席了会议。|Zhang Yueping attended the meeting.]'],
    ['a hyphenated romanisation of another system', '[马英九出席了会议。|Ma Ying-jeou attended the meeting.]'],
    ['another person of the pair with the same surname', '[王建平和王建兵出席了会议。|Wang Jianping and Wang Jianbing attended the meeting.]'],
  ])('does not flag %s', (_name, notation) => {
    expect(givenNameFlags(notation)).toEqual([]);
  });

  it("leaves an English original alone: the spelling there is the author's", () => {
    expect(givenNameFlags('[Wang Jianbing attended the meeting.|王建平出席了会议。]', 'target')).toEqual([]);
  });

  it('flags a given name written alone, the surname dropped, as major', () => {
    const flags = loneGivenFlags("[王建平书记出席了会议。|Secretary Jianping's speech opened the meeting.]");
    expect(flags.map((f) => [f.severity, f.suggestion, f.evidence[1].text])).toEqual([['major', 'Wang Jianping', 'Jianping']]);
    expect(flags[0].message).toBe('王建平 is Wang Jianping; the translation writes "Jianping", the given name without the surname.');
  });

  it.each([
    ['the full name written once', '[王建平出席了会议。王建平说。|Wang Jianping attended the meeting. Jianping said so.]'],
    ['another surname beside it (a surname swap, flagged as such)', '[王建平出席了会议。|Li Jianping attended the meeting.]'],
    ['a new word before a place head, a place and no person (经屯堡 + 乡)', '[经屯堡乡的干部介绍，灾情已经稳定。|According to cadres of Tunbao Township, the situation is stable.]'],
  ])('does not flag a lone given name with %s', (_name, notation) => {
    expect(loneGivenFlags(notation)).toEqual([]);
  });

  it('reads a name with a character outside the BMP by code point, and the entity check does not fail on it', () => {
    expect(() => entityMismatch(ctxOf('[𠀋建平出席了会议。|Zhang Jianbing attended the meeting.]'))).not.toThrow();
    expect(() => entityMismatch(ctxOf('[王𠀋平出席了会议。|Wang Jianbing attended the meeting.]'))).not.toThrow();
  });
});
