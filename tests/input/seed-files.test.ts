// The done-when of issue 10: a .docx pair and a PDF pair of the seed documents, made in the test
// run with ordinary tools (the `docx` package; Chromium printing HTML), align like the text files.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeResources, type NodeResources } from '../../src/cli/resources';
import { loadPdfjsNode } from '../../src/cli/pdfjs-node';
import { buildFileReport } from '../../src/core/file-report';
import { extractDocument } from '../../src/core/input/extract-document';
import type { ExtractedDocument } from '../../src/core/input/extracted';
import type { Report } from '../../src/core/types';
import { remapGold } from '../../scripts/eval/remap-gold';
import { scoreLinks, type GoldAlignment } from '../../scripts/eval/score-links';
import { browserSkipReason } from '../browser/harness';
import { docxFromMarkdown } from './make-docx';
import { htmlFromMarkdown, printPdfs } from './make-pdf';

const ROOT = new URL('../../', import.meta.url).pathname;
const seed = (name: string) => readFileSync(join(ROOT, 'seeds', name), 'utf8');
const ZH = seed('000_c81b22d7163bc932.txt');
const EN = seed('002_80d239db24bf15f2.txt');
const gold = JSON.parse(readFileSync(join(ROOT, 'fixtures/seed-gold.json'), 'utf8')) as GoldAlignment;
const tmp = mkdtempSync(join(tmpdir(), 'duizhao-input-'));

async function extract(bytes: Uint8Array, name: string): Promise<ExtractedDocument> {
  const r = await extractDocument(bytes, name, { loadPdfjs: loadPdfjsNode });
  if (!r.ok) throw new Error(r.problem);
  return r.doc;
}

function expectSeedAlignment(report: Report): void {
  for (const side of [report.source, report.target]) {
    expect(side.extracted).toBeDefined();
    for (const s of side.segments) expect(side.extracted!.slice(s.start, s.end)).toBe(s.text);
  }
  const remapped = remapGold(gold, report.source.extracted!, report.target.extracted!);
  expect(remapped.missing).toBe(0);
  const score = scoreLinks(report, remapped);
  expect(score.f1).toBeGreaterThanOrEqual(0.95);
  expect(score.nullsLeftUnpaired).toBe(score.goldNulls);
  expect(report.flags.some((f) => f.type === 'entity' && f.severity === 'critical' && /Yantai/.test(f.message))).toBe(true);
}

let res: NodeResources;
beforeAll(async () => {
  res = await loadNodeResources();
});

describe('seed pair as .docx files', () => {
  it('gives the text files\' alignment (link F1 ≥ 0.95) and the Yantai flag', async () => {
    const [zh, en] = await Promise.all([extract(await docxFromMarkdown(ZH), 'seed-zh.docx'), extract(await docxFromMarkdown(EN), 'seed-en.docx')]);
    const report = buildFileReport(zh, en, res);
    expect([report.source.format, report.target.format]).toEqual(['docx', 'docx']);
    expectSeedAlignment(report);
  });

  it('the CLI reads them too, and the report carries each side\'s format', async () => {
    const a = join(tmp, 'zh.docx');
    const b = join(tmp, 'en.docx');
    writeFileSync(a, await docxFromMarkdown(ZH));
    writeFileSync(b, await docxFromMarkdown(EN));
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'check', a, b], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.source).toMatchObject({ name: 'zh.docx', format: 'docx', lang: 'zh' });
    expect(report.target).toMatchObject({ name: 'en.docx', format: 'docx', lang: 'en' });
  });
});

describe.skipIf(browserSkipReason() !== null)('seed pair as PDFs printed by Chromium', () => {
  let pdfs: Uint8Array[];
  beforeAll(async () => {
    pdfs = await printPdfs([
      { html: htmlFromMarkdown(ZH, '深圳综合改革试点'), title: '深圳综合改革试点意见' },
      { html: htmlFromMarkdown(EN, 'Shenzhen'), title: 'Opinions on the Shenzhen Pilot' },
      { html: '<!doctype html><html><body><div style="width:300px;height:300px;background:#345"></div></body></html>', title: 'scan', bare: true },
    ]);
  });

  it('gives the text files\' alignment (link F1 ≥ 0.95) and the Yantai flag, without running headers or page numbers', async () => {
    const [zh, en] = await Promise.all([extract(pdfs[0], 'seed-zh.pdf'), extract(pdfs[1], 'seed-en.pdf')]);
    expect(zh.text).not.toMatch(/深圳综合改革试点意见|\d+ \/ \d+/);
    expect(en.text).not.toMatch(/Opinions on the Shenzhen Pilot|\d+ \/ \d+/);
    // Chromium's CJK fonts write 入, 革, 见 … as Kangxi radicals; none survive.
    expect(zh.text).not.toMatch(/[\u2f00-\u2fdf]/u);
    const report = buildFileReport(zh, en, res);
    expect([report.source.format, report.target.format]).toEqual(['pdf', 'pdf']);
    expectSeedAlignment(report);
  });

  it('says a PDF without a text layer needs OCR', async () => {
    const r = await extractDocument(pdfs[2], 'scan.pdf', { loadPdfjs: loadPdfjsNode });
    expect(r).toEqual({ ok: false, problem: expect.stringMatching(/^scan\.pdf has no text layer \(it looks like a scanned image\)/) });
  });
});
