// esbuild options for the built CLI, shared by scripts/build-cli.ts (npm ci, npm run build:cli)
// and scripts/cli.mjs (rebuild when a source file is newer than the build).
import { join } from 'node:path';

/** Bundles src/cli/main.ts and the batch worker into dist/*.mjs; packages stay external (resolved from node_modules). */
export function cliBuildOptions(root) {
  return {
    entryPoints: { cli: join(root, 'src/cli/main.ts'), 'batch-worker': join(root, 'src/cli/batch-worker.ts') },
    outdir: join(root, 'dist'),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    // Chunks, so a dynamic import (the .docx reader, the batch pool) loads its packages only when used.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Node 20 needs `with { type: 'json' }` on a JSON import from a package (i18n-iso-countries' names).
    supported: { 'import-attributes': true },
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
  };
}
