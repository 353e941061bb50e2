// The divergence checks, in the order their flags are listed, and the runner that numbers them.
import type { Check, CheckContext, CheckScope } from './check';
import { entityMismatch } from './entity-mismatch';
import { meaningDivergence } from './meaning-divergence';
import { negationMismatch } from './negation-mismatch';
import { numberMismatch } from './number-mismatch';
import { numberingMismatch } from './numbering-mismatch';
import { omissionAddition } from './omission-addition';
import { terminologyInconsistency } from './terminology-inconsistency';
import { untranslatedText } from './untranslated-text';
import type { Flag } from '../types';

/**
 * Every check, in report order, with its scope: a 'pair' check's flags depend on one pair (re-run on the
 * pairs a reviewer changed), a 'document' check's on sequences, consistency or norms of the whole
 * document (re-run on everything, its old flags replaced).
 */
export const CHECKS: ReadonlyArray<{ name: string; run: Check; scope: CheckScope }> = [
  { name: 'omission-addition', run: omissionAddition, scope: 'document' },
  { name: 'entity-mismatch', run: entityMismatch, scope: 'pair' },
  { name: 'number-mismatch', run: numberMismatch, scope: 'pair' },
  { name: 'numbering-mismatch', run: numberingMismatch, scope: 'document' },
  { name: 'negation-mismatch', run: negationMismatch, scope: 'pair' },
  { name: 'untranslated-text', run: untranslatedText, scope: 'pair' },
  { name: 'terminology-inconsistency', run: terminologyInconsistency, scope: 'document' },
  { name: 'meaning-divergence', run: meaningDivergence, scope: 'document' },
];

/** Flags of all checks, numbered f1, f2, …, plus a note for any check that failed on this input. */
export interface CheckResult {
  flags: Flag[];
  notes: string[];
}

/**
 * Runs the checks in order; a check that throws on odd input is skipped and named in `notes`,
 * never fatal. `onProgress(done, total)` is called after each check.
 */
export function runChecks(ctx: CheckContext, checks: ReadonlyArray<{ name: string; run: Check; scope: CheckScope }> = CHECKS, onProgress?: (done: number, total: number) => void): CheckResult {
  const flags: Flag[] = [];
  const notes: string[] = [];
  checks.forEach(({ name, run, scope }, k) => {
    try {
      // A document check always sees the whole document, also on a re-check of a few pairs.
      const own = scope === 'document' && ctx.only ? { ...ctx, only: undefined } : ctx;
      for (const f of run(own)) flags.push({ id: `f${flags.length + 1}`, ...f, scope });
    } catch (err) {
      // A bug in one check must not cost the user the whole report; the other checks still run.
      notes.push(`The ${name} check could not run on this input (${err instanceof Error ? err.message : String(err)}).`);
    }
    onProgress?.(k + 1, checks.length);
  });
  return { flags, notes };
}
