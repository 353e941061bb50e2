// The indexes the build step stores with the dictionary are exactly those a run would build.
import { describe, expect, it } from 'vitest';
import { loadDictionaryData } from '../../src/cli/resources';
import { buildGlossNameRefs, cutByDictionary, zhNamesForLatin } from '../../src/core/analyze/entities-zh';
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

describe('the longest-match cut against the dictionary', () => {
  const dict = createDictionary(loadDictionaryData());
  // The same dictionary without the two-character length bound: every slice length is tried.
  const unbounded = { ...dict, maxWordLengthAt: undefined };

  it('cuts exactly as when every slice length is tried', () => {
    const texts = [
      '中华人民共和国全国人民代表大会常务委员会关于深入推进深圳综合改革试点深化改革创新扩大开放的意见',
      '烟台市芝罘区盐田港，香港特别行政区、澳门；乌鲁木齐𠀀𠀁丫a丫',
      '国家发展改革委等部门关于再次推广借鉴深圳综合改革试点创新举措和典型经验的通知',
    ];
    for (const text of texts) expect(cutByDictionary(text, dict)).toEqual(cutByDictionary(text, unbounded));
    expect(cutByDictionary(texts[0], dict).some(([w]) => w.length >= 4)).toBe(true);
  });

  it('bounds a slice by the words its first two characters start', () => {
    expect(dict.maxWordLengthAt!('中华人民共和国', 0)).toBeGreaterThanOrEqual(7);
    expect(dict.maxWordLengthAt!('国', 0)).toBe(1);
    expect(dict.maxWordLengthAt!('丫丫', 5)).toBe(1);
  });
});
