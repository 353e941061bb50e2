// End-to-end: the viewer opens Word, PDF and TMX files through the input layer in its worker.
import { readFileSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocx } from '../../src/core/input/extract-docx';
import { writeTmx } from '../../src/export/tmx';
import { loadSampleReport } from '../export/report-builder';
import { docxFromMarkdown } from '../input/make-docx';
import JSZip from 'jszip';
import { htmlFromMarkdown, printPdfs } from '../input/make-pdf';
import { browserSkipReason, buildViewer, launchBrowser, repoRoot, screenshotDir, serveDirectory, waitForChecked as waitForCheckedPage } from './harness';

const skip = browserSkipReason();
const LOAD = 120_000;
const seed = (name: string) => readFileSync(join(repoRoot, 'seeds', name), 'utf8');
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

let server: Awaited<ReturnType<typeof serveDirectory>>;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
const pageErrors: string[] = [];

const waitForChecked = () => waitForCheckedPage(page, LOAD);

async function openPair(files: Array<{ name: string; mimeType: string; buffer: Buffer }>, format: string) {
  await page.getByRole('button', { name: 'Open…' }).click();
  await page.locator('input[type=file][data-side=source]').setInputFiles(files[0]);
  await page.locator('input[type=file][data-side=target]').setInputFiles(files[1]);
  // Each side shows what the worker read: the file, its size in characters and its format.
  await expect
    .poll(() => page.locator('.dialog .drop-zone').allTextContents(), { timeout: LOAD, interval: 500 })
    .toEqual([expect.stringMatching(new RegExp(`characters · ${format}`)), expect.stringMatching(new RegExp(`characters · ${format}`))]);
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await waitForChecked();
}

describe.skipIf(skip)('viewer opens documents as they arrive', () => {
  beforeAll(async () => {
    const dir = await buildViewer();
    server = await serveDirectory(dir);
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(server.url);
    await waitForChecked();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens a .docx pair in the worker, finds the Yantai flag, and exports the corrected translation as .docx', async () => {
    const [zh, en] = await Promise.all([docxFromMarkdown(seed('000_c81b22d7163bc932.txt')), docxFromMarkdown(seed('002_80d239db24bf15f2.txt'))]);
    await openPair(
      [
        { name: 'seed-zh.docx', mimeType: DOCX, buffer: Buffer.from(zh) },
        { name: 'seed-en.docx', mimeType: DOCX, buffer: Buffer.from(en) },
      ],
      'docx',
    );
    await expect.poll(() => page.locator('.status-bar').textContent()).toContain('Worker');
    expect(await page.locator('.columns').textContent()).toContain('seed-zh.docx');
    await page.locator('.flag-card', { hasText: 'Yantian Port' }).first().waitFor({ timeout: LOAD });
    // Word headings arrive as headings: the first section's clause number is shown.
    expect(await page.locator('.scroller').textContent()).toContain('总体要求');
    await mkdir(screenshotDir, { recursive: true });
    await page.screenshot({ path: join(screenshotDir, '20-docx-pair.png') });

    // Corrected in place, the translation exports as a Word file with the correction in it.
    await page.locator('.flag-card', { hasText: 'Yantian Port' }).first().click();
    await page.locator('.row.is-flag-focus .cell-target .clause.is-flagged .clause-text').first().click();
    await page.keyboard.press('e');
    const editor = page.getByTestId('clause-editor');
    await editor.waitFor();
    await editor.fill((await editor.inputValue()).replace('Yantai Port', 'Yantian Port'));
    await editor.press('Enter');
    await expect.poll(() => page.locator('.status-bar').textContent(), { timeout: LOAD }).not.toContain('Re-checking');
    await page.getByRole('button', { name: /Export/ }).click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export=docx]').click()]);
    expect(file.suggestedFilename()).toBe('seed-en.corrected.docx');
    const read = await extractDocx(await readFile((await file.path())!), 'seed-en.corrected.docx');
    if (!read.ok) throw new Error(read.problem);
    const before = await extractDocx(en, 'seed-en.docx');
    if (!before.ok) throw new Error(before.problem);
    expect(before.doc.text).toContain('Support Yantai Port');
    // Paragraph for paragraph the file the user gave, with the one correction.
    expect(read.doc.text).toBe(before.doc.text.replace('Support Yantai Port', 'Support Yantian Port'));
    // Written into the user's own file, not a new one: its properties part (author, dates) is the original's.
    const core = async (bytes: Uint8Array) => (await JSZip.loadAsync(bytes)).file('docProps/core.xml')!.async('string');
    expect(await core(await readFile((await file.path())!))).toBe(await core(en));
    expect(pageErrors).toEqual([]);
  }, 3 * LOAD);

  it('opens a PDF pair printed by Chromium', async () => {
    const [zh, en] = await printPdfs([
      { html: htmlFromMarkdown(seed('000_c81b22d7163bc932.txt'), 'zh'), title: '深圳综合改革试点意见' },
      { html: htmlFromMarkdown(seed('002_80d239db24bf15f2.txt'), 'en'), title: 'Opinions on the Shenzhen Pilot' },
    ]);
    await openPair(
      [
        { name: 'seed-zh.pdf', mimeType: 'application/pdf', buffer: Buffer.from(zh) },
        { name: 'seed-en.pdf', mimeType: 'application/pdf', buffer: Buffer.from(en) },
      ],
      'pdf',
    );
    await page.locator('.flag-card', { hasText: 'Yantian Port' }).first().waitFor({ timeout: LOAD });
    expect(pageErrors).toEqual([]);
  }, 3 * LOAD);

  it('opens a TMX as a checked report, one row per unit', async () => {
    const report = loadSampleReport();
    const units = report.pairs.filter((p) => p.source.length > 0 && p.target.length > 0).length;
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.locator('input[type=file][data-side=source]').setInputFiles({ name: 'memory.tmx', mimeType: 'application/xml', buffer: Buffer.from(writeTmx(report)) });
    await waitForChecked();
    await expect.poll(() => page.locator('.status-bar').textContent()).toContain(`${units} rows`);
    expect(await page.locator('.columns').textContent()).toContain('memory.tmx');
  }, 2 * LOAD);
});
