// The indexes the build step stores with the dictionary are exactly those a run would build.
import { describe, expect, it } from 'vitest';
import { loadDictionaryData } from '../../src/cli/resources';
import { buildGlossNameRefs, zhNamesForLatin } from '../../src/core/analyze/entities-zh';
import { createDictionary } from '../../src/core/lexicon/dictionary';

describe('prebuilt dictionary indexes', () => {
  const data = loadDictionaryData();
  const prebuilt = createDictionary(data);
  const lazy = createDictionary({ ...data, indexes: undefined });

  it('the stored data has the name, gloss-name and reverse indexes', () => {
    expect(Object.keys(data.indexes ?? {}).sort()).toEqual(['glossNames', 'names', 'reverseStems']);
  });

  it('the stored reverse index is what a run builds, word list by word list', () => {
    expect(data.indexes!.reverseStems).toBe(lazy.exportIndexes!().reverseStems);
    const stems = data.indexes!.reverseStems!.split('\n').map((line) => line.slice(0, line.indexOf('\t')));
    expect(stems.length).toBeGreaterThan(10_000);
    for (const stem of stems) expect(prebuilt.zhWordsOf(stem)).toEqual(lazy.zhWordsOf(stem));
  });

  it.each(['promot', 'port', 'reform', 'innov', 'constructor', '__proto__', 'hasownproperti'])('zhWordsOf(%s) is the same', (stem) => {
    expect(prebuilt.zhWordsOf(stem)).toEqual(lazy.zhWordsOf(stem));
  });

  it.each(['Yantai', 'Yantian', 'Macau', 'Hong Kong', "Xi'an", 'Shenzhen', 'Nowhere'])('zhNamesOf and the entity check\'s names for %s are the same', (name) => {
    expect(prebuilt.zhNamesOf(name)).toEqual(lazy.zhNamesOf(name));
    expect(zhNamesForLatin(prebuilt, name)).toEqual(zhNamesForLatin(lazy, name));
  });

  it('the stored gloss-name index is what buildGlossNameRefs builds', () => {
    expect(data.indexes!.glossNames).toEqual(Object.fromEntries(buildGlossNameRefs(lazy)));
  });
});
