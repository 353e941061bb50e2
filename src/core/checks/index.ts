// The divergence checks, in the order their flags are listed, and the runner that numbers them.
import type { Check, CheckContext } from './check';
import { entityMismatch } from './entity-mismatch';
import { meaningDivergence } from './meaning-divergence';
import { negationMismatch } from './negation-mismatch';
import { numberMismatch } from './number-mismatch';
import { numberingMismatch } from './numbering-mismatch';
import { omissionAddition } from './omission-addition';
import { terminologyInconsistency } from './terminology-inconsistency';
import { untranslatedText } from './untranslated-text';
import type { Flag } from '../types';

/** Every check, in report order. */
export const CHECKS: ReadonlyArray<{ name: string; run: Check }> = [
  { name: 'omission-addition', run: omissionAddition },
  { name: 'entity-mismatch', run: entityMismatch },
  { name: 'number-mismatch', run: numberMismatch },
  { name: 'numbering-mismatch', run: numberingMismatch },
  { name: 'negation-mismatch', run: negationMismatch },
  { name: 'untranslated-text', run: untranslatedText },
  { name: 'terminology-inconsistency', run: terminologyInconsistency },
  { name: 'meaning-divergence', run: meaningDivergence },
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
export function runChecks(ctx: CheckContext, checks = CHECKS, onProgress?: (done: number, total: number) => void): CheckResult {
  const flags: Flag[] = [];
  const notes: string[] = [];
  checks.forEach(({ name, run }, k) => {
    try {
      for (const f of run(ctx)) flags.push({ id: `f${flags.length + 1}`, ...f });
    } catch (err) {
      // A bug in one check must not cost the user the whole report; the other checks still run.
      notes.push(`The ${name} check could not run on this input (${err instanceof Error ? err.message : String(err)}).`);
    }
    onProgress?.(k + 1, checks.length);
  });
  return { flags, notes };
}
