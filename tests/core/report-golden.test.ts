import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REPORT_GOLDEN, seedReportLines } from '../../scripts/regenerate-report-golden';

// The whole pipeline on the seed pair, pinned. Regenerate with
// `npx tsx scripts/regenerate-report-golden.ts` after a deliberate change, and review the diff.
// Known failures: none (the gold alignment is matched exactly; the one critical flag is the real error).
describe('seed pair report golden file', () => {
  it('matches fixtures/golden/report-seed.txt pair by pair and flag by flag', async () => {
    expect(await seedReportLines()).toBe(readFileSync(REPORT_GOLDEN, 'utf8'));
  });
});
