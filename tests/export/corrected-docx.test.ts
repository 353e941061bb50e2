// The corrected translation as .docx: written with the corrections, read back by the input layer
// as the same text, with its headings and table kept.
import { describe, expect, it } from 'vitest';
import { extractDocx } from '../../src/core/input/extract-docx';
import type { ExtractedDocument } from '../../src/core/input/extracted';
import type { Segment, Side } from '../../src/core/types';
import { writeCorrectedDocx } from '../../src/export/corrected-docx';
import { writeCorrectedText } from '../../src/export/corrected-text';
import { numberedDocx } from '../input/make-docx';
import JSZip from 'jszip';
import { Document, Packer, Paragraph, TextRun } from 'docx';

async function documentXml(bytes: Uint8Array): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
}

/** A translation as a person formats it: a bold run and an italic one inside one paragraph, and a plain paragraph. */
async function styledDocx(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun({ text: 'Support ', bold: true }), new TextRun({ text: 'Yantai Port', italics: true }), new TextRun(' in building a hub.')] }),
          new Paragraph({ children: [new TextRun('Deepen green finance reforms.')] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

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

  it("writes corrections into the user's own file, keeping each run's formatting", async () => {
    const original = await styledDocx();
    const doc = await extracted(original);
    const side = sideOf(doc.text, [
      ['Support Yantai Port in building a hub.', 'Support Yantian Port in building a hub.'],
      ['Deepen green finance reforms.', 'Deepen green-finance reform.'],
    ]);
    const bytes = await writeCorrectedDocx(side, doc.text, doc.structure, original);
    expect((await extracted(bytes)).text).toBe(writeCorrectedText(side, doc.text));
    const before = await documentXml(original);
    const after = await documentXml(bytes);
    // The same runs with the same properties: only the text of two w:t elements changed.
    const props = (xml: string) => xml.match(/<w:rPr>.*?<\/w:rPr>/g);
    expect(props(after)).toEqual(props(before));
    expect(after).toMatch(/<w:i\/>.*?<w:t[^>]*>Yantian Port<\/w:t>/);
    expect(after).toContain('>Deepen green-finance reform.</w:t>');
    expect(after.match(/<w:r>/g)?.length).toBe(before.match(/<w:r>/g)?.length);
  });

  it('places corrections after the labels Word numbers and inside table cells of the original', async () => {
    const original = await numberedDocx();
    const doc = await extracted(original);
    const side = sideOf(doc.text, [
      ['健全机制。', '健全工作机制。'],
      ['保障措施', '组织保障'],
      ['5%', '6%'],
    ]);
    const bytes = await writeCorrectedDocx(side, doc.text, doc.structure, original);
    const again = await extracted(bytes);
    expect(again.text).toBe(writeCorrectedText(side, doc.text));
    // Word's own numbering, footnote and table are the original's, not rebuilt ones.
    expect(await documentXml(bytes)).toContain('w:numPr');
    expect(again.structure.filter((n) => n.kind === 'footnote')).toHaveLength(doc.structure.filter((n) => n.kind === 'footnote').length);
  });

  it('writes a new document when a correction cannot be placed in the original file', async () => {
    const original = await styledDocx();
    const doc = await extracted(original);
    // An extraction that is not this file's: its corrected clause matches no paragraph of it.
    const text = 'Something the file does not say.';
    const side = sideOf(text, [['Something', 'Nothing']]);
    const bytes = await writeCorrectedDocx(side, text, [], original);
    expect((await extracted(bytes)).text).toBe('Nothing the file does not say.');
    expect(doc.text).toContain('Yantai');
  });
});
