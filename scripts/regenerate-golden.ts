// Rewrites the segmentation golden files in fixtures/golden/ from the seeds:
//   npx tsx scripts/regenerate-golden.ts
// Review the diff before committing: a changed line is a changed segment boundary or number.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { cleanDocument } from '../src/core/clean/clean';
import { segmentDocument } from '../src/core/segment/segment';
import type { Lang, Segment } from '../src/core/types';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');

/** One golden file: which seed, its language, and which segments it keeps. */
export interface GoldenCase {
  file: string;
  seed: string;
  lang: Lang;
  /** Only the segments from the first table row on (seed 003 is one long table with repeated headers). */
  tableOnly?: boolean;
}

export const GOLDEN_CASES: GoldenCase[] = [
  { file: 'segments-000.json', seed: '000_c81b22d7163bc932.txt', lang: 'zh' },
  { file: 'segments-002.json', seed: '002_80d239db24bf15f2.txt', lang: 'en' },
  { file: 'segments-003-table.json', seed: '003_d47d7dfe0cfcc86e.txt', lang: 'zh', tableOnly: true },
];

/** A segment as the golden files record it: enough to see any boundary or numbering change. */
export interface GoldenRow {
  id: string;
  number: string;
  kind: Segment['kind'];
  label?: string;
  start: number;
  end: number;
  text: string;
}

/** Segments one seed and reduces them to golden rows (text cut to its first 40 characters). */
export function computeGoldenRows(c: GoldenCase): GoldenRow[] {
  const raw = readFileSync(join(ROOT, 'seeds', c.seed), 'utf8');
  const doc = cleanDocument(raw);
  const segments = segmentDocument(doc, c.lang, 's');
  const firstRow = c.tableOnly ? doc.blocks.findIndex((b) => b.kind === 'table-row') : 0;
  return segments
    .filter((s) => s.block >= firstRow)
    .map((s) => {
      const row: GoldenRow = { id: s.id, number: s.number, kind: s.kind, start: s.start, end: s.end, text: s.text.slice(0, 40) };
      if (s.label !== undefined) row.label = s.label;
      return row;
    });
}

/** Compact JSON: one segment per line, so a diff shows exactly which segments changed. */
export function formatGolden(rows: GoldenRow[]): string {
  return `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
}

export function goldenPath(c: GoldenCase): string {
  return join(ROOT, 'fixtures', 'golden', c.file);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const c of GOLDEN_CASES) {
    const rows = computeGoldenRows(c);
    writeFileSync(goldenPath(c), formatGolden(rows));
    console.log(`${c.file}: ${rows.length} segments`);
  }
}
