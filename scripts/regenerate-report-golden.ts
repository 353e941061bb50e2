// Rewrites fixtures/golden/report-seed.txt, the whole pipeline's output on the seed pair in a
// reviewable form (one pair or flag per line):  npx tsx scripts/regenerate-report-golden.ts
// Review the diff before committing: a changed line is a changed pair or flag.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { loadNodeResources } from '../src/cli/resources';
import { buildReport } from '../src/core/pipeline';
import type { Report } from '../src/core/types';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
export const REPORT_GOLDEN = join(ROOT, 'fixtures', 'golden', 'report-seed.txt');

/** The seed pair's report, reduced to lines: `pair <source ids> | <target ids>` and `flag <type> <severity> …`. */
export async function seedReportLines(): Promise<string> {
  const read = (name: string) => ({ name, text: readFileSync(join(ROOT, 'seeds', name), 'utf8') });
  const report: Report = buildReport(read('000_c81b22d7163bc932.txt'), read('002_80d239db24bf15f2.txt'), await loadNodeResources());
  const lines = report.pairs.map((p) => `pair ${p.source.join(',') || '-'} | ${p.target.join(',') || '-'}`);
  for (const f of report.flags) lines.push(`flag ${f.type} ${f.severity} ${f.source.join(',') || '-'} | ${f.target.join(',') || '-'}${f.suggestion ? ` → ${f.suggestion}` : ''}`);
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  seedReportLines().then((text) => {
    writeFileSync(REPORT_GOLDEN, text);
    console.log(`wrote ${REPORT_GOLDEN}`);
  });
}
