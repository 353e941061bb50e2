// The corrected translation as .docx: written with the corrections, read back by the input layer
// as the same text, with its headings and table kept.
import { describe, expect, it } from 'vitest';
import { extractDocx } from '../../src/core/input/extract-docx';
import type { ExtractedDocument } from '../../src/core/input/extracted';
import type { Segment, Side } from '../../src/core/types';
import { writeCorrectedDocx } from '../../src/export/corrected-docx';
import { writeCorrectedText } from '../../src/export/corrected-text';
import { numberedDocx } from '../input/make-docx';

async function extracted(bytes: Uint8Array): Promise<ExtractedDocument> {
  const r = await extractDocx(bytes, 'translation.docx');
  if (!r.ok) throw new Error(r.problem);
  return r.doc;
}

/** A side of one clause per given phrase of `text`, each corrected to the phrase's replacement. */
function sideOf(text: string, corrections: Array<[string, string]>): Side {
  const segments: Segment[] = corrections.map(([from, to], i) => {
    const start = text.indexOf(from);
    if (start < 0) throw new Error(`${from} is not in the text`);
    return { id: `t${i + 1}`, start, end: start + from.length, text: to, clean: to, kind: 'sentence', block: i } as Segment;
  });
  return { name: 'translation.docx', lang: 'zh', segments, format: 'docx', extracted: text };
}

describe('writeCorrectedDocx', () => {
  it('writes the corrections; read back, the file gives the corrected text, headings and table included', async () => {
    const doc = await extracted(await numberedDocx());
    const side = sideOf(doc.text, [
      ['健全机制。', '健全工作机制。'],
      ['保障措施', '组织保障'],
      ['5%', '6%'],
    ]);
    const again = await extracted(await writeCorrectedDocx(side, doc.text, doc.structure));
    const expected = writeCorrectedText(side, doc.text);
    expect(expected).toContain('# 二、 组织保障');
    expect(expected).toContain('增长率\t6%');
    expect(again.text).toBe(expected);
    expect(again.structure.filter((n) => n.kind === 'heading').map((n) => expected.slice(n.start, n.end))).toEqual(['关于试点的意见', '一、 总体要求', '二、 组织保障']);
    expect(again.structure.filter((n) => n.kind === 'table-row').map((n) => expected.slice(n.start, n.end))).toEqual(['指标\t目标', '增长率\t6%']);
  });

  it('reads headings and tables from the text alone when extraction left no notes (a report file)', async () => {
    const text = '## Measures\n\nArticle 1 Support Yantai Port.\n\nIndicator\tTarget\nGrowth\t5%';
    const side = sideOf(text, [['Support Yantai Port.', 'Support Yantian Port.']]);
    const again = await extracted(await writeCorrectedDocx(side, text));
    expect(again.text).toBe('## Measures\n\nArticle 1 Support Yantian Port.\n\nIndicator\tTarget\nGrowth\t5%');
    expect(again.structure.map((n) => n.kind)).toEqual(['heading', 'table-row', 'table-row']);
  });

  it('keeps a paragraph that starts with # as a paragraph when the notes say it is one', async () => {
    const text = '#1 priority: ports.';
    const side = sideOf(text, [['ports.', 'harbours.']]);
    const again = await extracted(await writeCorrectedDocx(side, text, [{ kind: 'footnote', start: 0, end: 0 }]));
    expect(again.structure.some((n) => n.kind === 'heading')).toBe(false);
    expect(again.text).toContain('harbours.');
  });
});
