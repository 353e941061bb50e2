import { describe, expect, it } from 'vitest';
import { pairSides } from '../../../src/core/checks/check';
import { swappedInstitutions } from '../../../src/core/checks/swapped-institutions';
import { withRealResources } from './helpers';

const { ctxOf } = withRealResources();

function flagsOf(notation: string) {
  return flagsIn(ctxOf(notation));
}

function flagsIn(ctx: ReturnType<typeof ctxOf>) {
  return ctx.pairs.flatMap((pair) => {
    const { zh, en } = pairSides(ctx, pair);
    return swappedInstitutions(ctx, pair, zh, en);
  });
}

describe('swappedInstitutions', () => {
  it('flags an institution of the original replaced by another the dictionary knows', () => {
    const flags = flagsOf("[按法定程序经全国人大常委会授权后实施。|Implement after authorization by the Standing Committee of the Chinese People's Political Consultative Conference.]");
    expect(flags.map((f) => [f.severity, f.evidence.map((e) => e.text)])).toEqual([
      ['major', ['全国人大常委会', "Chinese People's Political Consultative Conference"]],
    ]);
    expect(flags[0].message).toContain('Standing Committee of the National People');
  });

  it('still flags when the dictionary also lists the institution by its acronym alone', () => {
    const ctx = ctxOf("[按法定程序经全国人大常委会授权后实施。|Implement after authorization by the Standing Committee of the Chinese People's Political Consultative Conference.]");
    const real = ctx.dictionary;
    // An acronym-only name ('NPCSC') has no capitalised word to look for: it must not count as rendered by default.
    const lookup = (w: string) => (w === '全国人大常委会' ? real.lookup(w).map((e) => ({ ...e, glosses: [...e.glosses, 'NPCSC'] })) : real.lookup(w));
    const flags = flagsIn({ ...ctx, dictionary: { ...real, lookup, sharedEntries: lookup } });
    expect(flags.map((f) => f.evidence.map((e) => e.text))).toEqual([['全国人大常委会', "Chinese People's Political Consultative Conference"]]);
  });

  it('flags an institution the segmenter cut apart, replaced by a name the dictionary does not know', () => {
    // 国家发展改革委 is cut 国家 发展 改革 委要 by the segmenter; 'Ministry of Commerce' is not a dictionary name (商务部 is 'Department of Commerce').
    const flags = flagsOf('[国家发展改革委要加强统筹协调。|The Ministry of Commerce (MOFCOM) should strengthen overall coordination.]');
    expect(flags.map((f) => [f.severity, f.evidence.map((e) => e.text)])).toEqual([['major', ['国家发展改革委', 'Ministry of Commerce']]]);
  });

  it.each([
    // The dictionary's English name differs from the one used, but they share a word: the same body.
    ['an institution under another English name that shares its words', '[商务部将加强统筹协调。|The Ministry of Commerce will strengthen overall coordination.]'],
    // An acronym may stand for anything the original names.
    ['an unknown name made of an acronym', '[新华社香港7月26日电，特区政府表示。|HONG KONG, July 26 (Xinhua) -- The HKSAR Government said.]'],
    ['the institution rendered', "[按法定程序经全国人大常委会授权后实施。|Implement after authorization by the Standing Committee of the National People's Congress.]"],
    // An abbreviation and its full name (中宣部, 中央宣传部) are one institution.
    ['an abbreviation rendered by its full name', '[在中宣部的安排下拍摄电影。|The film is made under the arrangement of the Central Propaganda Department.]'],
    // One institution named two ways: 'Chinese Communist Party' in the dictionary, 'Communist Party of China' here.
    ['a name worded another way', '[中共地下党员唐飞。|Tang Fei, an underground member of the Communist Party of China.]'],
    ['the Chinese side is the translation', "[Implement after authorization by the Standing Committee of the Chinese People's Political Consultative Conference.|按法定程序经全国人大常委会授权后实施。]"],
  ])('does not flag %s', (_name, notation) => {
    expect(flagsOf(notation)).toEqual([]);
  });
});

describe('swappedInstitutions, an institution by its acronym', () => {
  it('flags an organisation of the original written as another by its acronym', () => {
    const flags = flagsOf('[黑客组织入侵欧盟国家政府网络。|Hacker groups invaded the government networks of NATO countries.]');
    expect(flags.map((f) => [f.severity, f.evidence.map((e) => e.text)])).toEqual([['major', ['欧盟', 'NATO']]]);
    expect(flags[0].message).toContain('North Atlantic Treaty Organization');
  });
});

describe('swappedInstitutions, acronyms that are no swap', () => {
  it.each([
    // The original names the acronym's institution too: 欧盟 left out is an omission, not a swap.
    ['an acronym whose institution the original names', '[北约和欧盟的代表举行了会谈。|Representatives of NATO held talks.]'],
    ['an acronym whose institution the original names in full', '[北大西洋公约组织和欧盟的代表举行了会谈。|Representatives of NATO held talks.]'],
    // An institution of the same family: 'European' is a word of both names.
    ['an acronym sharing a word with the unrendered institution', '[欧洲议会通过了决议。|The EU passed the resolution.]'],
    // An acronym the dictionary does not spell out as an institution stands for whatever the original names.
    ['an unknown acronym', '[新华社香港7月26日电，特区政府表示。|HONG KONG, July 26 (Xinhua) -- The HKSAR said.]'],
    ['the institution rendered by its acronym', '[黑客组织入侵欧盟国家政府网络。|Hacker groups invaded the government networks of EU countries.]'],
  ])('does not flag %s', (_name, notation) => {
    expect(flagsOf(notation)).toEqual([]);
  });
});
