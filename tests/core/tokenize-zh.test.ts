import { describe, expect, it } from 'vitest';
import { createDictionary, type DictionaryData } from '../../src/core/lexicon/dictionary';
import { rememberingTags, subwordsOf, tokenizeChinese, translationStemsOf, type ZhSegmenter } from '../../src/core/lexicon/tokenize-zh';
import type { Token } from '../../src/core/lexicon/tokenize-en';

// A forward-maximum-matching segmenter over a fixed word list keeps these tests independent of jieba.
function listSegmenter(words: string[]): ZhSegmenter {
  const known = new Set(words);
  return {
    cut(text) {
      const out: string[] = [];
      const chars = [...text];
      for (let i = 0; i < chars.length; ) {
        let len = Math.min(4, chars.length - i);
        while (len > 1 && !known.has(chars.slice(i, i + len).join(''))) len--;
        out.push(chars.slice(i, i + len).join(''));
        i += len;
      }
      return out;
    },
  };
}

const seg = listSegmenter(['深圳', '推进', '改革', '试点', '平台', '建设', '增长', '亿元', '烟台']);

function show(tokens: Token[]): string {
  return tokens.map((t) => `${t.text}/${t.kind}`).join(' ');
}

describe('tokenizeChinese', () => {
  it.each([
    ['', ''],
    ['推进改革试点。', '推进/word 改革/word 试点/word 。/punct'],
    ['推进CIM平台', '推进/word CIM/latin-name 平台/word'],
    ['增长3.5%', '增长/word 3.5/number %/punct'],
    ['1,000亿元', '1,000/number 亿元/word'],
    ['第１２条', '第/word １２/number 条/word'],
    ['2020,2021年', '2020/number ,/punct 2021/number 年/word'],
    ['深圳 烟台\n试点', '深圳/word 烟台/word 试点/word'],
    ['😀深圳𠀀推进', '😀/punct 深圳/word 𠀀/word 推进/word'],
    ['二〇三五年', '二〇三五/number 年/word'],
    ['三五年', '三/word 五/word 年/word'],
    ['R&D投入', 'R&D/latin-name 投/word 入/word'],
  ])('%j', (text, expected) => {
    expect(show(tokenizeChinese(text, seg))).toBe(expected);
  });

  it('counts offsets in UTF-16 units across astral characters', () => {
    const text = '😀😀深圳𠀀推进ESS';
    const tokens = tokenizeChinese(text, seg);
    expect(tokens.map((t) => [t.text, t.start, t.end])).toEqual([
      ['😀', 0, 2],
      ['😀', 2, 4],
      ['深圳', 4, 6],
      ['𠀀', 6, 8],
      ['推进', 8, 10],
      ['ESS', 10, 13],
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('normalises numbers and Latin names', () => {
    expect(tokenizeChinese('１,２３４ＧＤＰ和1,000及3．5与二〇二〇', seg).map((t) => t.norm)).toEqual(
      ['1234', 'gdp', '和', '1000', '及', '3.5', '与', '2020'],
    );
  });

  it('degrades to characters when the segmenter throws', () => {
    const broken: ZhSegmenter = { cut: () => { throw new Error('boom'); } };
    expect(show(tokenizeChinese('推进😀', broken))).toBe('推/word 进/word 😀/punct');
  });

  it('rejects a non-string', () => {
    expect(() => tokenizeChinese(undefined as unknown as string, seg)).toThrow(RangeError);
  });
});

describe('subwordsOf', () => {
  const data: DictionaryData = {
    format: 'duizhao-cedict-index',
    version: 1,
    attribution: 'test',
    entries: ['综合', '改革', '试点', '综合改革', '新区', '区'].map((w) => [w, 'x', ['x']]),
  };
  const dict = createDictionary(data);

  it.each([
    ['综合改革', ['综合改革']],
    ['综合改革试点', ['综合改革', '试点']],
    ['试点新区建设', ['试点', '新区', '建', '设']],
    ['😀改革', ['😀', '改革']],
    ['', []],
  ])('%s → %j', (word, parts) => {
    expect(subwordsOf(word, dict)).toEqual(parts);
  });
});

describe('translationStemsOf', () => {
  const dict = createDictionary({
    format: 'duizhao-cedict-index',
    version: 1,
    attribution: 'test',
    entries: [
      ['改革', 'gai3 ge2', ['to reform']],
      ['试点', 'shi4 dian3', ['pilot scheme']],
      ['综合改革', 'zong1 he2 gai3 ge2', ['comprehensive reform']],
    ],
  });

  it.each([
    ['综合改革', ['comprehens', 'reform']], // its own glosses, not its parts'
    ['改革试点', ['reform', 'pilot', 'scheme']], // not in the dictionary: its parts' glosses
    ['龘', []],
  ])('%s → %j', (word, stems) => {
    expect([...translationStemsOf(word, dict)].sort()).toEqual([...stems].sort());
  });
});

describe('rememberingTags', () => {
  it('tags a text once, and again after a word is added', () => {
    const calls: string[] = [];
    const added: string[] = [];
    const seg: ZhSegmenter = {
      cut: (text) => [...text],
      tag: (text) => {
        calls.push(text);
        return [...text].map((word) => ({ word, tag: added.includes(word) ? 'ns' : 'x' }));
      },
      addWord: (word) => void added.push(word),
    };
    const remembering = rememberingTags(seg);
    expect(remembering.cut('甲乙')).toEqual(['甲', '乙']);
    const first = remembering.tag!('甲乙');
    expect(remembering.tag!('甲乙')).toBe(first);
    expect(calls).toEqual(['甲乙']);
    remembering.addWord!('甲');
    expect(remembering.tag!('甲乙')).toEqual([{ word: '甲', tag: 'ns' }, { word: '乙', tag: 'x' }]);
    expect(calls).toEqual(['甲乙', '甲乙']);
  });

  it('leaves a segmenter without tagging as it is', () => {
    const seg: ZhSegmenter = { cut: (text) => [text] };
    expect(rememberingTags(seg)).toBe(seg);
  });
});
