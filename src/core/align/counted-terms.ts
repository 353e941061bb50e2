// A unit's translatable terms prepared once for the bead scorer, with the sums it takes per member position.

/**
 * A unit's translatable terms as `BeadScorer.lexical` counts them: each term once, in order of first
 * occurrence, only terms with a counterpart in the relation, with their weights, and for each the
 * distance back to the nearest earlier unit that holds it too (so a bead counts it there instead).
 */
export interface CountedTerms {
  ids: Int32Array;
  weights: Float64Array;
  back: Int32Array;
  /** 32-bit words of a hit mask over `ids`. */
  words: number;
  /** Per member position t < SUMMED (the unit's place in its bead), the weight of the terms it counts there. */
  total: Float64Array;
}

/** Member positions whose sums are kept: beads of up to four units a side, the DP's shapes. */
export const SUMMED = 4;

/**
 * Into `out` from `at`: for each member position t < SUMMED, the weight of the terms of `unit`
 * counted there whose bit is set in `masks` from `bits` (every term when `bits` < 0), added in
 * term order as the bead loop adds them.
 */
export function memberSums(unit: CountedTerms, masks: Int32Array, bits: number, out: Float64Array, at: number): void {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  for (let k = 0; k < unit.ids.length; k++) {
    if (bits >= 0 && !((masks[bits + (k >> 5)] >>> (k & 31)) & 1)) continue;
    const w = unit.weights[k];
    const back = unit.back[k];
    if (back > 0) s0 += w;
    if (back > 1) s1 += w;
    if (back > 2) s2 += w;
    if (back > 3) s3 += w;
  }
  out[at] = s0;
  out[at + 1] = s1;
  out[at + 2] = s2;
  out[at + 3] = s3;
}

const EMPTY_MASKS = new Int32Array(0);

/**
 * Each unit's counted terms, in unit order and with `total` filled: `related[t]` lists term t's
 * counterparts on the other side (a term with none is left out), `weight[t]` its weight.
 */
export function countedTerms(units: ReadonlyArray<{ terms: number[] }>, related: number[][], weight: Float64Array): CountedTerms[] {
  const lastUnit = new Map<number, number>();
  return units.map((u, p) => {
    const ids: number[] = [];
    const back: number[] = [];
    const seen = new Set<number>();
    for (const t of u.terms) {
      if (seen.has(t)) continue;
      seen.add(t);
      if (related[t].length === 0) continue;
      ids.push(t);
      const before = lastUnit.get(t);
      back.push(before === undefined ? 0x7fffffff : p - before);
    }
    for (const t of seen) lastUnit.set(t, p);
    const unit = { ids: Int32Array.from(ids), weights: Float64Array.from(ids, (t) => weight[t]), back: Int32Array.from(back), words: Math.ceil(ids.length / 32), total: new Float64Array(SUMMED) };
    memberSums(unit, EMPTY_MASKS, -1, unit.total, 0);
    return unit;
  });
}
