// End-to-end tests of a reviewer's day in Chromium: correcting the translation in place, bulk
// decisions and lasting ignore rules, confirming links, filtered exports, and a split that keeps
// the pair whole. Production build, real pipeline, the seed pair.
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

async function shot(name: string) {
  await mkdir(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`) });
}

const waitForChecked = () => waitForCheckedPage(page, LOAD);

async function waitForRecheck() {
  await expect.poll(() => page.locator('.status-bar').textContent(), { timeout: LOAD }).not.toContain('Re-checking');
}

async function download(kind: string, filters: string[] = []): Promise<string> {
  await page.getByRole('button', { name: /Export/ }).click();
  for (const f of filters) await page.locator(`[data-filter=${f}]`).check();
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export=${kind}]`).click()]);
  return readFile((await file.path())!, 'utf8');
}

const severityCount = async (sev: string) => Number(await page.locator(`.chip.sev-${sev} b`).textContent());
const selectedRow = async () => Number(await page.locator('.row.is-selected').first().getAttribute('data-row'));

describe.skipIf(skip)("a reviewer's day in Chromium", () => {
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

  it('corrects Yantai to Yantian in place: the critical flag goes, the correction survives a reload and is exported', async () => {
    // The flags panel takes the report's flags in an effect after the commit that clears 'Checking…': poll, as below.
    await expect.poll(() => severityCount('critical'), { timeout: LOAD }).toBe(1);
    await page.locator('.flag-card', { hasText: 'Yantian Port' }).first().click();
    await page.locator('.row.is-flag-focus .cell-target .clause.is-flagged .clause-text').first().click();
    await page.keyboard.press('e');
    const editor = page.getByTestId('clause-editor');
    await editor.waitFor();
    const text = await editor.inputValue();
    expect(text).toContain('Yantai Port');
    await shot('21-correcting-in-place');
    await editor.fill(text.replace('Yantai Port', 'Yantian Port'));
    await editor.press('Enter');
    await expect.poll(() => severityCount('critical'), { timeout: LOAD }).toBe(0);
    await waitForRecheck();
    expect(await page.locator('.row.is-selected .cell-target').textContent()).toContain('Support Yantian Port');
    await shot('22-corrected');

    await page.locator('[data-save=saved]').waitFor();
    await page.reload();
    await waitForChecked();
    await expect.poll(() => severityCount('critical'), { timeout: LOAD }).toBe(0);
    await page.locator('input[type=search]').fill('Support Yantian');
    await expect.poll(() => page.locator('.cell-target .mark-search').first().textContent(), { timeout: 20_000 }).toBe('Support Yantian');
    await page.locator('input[type=search]').fill('');
    await page.keyboard.press('Escape');

    const corrected = await download('text');
    const original = await readFile(join(repoRoot, 'seeds', '002_80d239db24bf15f2.txt'), 'utf8');
    expect(corrected).toBe(original.replace('Support Yantai Port', 'Support Yantian Port'));

    // Undo takes the correction back, and the flag with it.
    await page.keyboard.press('Control+z');
    await expect.poll(() => severityCount('critical'), { timeout: LOAD }).toBe(1);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => severityCount('critical'), { timeout: LOAD }).toBe(0);
  }, 3 * LOAD);

  it('dismisses every flag of one type in one action, and they stay dismissed after a reload', async () => {
    const additions = page.locator('.flag-card[data-type=addition]');
    const n = await additions.count();
    expect(n).toBeGreaterThan(1);
    await additions.first().click();
    await page.locator('.flag-card.is-selected [data-like-scope]').selectOption('type');
    await page.locator('.flag-card.is-selected [data-bulk=dismissed]').click();
    await expect.poll(() => page.locator('.flag-card[data-type=addition][data-status=dismissed]').count()).toBe(n);
    await shot('23-bulk-dismissed');
    await page.locator('[data-save=saved]').waitFor();
    await page.reload();
    await waitForChecked();
    await expect.poll(() => page.locator('.flag-card[data-type=addition][data-status=dismissed]').count(), { timeout: LOAD }).toBe(n);
    // One action, one undo step.
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.flag-card[data-type=addition][data-status=dismissed]').count()).toBe(0);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => page.locator('.flag-card[data-type=addition][data-status=dismissed]').count()).toBe(n);
  }, 3 * LOAD);

  it('confirms three pairs with the keyboard, counts them, and jumps to the next unconfirmed pair', async () => {
    const total = Number(/of ([\d,]+) pairs confirmed/.exec((await page.getByTestId('confirmed-status').textContent())!)![1].replace(/,/g, ''));
    await page.locator('.row[data-row="3"] .clause-text').first().click();
    for (let i = 0; i < 3; i++) await page.keyboard.press('c');
    await expect.poll(() => page.getByTestId('confirmed-status').textContent()).toBe(`3 of ${total.toLocaleString('en')} pairs confirmed`);
    expect(await page.locator('.row[data-confirmed]').count()).toBe(3);
    expect(await selectedRow()).toBe(6);
    for (let i = 0; i < 3; i++) await page.keyboard.press('k');
    expect(await selectedRow()).toBe(3);
    await page.keyboard.press('x');
    await expect.poll(selectedRow).toBe(6);
    // The selected row is on screen with its top visible.
    const view = (await page.getByTestId('scroller').boundingBox())!;
    const row = (await page.locator('.row.is-selected').first().boundingBox())!;
    expect(row.y).toBeGreaterThanOrEqual(view.y - 1);
    expect(row.y).toBeLessThan(view.y + view.height);
    await shot('24-confirmed');
    // After Escape, j continues from the last selected clause, not from row 1.
    await page.keyboard.press('Escape');
    await page.keyboard.press('j');
    await expect.poll(selectedRow).toBe(7);
  }, LOAD);

  it('exports TMX of the confirmed pairs only, and says so in its header', async () => {
    const tmx = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'tu' || name === 'prop' }).parse(await download('tmx', ['confirmed']));
    expect(tmx.tmx.body.tu).toHaveLength(3);
    expect(tmx.tmx.header.prop.map((p: { '#text': string }) => p['#text'])).toContain('Only pairs a person confirmed.');
  }, LOAD);

  it('splits a clause: both halves stay in one pair, the selection stays, and no omission flag appears', async () => {
    const before = await page.locator('.flag-card[data-type=omission], .flag-card[data-type=addition]').count();
    const rows = Number(/([\d,]+) rows/.exec((await page.locator('.status-bar').textContent())!)![1].replace(/,/g, ''));
    const clause = page.locator('.row[data-row="8"] .cell-target .clause-text').first();
    await clause.scrollIntoViewIfNeeded();
    await expect
      .poll(async () => {
        const point = await clause.evaluate((el) => {
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          for (let t = walker.nextNode(); t; t = walker.nextNode()) {
            if ((t.textContent ?? '').length < 30) continue;
            const range = document.createRange();
            range.setStart(t, 20);
            range.setEnd(t, 21);
            const r = range.getBoundingClientRect();
            return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
          }
          return null;
        });
        if (!point) return false;
        await page.mouse.click(point.x, point.y);
        return page.locator('.caret').isVisible();
      }, { timeout: 20_000 })
      .toBe(true);
    await page.keyboard.press('s');
    await expect.poll(() => page.locator('.row[data-row="8"] .cell-target .clause').count()).toBeGreaterThan(1);
    await waitForRecheck();
    expect(Number(/([\d,]+) rows/.exec((await page.locator('.status-bar').textContent())!)![1].replace(/,/g, ''))).toBe(rows);
    expect(await page.locator('.flag-card[data-type=omission], .flag-card[data-type=addition]').count()).toBe(before);
    expect(await page.locator('.row[data-row="8"] .clause.is-selected').count()).toBe(1);
    await shot('25-split-in-one-pair');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.row[data-row="8"] .cell-target .clause').count()).toBe(1);
  }, LOAD);

  it('adds a lasting ignore rule that applies to a second document, lists it, and removes it', async () => {
    const card = page.locator('.flag-card[data-type=terminology]').first();
    await card.click();
    await page.locator('.flag-card.is-selected [data-ignore-rule]').click();
    await page.locator('.banner', { hasText: 'Ignore rule added' }).waitFor();
    await expect.poll(() => card.getAttribute('data-status')).toBe('dismissed');
    await page.locator('.banner').getByRole('button', { name: 'OK' }).click();

    // A second document: the seed pair with a paragraph more on each side.
    const seed = (f: string) => readFile(join(repoRoot, 'seeds', f), 'utf8');
    const [zh, en] = await Promise.all([seed('000_c81b22d7163bc932.txt'), seed('002_80d239db24bf15f2.txt')]);
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.locator('textarea[data-side=source]').fill(`${zh}\n\n本办法自发布之日起施行。\n`);
    await page.locator('textarea[data-side=target]').fill(`${en}\n\nThese measures take effect on the date of issue.\n`);
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await waitForChecked();
    const again = page.locator('.flag-card[data-type=terminology]').first();
    await again.waitFor({ timeout: LOAD });
    expect(await again.getAttribute('data-status')).toBe('dismissed');
    expect(await again.locator('.status-badge').textContent()).toBe('ignored');
    // A document not decided on yet: its other flags are open.
    expect(await page.locator('.flag-card[data-type=entity]').first().getAttribute('data-status')).toBe('open');

    await page.getByTestId('rules-button').click();
    const list = page.getByTestId('rules-list');
    expect(await list.locator('li').count()).toBe(1);
    await shot('26-ignore-rules');
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export-rules]').click()]);
    const exported = JSON.parse(await readFile((await file.path())!, 'utf8'));
    expect(exported.format).toBe('duizhao-ignore-rules');
    await list.getByRole('button', { name: /^Remove rule/ }).click();
    await page.locator('.rules-dialog .panel-note').waitFor();
    await page.locator('input[data-import=rules]').setInputFiles({ name: 'rules.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
    await expect.poll(() => list.locator('li').count()).toBe(1);
    await list.getByRole('button', { name: /^Remove rule/ }).click();
    await page.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => again.getAttribute('data-status')).toBe('open');
  }, 3 * LOAD);

  it('detects a Chinese page full of markup and links as Chinese, and takes a language set in the Open dialog', async () => {
    const link = (i: number) => `<a href="https://www.example.gov.cn/zhengce/content/2024-08/30/content_${i}.htm" target="_blank" rel="noopener noreferrer">`;
    const zh = `<div class="article-body" style="font-family: Arial, Helvetica, sans-serif">${[1, 2, 3]
      .map((i) => `<p>${link(i)}第${i}条</a> 本办法适用于本省行政区域内的数据处理活动。</p>`)
      .join('\n')}</div>`;
    const en = 'Article 1 These measures apply to data processing activities.\n\nArticle 2 These measures apply.\n\nArticle 3 These measures apply.';
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.locator('textarea[data-side=source]').fill(zh);
    await page.locator('textarea[data-side=target]').fill(en);
    await page.locator('select[data-lang=source]').selectOption('');
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await waitForChecked();
    expect(await page.locator('.column-title').first().textContent()).toContain('Chinese');

    // Two English texts, the user saying the first is Chinese: compared, not refused.
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.locator('textarea[data-side=source]').fill('Reform and opening up. The city grows.');
    await page.locator('textarea[data-side=target]').fill('The city grows. Reform continues.');
    await page.locator('select[data-lang=source]').selectOption('zh');
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await waitForChecked();
    expect(await page.getByTestId('input-problem').count()).toBe(0);
    expect(await page.locator('.column-title').first().textContent()).toContain('Chinese');
  }, 2 * LOAD);

  it('fetched the dictionary once: later runs reuse the worker, reloads read it from the Cache API', () => {
    expect(server.requests.filter((r) => r.includes('cedict-index'))).toHaveLength(1);
  });

  it('raised no page error', () => {
    expect(pageErrors).toEqual([]);
  });
});
