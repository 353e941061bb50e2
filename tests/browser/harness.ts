// Browser test harness: builds the viewer once with Vite's JS API, serves the build from
// 127.0.0.1 with node:http, and drives Debian's Chromium with playwright-core.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Why the browser tests cannot run here, or null; with CI set a missing Chromium is an error, not a skip. */
export function browserSkipReason(): string | null {
  if (existsSync(CHROMIUM)) return null;
  const message = `Chromium not found at ${CHROMIUM} (install Debian's chromium package or set CHROMIUM_PATH)`;
  if (process.env.CI) throw new Error(`${message}; CI is set, so the browser tests must run.`);
  console.warn(`Skipping browser tests: ${message}.`);
  return message;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** Builds the viewer into a fresh temporary directory; returns the directory. */
export async function buildViewer(): Promise<string> {
  const { build } = await import('vite');
  const outDir = await mkdtemp(join(tmpdir(), 'duizhao-viewer-'));
  await build({ root: repoRoot, configFile: join(repoRoot, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return outDir;
}

/** Serves `dir` on 127.0.0.1 at a free port; resolves with the base URL and a close function. */
export async function serveDirectory(dir: string): Promise<{ url: string; close(): Promise<void>; requests: string[] }> {
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/`, requests, close: () => new Promise((r) => server.close(() => r())) };
}

/** Launches Chromium with a fresh profile (a persistent one, so a reload keeps IndexedDB). */
export async function launchBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), 'duizhao-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Directory for screenshots the tests save. */
export const screenshotDir = join(repoRoot, 'test-results', 'screenshots');

/**
 * Waits until the page shows a checked alignment: rows, no progress bar and no flags panel still
 * checking, all at one moment. Waiting for each in turn could pass before a run had shown its
 * progress bar, then stop at its provisional first rows.
 */
export async function waitForChecked(page: Page, timeout: number): Promise<void> {
  await page.waitForFunction(
    () =>
      !document.querySelector('.progress') &&
      !!document.querySelector('.row') &&
      ![...document.querySelectorAll('.panel-note')].some((p) => p.textContent?.includes('Checking')),
    undefined,
    { timeout, polling: 100 },
  );
}
