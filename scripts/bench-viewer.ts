// Viewer benchmark in Chromium: time to first rows and to a fully checked view for the seed pair
// (cold page: worker start and dictionary load included) and for a pair 20 times its size (warm
// worker), plus the longest main-thread task during the big run and scrolling frame times.
//   npx tsx scripts/bench-viewer.ts [--times 20]
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { browserSkipReason, buildViewer, launchBrowser, repoRoot, serveDirectory } from '../tests/browser/harness';

const times = Number(process.argv[process.argv.indexOf('--times') + 1]) || 20;
const TIMEOUT = 30 * 60_000;

interface Figures {
  resourcesMs: number;
  firstRowsMs: number;
  checkedMs: number;
  rows: number;
  flags: number;
}

// Page-side code is passed as strings: tsx would wrap named inner functions in a helper the page lacks.
const MARKS_JS = `(() => {
  const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
  const open = at('duizhao:open');
  const status = document.querySelector('.status-bar')?.textContent ?? '';
  const flags = document.querySelector('.flags-panel h2 .count')?.textContent ?? '0';
  return {
    resourcesMs: at('duizhao:resources-ready') - open,
    firstRowsMs: at('duizhao:first-rows') - open,
    checkedMs: at('duizhao:checked') - open,
    rows: Number(/([\\d,]+) rows/.exec(status)?.[1].replace(/,/g, '') ?? NaN),
    flags: Number(flags.split(' ').pop()),
  };
})()`;

async function marks(page: Page): Promise<Figures> {
  return page.evaluate(MARKS_JS) as Promise<Figures>;
}

const WATCH_LONG_TASKS_JS = `(() => {
  window.__longest = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
  }).observe({ type: 'longtask', buffered: false });
})()`;

const SCROLL_JS = `(async () => {
  const el = document.querySelector('.scroller');
  const gaps = [];
  let last = performance.now();
  for (let y = 0; y < el.scrollHeight; y += el.clientHeight / 2) {
    el.scrollTop = y;
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    const now = performance.now();
    gaps.push(now - last);
    last = now;
  }
  gaps.sort((a, b) => a - b);
  return { frames: gaps.length, median: gaps[Math.floor(gaps.length / 2)], p95: gaps[Math.floor(gaps.length * 0.95)], max: gaps[gaps.length - 1] };
})()`;

async function waitChecked(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName('duizhao:checked').length > 0 || document.querySelector('.problem-panel'), undefined, { timeout: TIMEOUT, polling: 200 });
  const problem = await page.locator('.problem-panel').textContent({ timeout: 100 }).catch(() => null);
  if (problem) throw new Error(`The viewer reported: ${problem}`);
}

/** Repeats a document `n` times; the YAML front matter, if any, only once at the top. */
function repeat(text: string, n: number): string {
  const m = /^---\n[\s\S]*?\n---\n/.exec(text);
  const head = m ? m[0] : '';
  const body = text.slice(head.length);
  return head + Array.from({ length: n }, () => body).join('\n\n');
}

async function main() {
  const skip = browserSkipReason();
  if (skip) return;
  const seed = (f: string) => readFile(join(repoRoot, 'seeds', f), 'utf8');
  const [zh, en] = await Promise.all([seed('000_c81b22d7163bc932.txt'), seed('002_80d239db24bf15f2.txt')]);
  const dir = await buildViewer();
  const server = await serveDirectory(dir);
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    await page.goto(server.url);
    await waitChecked(page);
    const small = await marks(page);

    // Long tasks on the main thread during the big run tell whether the page froze.
    await page.evaluate(WATCH_LONG_TASKS_JS);
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.locator('input[type=file][data-side=source]').setInputFiles({ name: `seed-zh-x${times}.txt`, mimeType: 'text/plain', buffer: Buffer.from(repeat(zh, times)) });
    await page.locator('input[type=file][data-side=target]').setInputFiles({ name: `seed-en-x${times}.txt`, mimeType: 'text/plain', buffer: Buffer.from(repeat(en, times)) });
    await page.getByRole('button', { name: 'Compare' }).click();
    await waitChecked(page);
    const big = await marks(page);
    const longestTask = (await page.evaluate('window.__longest')) as number;

    // Scroll the whole list in steps, one per frame, and time the frames.
    const frames = (await page.evaluate(SCROLL_JS)) as { frames: number; median: number; p95: number; max: number };

    const ms = (n: number) => `${(n / 1000).toFixed(2)} s`;
    console.log(`Viewer benchmark (Chromium ${browser.context.browser()?.version() ?? ''}, production build)`);
    console.log(`seed pair (cold page): resources ${ms(small.resourcesMs)}, first rows ${ms(small.firstRowsMs)}, fully checked ${ms(small.checkedMs)}; ${small.rows} rows, ${small.flags} flags`);
    console.log(`seed pair x${times} (warm worker): first rows ${ms(big.firstRowsMs)}, fully checked ${ms(big.checkedMs)}; ${big.rows} rows, ${big.flags} flags`);
    console.log(`main thread during the x${times} run: longest task ${Math.round(longestTask)} ms`);
    console.log(`scrolling ${big.rows} rows: ${frames.frames} frames, median ${frames.median.toFixed(1)} ms, p95 ${frames.p95.toFixed(1)} ms, max ${frames.max.toFixed(1)} ms`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
