import { beforeAll, describe, expect, it } from 'vitest';
import { classifiedNouns, cleanDefinition } from '../../scripts/build-dictionary';
import { ensureDictionaryIndex, loadDictionaryData } from '../../src/cli/resources';
import { createDictionary, foldLatinName, type Dictionary, type DictionaryData } from '../../src/core/lexicon/dictionary';
import { stemEnglish } from '../../src/core/lexicon/tokenize-en';

const tiny: DictionaryData = {
  format: 'duizhao-cedict-index',
  version: 1,
  attribution: 'test data',
  entries: [
    ['烟台', 'Yan1 tai2', [], '烟台市'],
    ['烟台市', 'Yan1 tai2 Shi4', ['Yantai, prefecture-level city in Shandong Province'], undefined],
    ['促进', 'cu4 jin4', ['to promote (an idea or cause)', 'to advance'], undefined],
    ['推动', 'tui1 dong4', ['to promote', 'to push forward'], undefined],
    ['甲', 'jia3', [], '乙'],
    ['乙', 'yi3', [], '甲'],
  ],
};

describe('createDictionary on hand-made data', () => {
  const dict = createDictionary(tiny);

  it('gives a see-only entry the glosses of the word it points at', () => {
    expect(dict.lookup('烟台')).toEqual([
      { zh: '烟台', pinyin: 'Yan1 tai2', glosses: ['Yantai, prefecture-level city in Shandong Province'], name: true },
    ]);
  });

  it('stops on a cycle of see references', () => {
    expect(dict.lookup('甲')[0].glosses).toEqual([]);
  });

  it('indexes English stems both ways, ignoring parenthesised remarks', () => {
    expect(dict.enStemsOf('促进')).toEqual(['promot', 'advanc']);
    expect(dict.zhWordsOf('promot')).toEqual(['促进', '推动']);
    expect(dict.zhWordsOf('idea')).toEqual([]);
  });

  it('reports size, longest word and membership', () => {
    expect([dict.size, dict.maxWordLength, dict.has('促进'), dict.has('促')]).toEqual([6, 3, true, false]);
  });

  it.each(['', '😀', '\u0000', 'promote'])('returns nothing for %j without throwing', (word) => {
    expect([dict.lookup(word), dict.enStemsOf(word), dict.zhNamesOf(word)]).toEqual([[], [], []]);
  });

  it('returns copies so callers cannot corrupt it', () => {
    dict.lookup('促进')[0].glosses.push('junk');
    expect(dict.lookup('促进')[0].glosses).toEqual(['to promote (an idea or cause)', 'to advance']);
  });

  it('rejects data that is not an index', () => {
    expect(() => createDictionary({} as DictionaryData)).toThrow(RangeError);
  });
});

describe('foldLatinName', () => {
  it.each([
    ['Hong Kong', 'hongkong'],
    ['hong-kong', 'hongkong'],
    ["Xi'an", 'xian'],
    ['Lü', 'lu'],
    ['Ürümqi', 'urumqi'],
  ])('%s → %s', (name, folded) => {
    expect(foldLatinName(name)).toBe(folded);
  });
});

describe('cleanDefinition (build script)', () => {
  it.each([
    ['烟台', 'see 煙台市|烟台市[Yan1 tai2 Shi4]', [], '烟台市'],
    ['家俱', 'variant of 家具[jia1 ju4]', [], '家具'],
    ['本', ['(bound form) root; stem', 'classifier for books, periodicals, files etc'], ['root', 'stem'], undefined],
    ['的', ['of; ~\'s (possessive particle)', '(used after an attribute when it modifies a noun)'], ['of', "~'s (possessive particle)"], undefined],
    ['个', ['(classifier used before a noun that has no specific classifier)', '(bound form) individual'], ['individual'], undefined],
    ['行', 'used in 道行[dao4 heng2]', [], undefined],
    ['张', ['surname Zhang'], ['Zhang'], undefined],
    ['盐田', 'Yantian district of Shenzhen City 深圳市[Shen1 zhen4 Shi4], Guangdong', ['Yantian district of Shenzhen City, Guangdong'], undefined],
  ])('%s: %j', (zh, definition, glosses, ref) => {
    expect(cleanDefinition(zh, definition)).toEqual({ glosses, ref });
  });
});

describe('classifiedNouns (build script)', () => {
  it.each([
    [['to ascertain', 'classifier for batches, lots, military flights'], ['batches', 'lots', 'flights']],
    [['home', 'classifier for families or businesses'], ['families', 'businesses']],
    [['(bound form) root', 'classifier for books, periodicals, files etc'], ['books', 'periodicals', 'files']],
    [['to criticize'], []],
  ])('%j → %j', (definition, nouns) => {
    expect(classifiedNouns(definition)).toEqual(nouns);
  });
});

describe('the CC-CEDICT index', () => {
  let dict: Dictionary;
  beforeAll(async () => {
    await ensureDictionaryIndex();
    dict = createDictionary(loadDictionaryData());
  });

  it('knows what a classifier counts (批 batches), and nothing for other words', () => {
    expect(dict.countedBy?.('批')).toContain('batch');
    expect(dict.countedBy?.('改革')).toEqual([]);
  });

  it('translates 香港 as Hong Kong', () => {
    expect(dict.lookup('香港').flatMap((e) => e.glosses).join('; ')).toContain('Hong Kong');
    expect(dict.enStemsOf('香港')).toEqual(['hong', 'kong']);
  });

  it('keeps both readings of 盐田, the name first-class', () => {
    expect(dict.lookup('盐田').map((e) => [e.pinyin, e.name])).toEqual([
      ['Yan2 tian2', true],
      ['yan2 tian2', false],
    ]);
  });

  it('shows that 烟台 is a place through its see reference', () => {
    expect(dict.lookup('烟台')[0].glosses.join(' ')).toMatch(/Yantai.*city/);
  });

  it.each([
    ['Yantai', '烟台'],
    ['yan-tai', '烟台'],
    ['Hong Kong', '香港'],
    ['SHENZHEN', '深圳'],
    ['Yantian', '盐田'],
    ['Zhang', '张'],
    ['Macau', '澳门'], // 'Macao or Macau, …': both alternatives name the place
    ['Macao', '澳门'],
  ])('zhNamesOf(%s) includes %s', (name, zh) => {
    expect(dict.zhNamesOf(name).map((e) => e.zh)).toContain(zh);
  });

  it('maps 促进 and promote onto each other', () => {
    expect(dict.enStemsOf('促进')).toContain(stemEnglish('promote'));
    expect(dict.zhWordsOf(stemEnglish('promote'))).toContain('促进');
    expect(dict.zhWordsOf(stemEnglish('promotion'))).toContain('促进');
  });

  it('leaves function words and classifiers without content stems', () => {
    expect(dict.enStemsOf('个')).toEqual(['individu']);
    expect(dict.enStemsOf('的')).not.toContain('attribut');
  });

  it('carries the CC-CEDICT attribution', () => {
    expect(dict.attribution).toMatch(/CC-CEDICT.*CC BY-SA|Creative Commons Attribution-ShareAlike 4\.0/);
  });
});
