// After a correction only the pairs that changed are checked again: these functions find them and
// splice their fresh flags into the flags of everything that did not change.
import type { Flag, Pair } from '../../core/types';
import { keyPair, type AlignedDoc } from './alignment-edit';

/** Pairs of `after` that did not exist, with the same segments on both sides, in `before`, or whose text a reviewer corrected. */
export function findChangedPairs(before: AlignedDoc, after: AlignedDoc): Pair[] {
  const old = new Set(before.pairs.map(keyPair));
  const text = new Map([...before.source.segments, ...before.target.segments].map((s) => [s.id, s.text]));
  const edited = new Set([...after.source.segments, ...after.target.segments].filter((s) => text.has(s.id) && text.get(s.id) !== s.text).map((s) => s.id));
  return after.pairs.filter((p) => !old.has(keyPair(p)) || [...p.source, ...p.target].some((id) => edited.has(id)));
}

/**
 * Old pair flags whose segments all sit in unchanged pairs, plus the fresh flags of a re-check (the
 * changed pairs' own flags and every document flag, which replace the old document flags), ids made unique.
 * With no fresh flags (a failed re-check) the old document flags are kept as they were.
 */
export function mergeFlags(oldFlags: readonly Flag[], after: readonly Pair[], changed: readonly Pair[], fresh: readonly Flag[]): Flag[] {
  const freshDocument = fresh.some((f) => f.scope === 'document');
  const stillThere = new Set<string>();
  const changedKeys = new Set(changed.map(keyPair));
  for (const p of after) {
    if (changedKeys.has(keyPair(p))) continue;
    for (const id of [...p.source, ...p.target]) stillThere.add(id);
  }
  const kept = oldFlags.filter((f) => (f.scope === 'document' ? !freshDocument : [...f.source, ...f.target].every((id) => stillThere.has(id))));
  // Fresh ids restart at f1 in each check run: renumber everything so ids stay unique.
  return [...kept, ...fresh].map((f, i) => ({ ...f, id: `f${i + 1}` }));
}
