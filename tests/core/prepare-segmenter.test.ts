import { describe, expect, it } from 'vitest';
import { createDictionary, type DictionaryData } from '../../src/core/lexicon/dictionary';
import { learnMissingWords, prepareSegmenter } from '../../src/core/lexicon/prepare-segmenter';
import type { ZhSegmenter } from '../../src/core/lexicon/tokenize-zh';

// A toy segmenter: known words stay whole, everything else splits into characters.
function toySegmenter(): ZhSegmenter & { known: Set<string>; added: string[] } {
  const known = new Set<string>(['改革']);
  const added: string[] = [];
  return {
    known,
    added,
    cut: (text) => (known.has(text) ? [text] : [...text]),
    addWord: (word) => {
      known.add(word);
      added.push(word);
    },
  };
}

const data: DictionaryData = {
  format: 'duizhao-cedict-index',
  version: 1,
  attribution: 'test',
  entries: [
    ['改革', 'gai3 ge2', ['to reform']],
    ['盐田', 'Yan2 tian2', ['Yantian']],
    ['ABC', 'A B C', ['letters']],
    ['一', 'yi1', ['one']],
  ],
};

describe('prepareSegmenter', () => {
  it('teaches only the Han dictionary words of 2–4 characters the segmenter splits', () => {
    expect(learnMissingWords(toySegmenter(), ['改革', '盐田', 'ABC', '一'], [])).toEqual(['盐田']);
  });

  it('uses the build step’s precomputed list when the dictionary has one, without cutting', () => {
    const seg = toySegmenter();
    const cut = seg.cut;
    let cuts = 0;
    seg.cut = (t) => (cuts++, cut(t));
    prepareSegmenter(seg, createDictionary({ ...data, segmenterWords: ['盐田'] }), {});
    expect(seg.added).toContain('盐田');
    expect(cuts).toBe(0);
  });

  it('computes the same words when no list was precomputed', () => {
    const withList = toySegmenter();
    const without = toySegmenter();
    prepareSegmenter(withList, createDictionary({ ...data, segmenterWords: learnMissingWords(toySegmenter(), ['改革', '盐田', 'ABC', '一']) }));
    prepareSegmenter(without, createDictionary(data));
    expect(withList.added).toEqual(without.added);
  });
});
