// Viewer benchmark in Chromium: time to first rows and to a fully checked view for the seed pair
// (cold page: worker start and dictionary load included), a second Compare of it (dictionary
// requests counted: none expected) and a reload (dictionary from the Cache API), a pair 20 times its size (warm
// worker), plus the longest main-thread task during the big run and scrolling frame times; then a
// synthetic 10,000-pair report opened as a file (no pipeline run): time to first rows and scrolling.
//   npx tsx scripts/bench-viewer.ts [--times 20] [--pairs 10000]
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Flag, FlagType, Pair, Report, Segment, Severity } from '../src/core/types';
import { browserSkipReason, buildViewer, launchBrowser, repoRoot, serveDirectory } from '../tests/browser/harness';

const times = Number(process.argv[process.argv.indexOf('--times') + 1]) || 20;
const pairCount = Number(process.argv[process.argv.indexOf('--pairs') + 1]) || 10_000;
const TIMEOUT = 30 * 60_000;

// Short policy-style sentences, each half a translation of the other, combined into many distinct pairs.
const ACTORS: [string, string][] = [
  ['市人民政府', 'The municipal people\'s government'], ['各区', 'Each district'], ['有关部门', 'The relevant departments'],
  ['港口管理机构', 'The port authority'], ['高等学校', 'Institutions of higher education'], ['金融机构', 'Financial institutions'],
  ['科技企业', 'Technology enterprises'], ['海关', 'Customs'], ['行业协会', 'Industry associations'], ['社区', 'Communities'],
];
const ACTIONS: [string, string][] = [
  ['加强数据安全管理', 'strengthen data security management'], ['推进货物贸易便利化', 'facilitate trade in goods'],
  ['完善人才引进政策', 'improve policies for attracting talent'], ['支持新业态新模式发展', 'support new business forms and models'],
  ['优化营商环境', 'improve the business environment'], ['扩大高水平对外开放', 'expand high-standard opening up'],
  ['建立健全监督机制', 'establish a sound supervision mechanism'], ['降低企业融资成本', 'lower financing costs for enterprises'],
  ['提高公共服务水平', 'raise the level of public services'], ['保护生态环境', 'protect the ecological environment'],
];
const FLAG_TYPES: FlagType[] = ['entity', 'number', 'omission', 'terminology', 'negation', 'meaning'];
const SEVERITIES: Severity[] = ['critical', 'major', 'minor', 'info'];

/** A valid duizhao-report of `n` one-to-one pairs of short sentences with a flag on every 33rd pair. */
function syntheticReport(n: number): Report {
  const side = (texts: string[], prefix: string): Segment[] => {
    let at = 0;
    return texts.map((text, i) => {
      const seg: Segment = { id: `${prefix}${i + 1}`, start: at, end: at + text.length, number: `${Math.floor(i / 25) + 1}.${(i % 25) + 1}`, text, clean: text, kind: 'sentence', block: i };
      at += text.length + 1;
      return seg;
    });
  };
  const zh: string[] = [];
  const en: string[] = [];
  for (let i = 0; i < n; i++) {
    const [za, ea] = ACTORS[i % ACTORS.length];
    const [zb, eb] = ACTIONS[Math.floor(i / ACTORS.length) % ACTIONS.length];
    const year = 2025 + (i % 11);
    zh.push(`到${year}年，${za}应当${zb}（第${i + 1}项）。`);
    en.push(`By ${year}, ${ea[0].toLowerCase()}${ea.slice(1)} shall ${eb} (item ${i + 1}).`);
  }
  const source = side(zh, 's');
  const target = side(en, 't');
  const pairs: Pair[] = source.map((s, i) => ({ source: [s.id], target: [target[i].id], score: 0.45 + ((i * 37) % 55) / 100 }));
  const flags: Flag[] = [];
  for (let i = 16; i < n; i += 33) {
    const s = source[i];
    flags.push({
      id: `f${flags.length + 1}`,
      type: FLAG_TYPES[flags.length % FLAG_TYPES.length],
      severity: SEVERITIES[flags.length % SEVERITIES.length],
      source: [s.id],
      target: [target[i].id],
      message: `Item ${i + 1}: the year or the action may differ between the two sides.`,
      evidence: [{ side: 'source', segment: s.id, start: s.start + 1, end: s.start + 5, text: s.text.slice(1, 5) }],
    });
  }
  return { format: 'duizhao-report', version: 1, source: { name: 'synthetic-zh.txt', lang: 'zh', segments: source }, target: { name: 'synthetic-en.txt', lang: 'en', segments: target }, pairs, flags, notes: [] };
}


interface Figures {
  resourcesMs: number;
  firstRowsMs: number;
  alignedMs: number;
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
    alignedMs: at('duizhao:aligned') - open,
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
    // The clock of a cold page starts at navigation (time origin 0), not at the viewer's own 'open' mark.
    await page.goto(server.url);
    await waitChecked(page);
    const small = await marks(page);
    const coldFirstRows = (await page.evaluate(`performance.getEntriesByName('duizhao:first-rows')[0].startTime`)) as number;
    const dictionaryRequests = () => server.requests.filter((r) => r.includes('cedict-index')).length;
    const coldRequests = dictionaryRequests();

    // A second Compare of the same documents in the same page: the worker and its dictionary stay loaded.
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.getByRole('button', { name: 'Sample documents' }).click();
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await waitChecked(page);
    const second = await marks(page);
    const secondRequests = dictionaryRequests() - coldRequests;

    // A reload: a new page and worker, the dictionary and segmenter read from the Cache API.
    await page.reload();
    await waitChecked(page);
    const reload = await marks(page);
    const reloadFirstRows = (await page.evaluate(`performance.getEntriesByName('duizhao:first-rows')[0].startTime`)) as number;
    const reloadRequests = dictionaryRequests() - coldRequests - secondRequests;

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

    // A report file of many pairs, opened as it is: time from picking the file (read, validate, render).
    const report = syntheticReport(pairCount);
    await page.getByRole('button', { name: 'Open…' }).click();
    // The previous view's marks go first, so the wait below sees this view's rows. The clock starts
    // when the page gets the file (the input's change event), not while the bench uploads it.
    await page.evaluate(`performance.clearMarks(); document.addEventListener('change', (e) => {
      if (e.target.matches('input[data-open=report]')) window.__picked = performance.now();
    }, { capture: true, once: true })`);
    await page.locator('input[type=file][data-open=report]').setInputFiles({ name: 'synthetic.report.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(report)) });
    await page.waitForFunction(() => performance.getEntriesByName('duizhao:first-rows').length > 0, undefined, { timeout: TIMEOUT, polling: 50 });
    const reportFirstRows = (await page.evaluate(`performance.getEntriesByName('duizhao:first-rows')[0].startTime - window.__picked`)) as number;
    const reportRead = (await page.evaluate(`performance.getEntriesByName('duizhao:open')[0].startTime - window.__picked`)) as number;
    await page.waitForFunction(`(${MARKS_JS}).rows === ${pairCount}`, undefined, { timeout: TIMEOUT, polling: 100 });
    const reportView = await marks(page);
    const reportFrames = (await page.evaluate(SCROLL_JS)) as { frames: number; median: number; p95: number; max: number };

    const ms = (n: number) => `${(n / 1000).toFixed(2)} s`;
    console.log(`Viewer benchmark (Chromium ${browser.context.browser()?.version() ?? ''}, production build)`);
    console.log(`seed pair (cold page): first rows ${ms(coldFirstRows)} after navigation (${ms(small.firstRowsMs)} after the run started; provisional until aligned), aligned ${ms(small.alignedMs)}, resources ${ms(small.resourcesMs)}, fully checked ${ms(small.checkedMs)}; ${small.rows} rows, ${small.flags} flags; ${coldRequests} dictionary request(s)`);
    console.log(`seed pair, second Compare (same page): first rows ${ms(second.firstRowsMs)}, fully checked ${ms(second.checkedMs)}; ${secondRequests} dictionary request(s)`);
    console.log(`seed pair, reload (Cache API): first rows ${ms(reloadFirstRows)} after navigation, resources ${ms(reload.resourcesMs)}, fully checked ${ms(reload.checkedMs)}; ${reloadRequests} dictionary request(s)`);
    console.log(`seed pair x${times} (warm worker): first rows ${ms(big.firstRowsMs)}, fully checked ${ms(big.checkedMs)}; ${big.rows} rows, ${big.flags} flags`);
    console.log(`main thread during the x${times} run: longest task ${Math.round(longestTask)} ms`);
    console.log(`scrolling ${big.rows} rows: ${frames.frames} frames, median ${frames.median.toFixed(1)} ms, p95 ${frames.p95.toFixed(1)} ms, max ${frames.max.toFixed(1)} ms`);
    console.log(`report file of ${pairCount} pairs (opened, not re-run): first rows ${ms(reportFirstRows)} after picking the file (read and validated in ${ms(reportRead)}); ${reportView.rows} rows, ${reportView.flags} flags`);
    console.log(`scrolling ${reportView.rows} rows: ${reportFrames.frames} frames, median ${reportFrames.median.toFixed(1)} ms, p95 ${reportFrames.p95.toFixed(1)} ms, max ${reportFrames.max.toFixed(1)} ms`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
