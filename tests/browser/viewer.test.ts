// End-to-end tests of the viewer in Debian's Chromium, on a production build and the real pipeline.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSkipReason, buildViewer, launchBrowser, repoRoot, screenshotDir, serveDirectory, waitForChecked as waitForCheckedPage } from './harness';

const skip = browserSkipReason();
const LOAD = 120_000;

let server: Awaited<ReturnType<typeof serveDirectory>>;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
const pageErrors: string[] = [];
const dialogs: string[] = [];
const foreign: string[] = [];

async function shot(name: string) {
  await mkdir(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`) });
}

/** Rows in the whole alignment (the list is virtualised, so the status bar says, not the DOM). */
async function rowCount(): Promise<number> {
  const text = (await page.locator('.status-bar').textContent()) ?? '';
  return Number(/([\d,]+) rows/.exec(text)![1].replace(/,/g, ''));
}

const waitForChecked = () => waitForCheckedPage(page, LOAD);

const markupZh =
  '第一条 为了规范全省数据管理工作，保障数据安全，促进数据开发利用，制定本办法。<script>window.__pwned = 1; alert(1)</script>\n\n' +
  '第二条 本办法适用于本省行政区域内的数据处理活动及其监督管理。<img src=x onerror="window.__pwned = 2; alert(2)">\n\n' +
  '第三条 本办法自发布之日起施行。';
const markupEn =
  'Article 1 These measures are formulated to regulate data management in the province, protect data security and promote the use of data. <script>window.__pwned = 3; alert(3)</script>\n\n' +
  'Article 2 These measures apply to data processing activities and their supervision within the administrative region of the province. <img src=x onerror="window.__pwned = 4">\n\n' +
  'Article 3 These measures take effect on the date of issue.';

async function openTexts(source: string, target: string) {
  await page.getByRole('button', { name: 'Open…' }).click();
  await page.locator('textarea[data-side=source]').fill(source);
  await page.locator('textarea[data-side=target]').fill(target);
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
}

describe.skipIf(skip)('viewer in Chromium', () => {
  beforeAll(async () => {
    const dir = await buildViewer();
    server = await serveDirectory(dir);
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(server.url) && !url.startsWith('blob:') && !url.startsWith('data:')) foreign.push(url);
    });
    await page.goto(server.url);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens the seed pair in a worker, clause numbers on both sides', async () => {
    await waitForChecked();
    await expect.poll(() => page.locator('.status-bar').textContent()).toContain('Worker');
    expect(await rowCount()).toBeGreaterThan(50);
    const numbers = page.locator('.row .clause-number');
    expect(await page.locator('.cell-source .clause-number').count()).toBeGreaterThan(0);
    expect(await page.locator('.cell-target .clause-number').count()).toBeGreaterThan(0);
    expect(await numbers.first().isVisible()).toBe(true);
    await shot('01-seed-pair');
  }, LOAD);

  it('finds the Yantai flag, shows both clauses, and keeps it dismissed after a reload', async () => {
    const card = page.locator('.flag-card', { hasText: 'Yantian Port' }).first();
    await card.waitFor({ timeout: LOAD });
    await card.click();
    const row = page.locator('.row.is-flag-focus').first();
    await row.waitFor();
    await expect.poll(() => row.locator('.cell-source .clause.is-flagged').count()).toBeGreaterThan(0);
    await expect.poll(() => row.locator('.cell-target .clause.is-flagged').count()).toBeGreaterThan(0);
    expect(await row.locator('.cell-target .clause.is-flagged').textContent()).toMatch(/Yantai/);
    await shot('02-yantai-flag');

    await card.getByRole('button', { name: 'Dismiss', exact: true }).click();
    await expect.poll(() => card.getAttribute('data-status')).toBe('dismissed');
    // A dismissed flag no longer colours its row.
    await expect.poll(() => page.locator('.row.is-flag-focus').first().getAttribute('class')).not.toContain('worst-critical');
    await page.locator('[data-save=saved]').waitFor();
    await page.reload();
    await waitForChecked();
    const again = page.locator('.flag-card', { hasText: 'Yantian Port' }).first();
    await again.waitFor({ timeout: LOAD });
    expect(await again.getAttribute('data-status')).toBe('dismissed');
  }, 3 * LOAD);

  it('merges two rows and undoes the merge', async () => {
    const before = await rowCount();
    const first = page.locator('.row[data-row="1"] .clause').first();
    await first.click();
    await page.getByRole('button', { name: /^Merge/ }).click();
    await expect.poll(rowCount).toBe(before - 1);
    await shot('03-merged');
    await page.keyboard.press('Control+z');
    await expect.poll(rowCount).toBe(before);
  }, LOAD);

  it('re-checks the pairs a correction changed: unlinking the Yantai clause clears its flag, undo brings it back', async () => {
    const card = page.locator('.flag-card', { hasText: 'Yantian Port' }).first();
    await card.click();
    const clause = page.locator('.row.is-flag-focus .cell-target .clause.is-flagged .clause-text').first();
    await clause.click();
    await page.keyboard.press('u');
    await expect.poll(() => page.locator('.flag-card', { hasText: 'Yantian Port' }).count()).toBe(0);
    await shot('10-unlinked');
    await page.keyboard.press('Control+z');
    await page.locator('.flag-card', { hasText: 'Yantian Port' }).first().waitFor();
  }, LOAD);

  it('splits a clause where the reader clicked, and undoes it with the keyboard', async () => {
    const before = await rowCount();
    const clause = page.locator('.cell-target .clause-text').nth(1);
    await clause.scrollIntoViewIfNeeded();
    // Click the middle of a character inside the text (not a guessed box corner, which a sticky
    // header or a late virtual-row layout can cover), and click again until the caret shows.
    await expect
      .poll(async () => {
        const point = await clause.evaluate((el) => {
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          for (let t = walker.nextNode(); t; t = walker.nextNode()) {
            if ((t.textContent ?? '').length < 8) continue;
            const range = document.createRange();
            range.setStart(t, 5);
            range.setEnd(t, 6);
            const r = range.getBoundingClientRect();
            const x = r.left + r.width / 2;
            const y = r.top + r.height / 2;
            return el.contains(document.elementFromPoint(x, y)) ? { x, y } : null;
          }
          return null;
        });
        if (!point) {
          await clause.scrollIntoViewIfNeeded();
          return false;
        }
        await page.mouse.click(point.x, point.y);
        return page.locator('.caret').isVisible();
      }, { timeout: 20_000 })
      .toBe(true);
    // Both halves stay in the pair: the rows stay as many, the clauses one more.
    const clauses = async () => Number(/\+ ([\d,]+) clauses/.exec((await page.locator('.status-bar').textContent()) ?? '')![1].replace(/,/g, ''));
    const target = await clauses();
    await page.keyboard.press('s');
    await expect.poll(clauses).toBe(target + 1);
    expect(await rowCount()).toBe(before);
    await page.keyboard.press('Control+z');
    await expect.poll(clauses).toBe(target);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(clauses).toBe(target + 1);
    await page.keyboard.press('Control+z');
    await expect.poll(clauses).toBe(target);
  }, LOAD);

  it('steps through flags with n and p, and searches both languages with /', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('n');
    await page.locator('.flag-card.is-selected').waitFor();
    const first = await page.locator('.flag-card.is-selected').getAttribute('data-flag');
    await page.keyboard.press('n');
    await expect.poll(() => page.locator('.flag-card.is-selected').getAttribute('data-flag')).not.toBe(first);
    await page.keyboard.press('p');
    await expect.poll(() => page.locator('.flag-card.is-selected').getAttribute('data-flag')).toBe(first);

    await page.keyboard.press('/');
    await page.keyboard.type('盐田港');
    await page.keyboard.press('Enter');
    // Search runs as the reader types: wait for the whole query's marks, not the first keystrokes'.
    await expect.poll(() => page.locator('.cell-source .mark-search').first().textContent(), { timeout: 20_000 }).toBe('盐田港');
    await page.locator('input[type=search]').fill('Yantai');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.cell-target .mark-search').first().textContent(), { timeout: 20_000 }).toBe('Yantai');
    await shot('09-search');
    await page.locator('input[type=search]').fill('');
    await page.keyboard.press('Escape');
  }, LOAD);

  it('exports the review as one JSON file and imports it back', async () => {
    const review = JSON.parse(await download('review'));
    expect(review.format).toBe('duizhao-review');
    expect(review.log.done.some((a: { kind: string; status?: string }) => a.kind === 'decide' && a.status === 'dismissed')).toBe(true);
    await page.getByRole('button', { name: /Export/ }).click();
    await page.locator('input[data-import=review]').setInputFiles({ name: 'review.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(review)) });
    await page.locator('.banner', { hasText: 'Review imported' }).waitFor();
    await page.locator('.banner').getByRole('button', { name: 'OK' }).click();
  }, LOAD);

  it('exports TMX with one translation unit per two-sided pair', async () => {
    const json = await download('json');
    const report = JSON.parse(json) as { pairs: { source: string[]; target: string[] }[] };
    const twoSided = report.pairs.filter((p) => p.source.length > 0 && p.target.length > 0).length;
    const tmx = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'tu' || name === 'tuv' }).parse(await download('tmx'));
    expect(tmx.tmx['@_version']).toBe('1.4');
    expect(tmx.tmx.body.tu).toHaveLength(twoSided);
    expect(tmx.tmx.body.tu[0].tuv).toHaveLength(2);
  }, LOAD);

  it('reads in the other modes and shows pinyin and glosses on a Chinese word', async () => {
    await page.locator('[data-mode=interleaved]').click();
    await page.locator('.row.mode-interleaved').first().waitFor();
    await shot('04-interleaved');
    await page.locator('[data-mode=both]').click();
    // Click the middle of a Han character (not punctuation) in a Chinese clause on screen.
    const at = (await page.evaluate(`(() => {
      const scroller = document.querySelector('.scroller').getBoundingClientRect();
      for (const el of document.querySelectorAll('.cell-source .clause-text')) {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const i = node.data.search(/\\p{Script=Han}{2}/u);
          if (i < 0) continue;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const r = range.getBoundingClientRect();
          if (r.top > scroller.top + 4 && r.bottom < scroller.bottom - 4) return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }
      }
      return null;
    })()`)) as { x: number; y: number } | null;
    expect(at).not.toBeNull();
    await page.mouse.click(at!.x, at!.y);
    const pop = page.locator('.word-popover');
    await pop.waitFor({ timeout: 30_000 });
    expect(await pop.locator('.pinyin').textContent()).toMatch(/[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]/);
    await shot('05-word-popover');
    await page.keyboard.press('Escape');
    await pop.waitFor({ state: 'detached' });
    // Scrolled away from, the popover would sit over other text: it closes.
    await page.mouse.click(at!.x, at!.y);
    await pop.waitFor({ timeout: 30_000 });
    await page.locator('.scroller').evaluate((el) => el.scrollBy(0, 300));
    await pop.waitFor({ state: 'detached' });
  }, LOAD);

  it('shows markup in a document as text and runs none of it', async () => {
    // The file names carry markup too: they are shown in the column titles.
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.locator('input[type=file][data-side=source]').setInputFiles({ name: '<img src=x onerror="window.__pwned=5">.txt', mimeType: 'text/plain', buffer: Buffer.from(markupZh) });
    await page.locator('input[type=file][data-side=target]').setInputFiles({ name: '<script>window.__pwned=6</script>.txt', mimeType: 'text/plain', buffer: Buffer.from(markupEn) });
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await waitForChecked();
    // Whatever markup the cleaner keeps in a clause is shown as its characters.
    // The previous document's rows are on screen until this one's arrive: wait for them, not for a progress
    // bar that may not have appeared yet.
    await expect.poll(() => page.locator('.scroller').textContent(), { timeout: LOAD }).toContain('<script>window.__pwned = 3');
    expect(await page.locator('.columns').textContent()).toContain('<img src=x onerror="window.__pwned=5">.txt');
    expect(await page.locator('.columns').textContent()).toContain('<script>window.__pwned=6</script>.txt');
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('.app img, .app script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await shot('06-markup-as-text');
  }, LOAD);

  it('says in one sentence why two English files cannot be compared', async () => {
    await openTexts('These measures apply to the province.', 'They take effect on the date of issue.');
    const problem = page.getByTestId('input-problem');
    await problem.waitFor({ timeout: LOAD });
    expect(await problem.textContent()).toMatch(/^Both files are in English/);
    await shot('07-same-language');
  }, LOAD);

  it('warns when the two documents hardly match (not an original and its translation)', async () => {
    const seed = (f: string) => readFile(join(repoRoot, 'seeds', f), 'utf8');
    const [other, en] = await Promise.all([seed('001_8ce3626b362c9b49.txt'), seed('002_80d239db24bf15f2.txt')]);
    await openTexts(other, en);
    await waitForChecked();
    const notes = page.getByTestId('pipeline-notes');
    await notes.waitFor({ timeout: LOAD });
    expect(await notes.textContent()).toMatch(/share few words/);
    await shot('11-unrelated-documents');
    await notes.getByRole('button', { name: 'OK' }).click();
    await notes.waitFor({ state: 'detached' });
  }, LOAD);

  it('checks against a glossary given in the Open dialog, says which lines it could not use, and keeps it after a reload', async () => {
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.locator('textarea[data-side=source]').fill(markupZh);
    await page.locator('textarea[data-side=target]').fill(markupEn);
    const csv = 'Chinese,English\n施行,enter into force\nan English line only\n';
    await page.locator('input[type=file][data-open=glossary]').setInputFiles({ name: 'terms.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => page.getByTestId('glossary-summary').textContent()).toBe('terms.csv · 1 term');
    const problems = page.getByTestId('glossary-problems').locator('li');
    expect(await problems.allTextContents()).toEqual([expect.stringMatching(/^Line 3: Expected 2 columns/)]);
    await shot('12-glossary-in-dialog');
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await waitForChecked();
    const card = page.locator('.flag-card', { hasText: 'enter into force' }).first();
    await card.waitFor({ timeout: LOAD });
    expect(await card.textContent()).toMatch(/施行/);
    expect(await page.getByTestId('glossary-status').textContent()).toBe('Glossary: 1 term');
    await shot('13-glossary-flag');
    await page.reload();
    await waitForChecked();
    await page.locator('.flag-card', { hasText: 'enter into force' }).first().waitFor({ timeout: LOAD });
  }, 2 * LOAD);

  it('opens a report file as it is, rejects a file that is not one in one sentence, and re-checks a corrected pair', async () => {
    const sample = await readFile(join(repoRoot, 'fixtures', 'sample-report.json'));
    const pairs = (JSON.parse(sample.toString()) as { pairs: unknown[] }).pairs.length;
    await page.getByRole('button', { name: 'Open…' }).click();
    const input = page.locator('input[type=file][data-open=report]');
    await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"duizhao-review","version":1}') });
    expect(await page.getByTestId('report-problem').textContent()).toBe('notes.json: This file is not a Duizhao report (format "duizhao-report").');
    await input.setInputFiles({ name: 'sample-report.json', mimeType: 'application/json', buffer: sample });
    await expect.poll(rowCount).toBe(pairs);
    // Shown as it is: the pipeline never reported progress for this view.
    expect(await page.evaluate(() => performance.getEntriesByName('duizhao:resources-ready').length)).toBe(0);
    const card = page.locator('.flag-card', { hasText: 'Yantian Port' }).first();
    await card.waitFor();
    expect(await page.locator('.status-bar').textContent()).toContain('Report file sample-report.json');
    await shot('14-report-opened');
    await card.click();
    await page.locator('.row.is-flag-focus .cell-target .clause.is-flagged .clause-text').first().click();
    await page.keyboard.press('u');
    await expect.poll(() => page.locator('.flag-card', { hasText: 'Yantian Port' }).count(), { timeout: LOAD }).toBe(0);
    await page.keyboard.press('Control+z');
    await page.locator('.flag-card', { hasText: 'Yantian Port' }).first().waitFor({ timeout: LOAD });
    await page.reload();
    await expect.poll(rowCount, { timeout: LOAD }).toBe(pairs);
  }, 2 * LOAD);

  it('cancels a run and can compare again', async () => {
    const seed = (f: string) => readFile(join(repoRoot, 'seeds', f), 'utf8');
    const [zh, en] = await Promise.all([seed('000_c81b22d7163bc932.txt'), seed('002_80d239db24bf15f2.txt')]);
    await openTexts(zh.repeat(4), en.repeat(4));
    await page.locator('.progress').getByRole('button', { name: 'Cancel' }).click();
    await page.locator('.banner', { hasText: 'Cancelled' }).waitFor();
    await shot('08-cancelled');
    await openTexts(markupZh, markupEn);
    await waitForChecked();
    expect(await rowCount()).toBeGreaterThan(0);
  }, 2 * LOAD);

  it('runs the same pipeline on the main thread when no worker can start', async () => {
    await page.goto(`${server.url}?no-worker`);
    await page.locator('.banner', { hasText: 'Running on the main thread' }).waitFor({ timeout: LOAD });
    await waitForChecked();
    expect(await page.locator('.status-bar').textContent()).toContain('Main thread');
    expect(await rowCount()).toBeGreaterThan(0);
  }, LOAD);

  it('made no request beyond its own origin and raised no page error', () => {
    expect(foreign).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

async function download(kind: string): Promise<string> {
  await page.getByRole('button', { name: /Export/ }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export=${kind}]`).click()]);
  return readFile((await file.path())!, 'utf8');
}
