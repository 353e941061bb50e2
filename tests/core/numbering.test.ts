import { describe, expect, it } from 'vitest';
import { chineseNumeralToInt, NumberingStack, parseNumberLabel, romanToInt } from '../../src/core/segment/numbering';

describe('chineseNumeralToInt', () => {
  it.each([
    ['一', 1], ['九', 9], ['十', 10], ['十一', 11], ['二十', 20], ['四十二', 42], ['九十九', 99],
    ['百', 100], ['一百', 100], ['一百零五', 105], ['一百二十三', 123], ['〇', 0], ['零', 0], ['二〇三五', 2035],
  ])('%s → %i', (s, v) => expect(chineseNumeralToInt(s)).toBe(v));

  it.each(['', '十百', '零十', '一百零', '二三十', 'abc', '十a'])('rejects %j', (s) => {
    expect(chineseNumeralToInt(s)).toBeNull();
  });
});

describe('romanToInt', () => {
  it.each([['I', 1], ['IV', 4], ['IX', 9], ['XIV', 14], ['XL', 40], ['MCMXCIV', 1994]])('%s → %i', (s, v) => {
    expect(romanToInt(s)).toBe(v);
  });
  it.each(['', 'IIII', 'VV', 'IC', 'iv'])('rejects %j', (s) => expect(romanToInt(s)).toBeNull());
});

describe('parseNumberLabel, Chinese', () => {
  it.each([
    ['一、总体要求', '一、', 'zh-dun', 1],
    ['十二、附则', '十二、', 'zh-dun', 12],
    ['（七）推动货物贸易优化升级。', '（七）', 'zh-paren', 7],
    ['(十一)健全', '(十一)', 'zh-paren', 11],
    ['1.推进', '1.', 'digit', 1],
    ['2、加强', '2、', 'digit', 2],
    ['3）完善', '3）', 'digit', 3],
    ['（1）依托', '（1）', 'paren-digit', 1],
    ['(12)支持', '(12)', 'paren-digit', 12],
    ['第一章 发展基础', '第一章', 'chapter', 1],
    ['第三节 二〇三五年远景目标', '第三节', 'section', 3],
    ['第二篇 新时代', '第二篇', 'volume', 2],
    ['第一部分 总则', '第一部分', 'part', 1],
    ['第二十条 本办法', '第二十条', 'article', 20],
    ['第5章 附则', '第5章', 'chapter', 5],
    ['12\t建设符合产业需求的高品质产业空间', '12', 'row', 12],
  ])('%j', (text, label, kind, value) => {
    expect(parseNumberLabel(text, 'zh')).toEqual({ label, kind, value, length: label.length });
  });

  it.each([
    '1.5亿元的投资', '（2024年8月30日）', '十分重要', '2024年', '深圳是改革开放后', '“一、二”', ' 一、前有空格', '',
  ])('no label in %j', (text) => expect(parseNumberLabel(text, 'zh')).toBeNull());
});

describe('parseNumberLabel, English', () => {
  it.each([
    ['I. General Requirements', 'I.', 'roman', 1],
    ['IV. Building a New System', 'IV.', 'roman', 4],
    ['(7) Promote the optimization', '(7)', 'paren-digit', 7],
    ['1. Scope', '1.', 'digit', 1],
    ['2) Second', '2)', 'digit', 2],
    ['Chapter 1 Development Foundation', 'Chapter 1', 'chapter', 1],
    ['Part II General Provisions', 'Part II', 'part', 2],
    ['Section 3. Targets', 'Section 3.', 'section', 3],
    ['Article 5: Scope', 'Article 5:', 'article', 5],
    ['Chapter Three Targets', 'Chapter Three', 'chapter', 3],
    ['PART IV', 'PART IV', 'part', 4],
    ['12\tBuild industrial space', '12', 'row', 12],
  ])('%j', (text, label, kind, value) => {
    expect(parseNumberLabel(text, 'en')).toEqual({ label, kind, value, length: label.length });
  });

  it.each([
    'I am here.', 'I.e. this', '3.5 million', '(August 30, 2024)', 'Part of the plan', 'Section one-third', 'Chapters of', 'IIII. bad', 'In 2024.',
  ])('no label in %j', (text) => expect(parseNumberLabel(text, 'en')).toBeNull());
});

describe('NumberingStack', () => {
  it('nests new styles and returns to a style seen before', () => {
    const stack = new NumberingStack();
    expect(stack.enter('zh-dun', 1)).toEqual([1]);
    expect(stack.enter('zh-paren', 1)).toEqual([1, 1]);
    expect(stack.enter('digit', 1)).toEqual([1, 1, 1]);
    expect(stack.enter('digit', 2)).toEqual([1, 1, 2]);
    expect(stack.enter('zh-paren', 2)).toEqual([1, 2]);
    expect(stack.enter('zh-dun', 4)).toEqual([4]);
    expect(stack.enter('zh-paren', 7)).toEqual([4, 7]);
  });

  it('gives the same path to 四、…（七） and IV. … (7)', () => {
    const zh = new NumberingStack();
    const en = new NumberingStack();
    const zhLabels = ['一、', '二、', '（一）', '四、', '（七）'].map((t) => parseNumberLabel(t + '文', 'zh')!);
    const enLabels = ['I.', 'II.', '(1)', 'IV.', '(7)'].map((t) => parseNumberLabel(t + ' x', 'en')!);
    const zhPaths = zhLabels.map((l) => zh.enter(l.kind, l.value));
    const enPaths = enLabels.map((l) => en.enter(l.kind, l.value));
    expect(zhPaths).toEqual(enPaths);
    expect(zhPaths[4]).toEqual([4, 7]);
  });
});
