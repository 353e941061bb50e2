// Strict bead precision/recall/F1 as in Bertalign's eval.py (after Sennrich & Volk 2011): beads
// pooled over documents; precision over all test beads, recall over gold beads non-empty on both sides.

/** A bead as [source ids, target ids]. */
export type IdBead = [number[], number[]];

export interface BeadScore {
  precision: number;
  recall: number;
  f1: number;
  testBeads: number;
  goldBeads: number;
}

const key = ([s, t]: IdBead) => `${s.join(',')}:${t.join(',')}`;

/** Parses a gold .align file: one `[source ids]:[target ids]` bead per line. */
export function parseAlignFile(text: string): IdBead[] {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const [s, t] = l.split(':');
      return [JSON.parse(s), JSON.parse(t)] as IdBead;
    });
}

/** Strict scores pooled over documents (gold[k] and test[k] belong to the same document). */
export function scoreBeads(gold: IdBead[][], test: IdBead[][]): BeadScore {
  let tp = 0;
  let nTest = 0;
  let found = 0;
  let nGold = 0;
  gold.forEach((g, k) => {
    const goldAll = new Set(g.filter(([s, t]) => s.length || t.length).map(key));
    const testAll = test[k].filter(([s, t]) => s.length || t.length);
    nTest += testAll.length;
    for (const b of testAll) if (goldAll.has(key(b))) tp++;
    const testPaired = new Set(testAll.filter(([s, t]) => s.length && t.length).map(key));
    const goldPaired = g.filter(([s, t]) => s.length && t.length);
    nGold += goldPaired.length;
    for (const b of goldPaired) if (testPaired.has(key(b))) found++;
  });
  const precision = nTest ? tp / nTest : 0;
  const recall = nGold ? found / nGold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const r4 = (x: number) => Math.round(x * 10000) / 10000;
  return { precision: r4(precision), recall: r4(recall), f1: r4(f1), testBeads: nTest, goldBeads: nGold };
}
