// Builds the command line to plain JavaScript (dist/cli.mjs and the batch worker
// dist/batch-worker.mjs) with esbuild, so `npm run cli` compiles no TypeScript at run time.
// Packages stay external: Node resolves them from node_modules as usual.
import { build } from 'esbuild';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
// @ts-expect-error: a plain .mjs module without type declarations
import { cliBuildOptions } from './cli-build-options.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Bundles the CLI entry points into dist/; resolves when both files are written. */
export async function buildCli(): Promise<void> {
  await build(cliBuildOptions(ROOT));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  buildCli().catch((err: unknown) => {
    console.error(`build-cli: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  });
}
