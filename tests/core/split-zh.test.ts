import { describe, expect, it } from 'vitest';
import { splitChineseSentences } from '../../src/core/segment/split-zh';

// Sentences written as one string with '|' at each expected boundary.
function split(text: string): string {
  return splitChineseSentences(text).map(([a, b]) => text.slice(a, b)).join('|');
}

describe('splitChineseSentences', () => {
  it.each([
    ['terminals', '推进货物贸易便利化。支持新业态发展！是否可行？', '推进货物贸易便利化。|支持新业态发展！|是否可行？'],
    ['closing quote stays with its sentence', '他说：“我们走吧。”然后离开了。', '他说：“我们走吧。”|然后离开了。'],
    ['no split inside quotes', '“甲。乙。”丙说。', '“甲。乙。”|丙说。'],
    ['no split inside brackets', '（注：这里有句号。还有一句。）后面。', '（注：这里有句号。还有一句。）|后面。'],
    ['book-title marks', '出台《条例。细则》并实施。下一句。', '出台《条例。细则》并实施。|下一句。'],
    ['ellipsis run is one terminal', '等等……还有很多。', '等等……|还有很多。'],
    ['ellipsis before a comma continues', '等等……，然后结束。', '等等……，然后结束。'],
    ['mixed terminals', '真的吗？！是的。', '真的吗？！|是的。'],
    ['decimal numbers', '比例为1.5倍。增长3.2%。', '比例为1.5倍。|增长3.2%。'],
    ['no terminal', '没有标点的标题', '没有标点的标题'],
    ['trailing text without terminal', '第一句。第二句', '第一句。|第二句'],
    ['whitespace trimmed', '  第一句。  第二句。 ', '第一句。|第二句。'],
    [
      'semicolon between long independent clauses',
      '深圳要切实担负起试点主体责任，健全全过程、高效率、可核查的改革推进和落实机制，确保改革事项按期落地；完善重大风险识别及系统性风险防范机制，做好风险评估管控和应对处置。',
      '深圳要切实担负起试点主体责任，健全全过程、高效率、可核查的改革推进和落实机制，确保改革事项按期落地；|完善重大风险识别及系统性风险防范机制，做好风险评估管控和应对处置。',
    ],
    ['semicolon between short clauses', '经济总量大幅跃升；创新能力提升。', '经济总量大幅跃升；创新能力提升。'],
    [
      'semicolon before a continuation word',
      '健全全过程高效率可核查的改革推进和落实机制；并完善重大风险识别及系统性风险防范机制。',
      '健全全过程高效率可核查的改革推进和落实机制；并完善重大风险识别及系统性风险防范机制。',
    ],
    [
      'semicolon inside quotes',
      '提出“健全全过程高效率可核查的改革推进和落实机制；完善重大风险识别及系统性风险防范机制”的要求。',
      '提出“健全全过程高效率可核查的改革推进和落实机制；完善重大风险识别及系统性风险防范机制”的要求。',
    ],
    ['an unclosed quote does not silence later terminals', '他说：“甲。乙。丙。', '他说：“甲。|乙。|丙。'],
    ['ASCII question mark after Chinese', '是否可行?下一句。', '是否可行?|下一句。'],
    ['ASCII question mark inside Latin text', '访问 a.com?x=1 页面。', '访问 a.com?x=1 页面。'],
  ])('%s', (_name, text, expected) => expect(split(text)).toBe(expected));

  it.each(['', '   ', '\n\n'])('blank text %j yields no sentence', (text) => {
    expect(splitChineseSentences(text)).toEqual([]);
  });

  it('returns ordered, trimmed, non-empty UTF-16 ranges for emoji and astral characters', () => {
    const text = '😀开始。𠀀字测试！ 结束';
    const ranges = splitChineseSentences(text);
    expect(ranges.map(([a, b]) => text.slice(a, b))).toEqual(['😀开始。', '𠀀字测试！', '结束']);
  });
});
