// Learns word correspondences from the document itself: after a first alignment, term pairs that
// keep co-occurring in confident beads (and are rarely apart) join the dictionary for a second
// pass. A Dice coefficient stands in for IBM Model 1 re-estimation: simpler, no iterations, and
// as good at finding the names and recurring terms a dictionary lacks.
import type { AlignLexicon, AlignUnit } from './align-sim';
import type { Bead } from './align';

export interface LearnOptions {
  /** Beads scoring below this are not trusted as evidence. */
  minScore: number;
  /** Minimum co-occurrences of a term pair. */
  minCount: number;
  /** Minimum Dice coefficient 2·c(z,e) / (c(z) + c(e)). */
  minDice: number;
}

export const DEFAULT_LEARN: LearnOptions = { minScore: 0.5, minCount: 2, minDice: 0.6 };

/**
 * A copy of `lex` extended with term pairs learned from confident beads; the original is left as is.
 * Terms already linked by the dictionary are not relearned.
 */
export function learnLexicon(zh: AlignUnit[], en: AlignUnit[], lex: AlignLexicon, beads: Bead[], opts: LearnOptions = DEFAULT_LEARN): AlignLexicon {
  const zc = new Map<number, number>();
  const ec = new Map<number, number>();
  const pc = new Map<number, number>();
  const E = lex.enToZh.length;
  for (const b of beads) {
    // Only 1-1 beads teach: a merged bead may hold a sentence that has no counterpart at all.
    if (b.zh.length !== 1 || b.en.length !== 1 || b.score < opts.minScore) continue;
    const zs = new Set<number>();
    const es = new Set<number>();
    for (const i of b.zh) for (const t of zh[i].terms) zs.add(t);
    for (const j of b.en) for (const t of en[j].terms) es.add(t);
    for (const z of zs) zc.set(z, (zc.get(z) ?? 0) + 1);
    for (const e of es) ec.set(e, (ec.get(e) ?? 0) + 1);
    for (const z of zs) for (const e of es) pc.set(z * E + e, (pc.get(z * E + e) ?? 0) + 1);
  }
  const zhToEn = lex.zhToEn.map((c) => c.slice());
  const enToZh = lex.enToZh.map((c) => c.slice());
  for (const [key, c] of pc) {
    if (c < opts.minCount) continue;
    const z = Math.floor(key / E);
    const e = key % E;
    const dice = (2 * c) / ((zc.get(z) ?? 0) + (ec.get(e) ?? 0));
    if (dice < opts.minDice || zhToEn[z].includes(e)) continue;
    zhToEn[z].push(e);
    enToZh[e].push(z);
  }
  return { zhToEn, enToZh, zhWeight: lex.zhWeight, enWeight: lex.enWeight };
}
