// Builds .docx files in the test run with the `docx` package, the way a person writes them in
// Word: Heading styles for headings, plain paragraphs, automatic numbering, a table, a footnote.
import { AlignmentType, Document, FootnoteReferenceRun, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/** A .docx of a Markdown-ish text: `#` lines as Word headings, other non-blank lines as paragraphs (front matter, `>` and `**` dropped). */
export async function docxFromMarkdown(markdown: string): Promise<Uint8Array> {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  const children: Paragraph[] = [];
  for (const raw of body.split('\n')) {
    const line = raw.trim().replace(/^>\s*/, '').replace(/\*\*/g, '');
    if (line === '') continue;
    const h = /^(#{1,6})\s*(.*)$/.exec(line);
    if (h) children.push(new Paragraph({ heading: HEADINGS[h[1].length - 1], children: [new TextRun(h[2])] }));
    else children.push(new Paragraph({ children: [new TextRun(line)] }));
  }
  return toBytes(new Document({ sections: [{ children }] }));
}

/** A Chinese document whose section and item numbers come only from Word's automatic numbering (一、 and （一）), with a table and a footnote. */
export async function numberedDocx(): Promise<Uint8Array> {
  const doc = new Document({
    footnotes: { 1: { children: [new Paragraph('见附件。')] } },
    numbering: {
      config: [
        {
          reference: 'zh-outline',
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT },
          ],
        },
        { reference: 'steps', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }] },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('关于试点的意见')] }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, numbering: { reference: 'zh-outline', level: 0 }, children: [new TextRun('总体要求')] }),
          new Paragraph({ numbering: { reference: 'zh-outline', level: 1 }, children: [new TextRun('健全机制。')] }),
          new Paragraph({ numbering: { reference: 'zh-outline', level: 1 }, children: [new TextRun('优化服务。'), new FootnoteReferenceRun(1)] }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, numbering: { reference: 'zh-outline', level: 0 }, children: [new TextRun('保障措施')] }),
          new Paragraph({ numbering: { reference: 'zh-outline', level: 1 }, children: [new TextRun('加强领导。')] }),
          new Paragraph({ numbering: { reference: 'steps', level: 0 }, children: [new TextRun('第一步')] }),
          new Paragraph({ numbering: { reference: 'steps', level: 0 }, children: [new TextRun('第二步')] }),
          new Table({
            rows: [
              new TableRow({ children: [new TableCell({ children: [new Paragraph('指标')] }), new TableCell({ children: [new Paragraph('目标')] })] }),
              new TableRow({ children: [new TableCell({ children: [new Paragraph('增长率')] }), new TableCell({ children: [new Paragraph('5%')] })] }),
            ],
          }),
        ],
      },
    ],
  });
  return toBytes(doc);
}

async function toBytes(doc: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(doc));
}
