import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/core/input/extract-document';
import { formatCounter } from '../../src/core/input/number-formats';
import { numberedDocx } from './make-docx';

describe('formatCounter (Word number formats)', () => {
  it.each([
    [3, 'decimal', '3'],
    [4, 'upperRoman', 'IV'],
    [28, 'lowerLetter', 'bb'],
    [1, 'chineseCounting', '一'],
    [10, 'chineseCounting', '十'],
    [14, 'chineseCounting', '十四'],
    [20, 'chineseCounting', '二十'],
    [105, 'chineseCountingThousand', '一百零五'],
    [3, 'ideographTraditional', '丙'],
    [2, 'chineseLegalSimplified', '贰'],
    [5, 'decimalEnclosedCircle', '⑤'],
    [12, 'decimalFullWidth', '１２'],
  ])('%i as %s is %s', (n, fmt, label) => {
    expect(formatCounter(n, fmt)).toBe(label);
  });
});

describe('.docx input', () => {
  it('keeps headings, automatic numbering as Word shows it, tables and footnotes', async () => {
    const result = await extractDocument(await numberedDocx(), 'numbered.docx');
    if (!result.ok) throw new Error(result.problem);
    const { text, structure, format } = result.doc;
    expect(format).toBe('docx');
    expect(text.split('\n\n')).toEqual([
      '# 关于试点的意见',
      '# 一、 总体要求',
      '（一） 健全机制。',
      '（二） 优化服务。[1]',
      '# 二、 保障措施',
      // A new level-0 item restarts level 1.
      '（一） 加强领导。',
      '1. 第一步',
      '2. 第二步',
      '指标\t目标\n增长率\t5%',
      '[1] 见附件。',
    ]);
    expect(structure.filter((s) => s.kind === 'heading').map((s) => text.slice(s.start, s.end))).toEqual(['关于试点的意见', '一、 总体要求', '二、 保障措施']);
    expect(structure.filter((s) => s.kind === 'table-row')).toHaveLength(2);
    expect(structure.find((s) => s.kind === 'footnote')?.label).toBe('[1]');
  });

  it.each([
    ['a damaged archive', new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), /bad\.docx is not a readable Word file/],
    ['an old binary .doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /old Word or Excel file/],
  ])('gives one sentence for %s', async (_, bytes, message) => {
    const result = await extractDocument(bytes, 'bad.docx');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(message);
  });
});
