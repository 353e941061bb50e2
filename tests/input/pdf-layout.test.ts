import { describe, expect, it } from 'vitest';
import { mapCjkCompatibility } from '../../src/core/input/cjk-compat';
import { layoutPdfText, type PdfPage, type PdfTextItem } from '../../src/core/input/pdf-layout';

/** A page of lines: each [text, y, x?, size?] one text item, A4-sized (595 × 842). */
function page(lines: Array<[string, number, number?, number?]>): PdfPage {
  const items: PdfTextItem[] = lines.map(([str, y, x = 72, size = 12]) => ({ str, y, x, size, width: str.length * size * (/[\u4e00-\u9fff]/.test(str) ? 1 : 0.5) }));
  return { width: 595, height: 842, items };
}

describe('mapCjkCompatibility', () => {
  it('maps Kangxi radicals, radical-supplement forms and compatibility ideographs back', () => {
    expect(mapCjkCompatibility('深⼊改⾰，意⻅，\uF900')).toEqual({ text: '深入改革，意见，豈', changed: 4 });
  });
  it('leaves ordinary text alone', () => {
    expect(mapCjkCompatibility('改革 reform ①')).toEqual({ text: '改革 reform ①', changed: 0 });
  });
});

describe('layoutPdfText', () => {
  const body = (n: number) => `Line ${n} of a paragraph that runs to the right margin of the page and on`;
  it('drops a running header and page numbers repeated on every page', () => {
    const pages = [1, 2, 3].map((p) =>
      page([['Annual Report 2024', 800, 250, 9], [body(1), 700], [`End of page ${p}.`, 686, 72], [String(p), 40, 290, 9]]),
    );
    const { text, notes } = layoutPdfText(pages);
    expect(text).not.toMatch(/Annual Report/);
    expect(text).not.toMatch(/^\d$/m);
    expect(notes).toEqual(['6 running header, footer or page-number line(s) removed.']);
  });

  it('joins the lines of a paragraph and starts a new one after a wide gap', () => {
    const { text } = layoutPdfText([page([[body(1), 700], ['continues here.', 686], ['A new paragraph.', 650]])]);
    expect(text).toBe(`${body(1)} continues here.\n\nA new paragraph.`);
  });

  it('joins Chinese lines without a space and marks larger type as a heading', () => {
    const { text, structure } = layoutPdfText([page([['一、总体要求', 760, 72, 16], ['坚持以习近平新时代中国特色社会主义思想为指导深入贯彻', 730], ['党的二十大精神。', 716]])]);
    expect(text).toBe('# 一、总体要求\n\n坚持以习近平新时代中国特色社会主义思想为指导深入贯彻党的二十大精神。');
    expect(structure).toEqual([{ kind: 'heading', level: 1, start: 2, end: 8 }]);
  });
});
