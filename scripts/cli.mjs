#!/usr/bin/env node
// `npm run cli`: runs the built CLI (dist/cli.mjs). If a source file under src/ is newer than the
// build (a developer edited the core), it rebuilds first, so the CLI never runs stale code.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cliBuildOptions } from './cli-build-options.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = join(root, 'dist/cli.mjs');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.tsx?$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const stale = !existsSync(built) || newestSource(join(root, 'src')) > statSync(built).mtimeMs;
if (stale) {
  const { build } = await import('esbuild');
  await build(cliBuildOptions(root));
}
await import(pathToFileURL(built).href);
