import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/core/input/extract-document';
import { MAX_INPUT_BYTES } from '../../src/core/input/limits';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('extractDocument: which format a file is', () => {
  it.each([
    ['plain text is the decoded file itself', 'a.txt', '第一条 总则。', 'text', '第一条 总则。'],
    ['Markdown stays Markdown, even when it starts with HTML', 'a.md', '<!doctype html>\n# 标题', 'markdown', '<!doctype html>\n# 标题'],
    ['an HTML page named .txt is read as HTML', 'page.txt', '<!doctype html><title>t</title><p>正文。</p>', 'html', '正文。'],
    ['a text file named .docx is read as text, and says so', 'fake.docx', 'Article 1.', 'text', 'Article 1.'],
  ])('%s', async (_, name, content, format, text) => {
    const r = await extractDocument(bytes(content), name);
    if (!r.ok) throw new Error(r.problem);
    expect([r.doc.format, r.doc.text]).toEqual([format, text]);
  });

  it('a plain two-column TSV stays a bitext whose offsets point into the file', async () => {
    const r = await extractDocument(bytes('甲。\tA.\n乙。\tB.\n'), 'pairs.tsv');
    expect(r).toMatchObject({ ok: true, doc: { format: 'tsv', plainTsv: true, text: '甲。\tA.\n乙。\tB.\n' } });
  });

  it.each([
    ['an empty file', new Uint8Array(), 'e.txt', 'e.txt is empty.'],
    ['a file over the limit', new Uint8Array(MAX_INPUT_BYTES + 1), 'big.txt', 'big.txt is 20.0 MB; the limit is 20 MB.'],
    ['a PDF without readers', bytes('%PDF-1.7\n'), 'x.pdf', 'x.pdf is a PDF, and PDF reading is not available here.'],
    ['a binary file', new Uint8Array([1, 0, 2, 0, 0, 0, 3, 4, 0, 0, 9]), 'b.bin', /^b\.bin: The file looks like a binary file/],
  ])('%s gets one sentence', async (_, data, name, problem) => {
    const r = await extractDocument(data, name);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatch(problem);
  });
});
