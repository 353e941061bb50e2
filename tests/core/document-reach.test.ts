// The document's reach is worked out once per check run, whichever context of the run asks for it.
import { describe, expect, it } from 'vitest';
import { documentCommonReach, documentReach } from '../../src/core/analyze/lexical-match';
import { fakeDictionary, pairsFrom } from './checks/helpers';

describe('documentReach and documentCommonReach', () => {
  const dictionary = fakeDictionary({ 促进: ['to promote'], 深圳: ['Shenzhen'] });
  const ctx = pairsFrom('[促进深圳发展。|Promote Shenzhen.]', { dictionary });

  it('hold the stems of the document\'s Chinese words; the common reach leaves out names', () => {
    expect([...documentReach(ctx)]).toEqual(expect.arrayContaining(['promote', 'shenzhen']));
    expect(documentCommonReach(ctx).has('promote')).toBe(true);
    expect(documentCommonReach(ctx).has('shenzhen')).toBe(false);
  });

  it('are shared by a copy of the run\'s context (the checks\' context is the analysis\'s plus its result)', () => {
    const copy = { ...ctx, only: undefined };
    expect(documentReach(copy)).toBe(documentReach(ctx));
    expect(documentCommonReach(copy)).toBe(documentCommonReach(ctx));
  });

  it('are worked out afresh when the pairs or the dictionary differ', () => {
    const fewer = { ...ctx, pairs: [] };
    expect(documentReach(fewer).size).toBe(0);
    const other = { ...ctx, dictionary: fakeDictionary({ 促进: ['to advance'] }) };
    expect(documentReach(other).has('advance')).toBe(true);
    expect(documentReach(ctx).has('promote')).toBe(true);
  });
});
