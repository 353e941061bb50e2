import { describe, expect, it } from 'vitest';
import { pairSides } from '../../src/core/checks/check';
import { swappedInstitutions } from '../../src/core/checks/swapped-institutions';
import { withRealResources } from './checks/helpers';

const { ctxOf } = withRealResources();

function flagsOf(notation: string) {
  const ctx = ctxOf(notation);
  return ctx.pairs.flatMap((pair) => {
    const { zh, en } = pairSides(ctx, pair);
    return swappedInstitutions(ctx, pair, zh, en);
  });
}

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
