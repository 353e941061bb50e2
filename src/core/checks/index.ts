// The divergence checks, in the order their flags are listed, and the runner that numbers them.
import type { Check, CheckContext } from './check';
import type { Flag } from '../types';

/** Every check, in report order. */
export const CHECKS: ReadonlyArray<{ name: string; run: Check }> = [];

/** Runs every check on the context; a check that fails on odd input is skipped, never fatal. */
export function runChecks(ctx: CheckContext, checks = CHECKS): Flag[] {
  const flags: Flag[] = [];
  for (const { run } of checks) {
    let found;
    try {
      found = run(ctx);
    } catch {
      // A bug in one check must not cost the user the whole report; the other checks still run.
      continue;
    }
    for (const f of found) flags.push({ id: `f${flags.length + 1}`, ...f });
  }
  return flags;
}
