// The confidence of a pair: a logistic regression over a handful of named features of the bead,
// its neighbours and the DP's alternatives, so that `score` reads as the probability that the
// pair is right. The coefficients live here and only here; scripts/fit-confidence.ts refits them
// on MAC-Dev, ACA and the seed pair and prints a new table to paste.
import { backwardScores, beadGain, BeadGains, pathSums, type BandGrid, type BeadModel, type Move } from './align-dp';

/** Feature names, in the order of `CONFIDENCE_COEFS` (after the intercept). */
export const CONFIDENCE_FEATURES = [
  // Lexical similarity against what a typical pair of this document reaches.
  'relSim',
  // Shares of each side's translatable words that found a counterpart on the other side.
  'zhCover',
  'enCover',
  // How far the length ratio strays from the document's own, in spreads (|log ratio| / sigma).
  'lenDev',
  // Units beyond a 1-1 pair: merged beads are wrong more often.
  'merged',
  // Whether the bead before or after is an unpaired unit: boundaries next to gaps are shakier.
  'prevUnpaired',
  'nextUnpaired',
  // Mean relative similarity of the nearest pairs before and after: a pair amid weak pairs is doubtful.
  'neighbourSim',
  // Local margin: how much worse the best path through another boundary next to this pair's
  // start or end scores, in typical pair gains; the smaller and the larger of the two.
  'margin',
  'marginMax',
  // Log posterior of the bead among all paths through the band (scores as log-weights at
  // POSTERIOR_TEMPERATURE of a typical pair's gain): every alternative counts, not just the best one.
  'logPosterior',
  // The bead's gain per unit against a typical pair's.
  'relGain',
  // Weakest member of a merged bead: the lowest share of its words that found a counterpart.
  'weakestMember',
  // Log posterior that paths pass through the bead's shakier corner (start or end), whatever beads they use.
  'cornerPosterior',
] as const;

/** Intercept, then one weight per feature; fitted by `npx tsx scripts/fit-confidence.ts`. */
export const CONFIDENCE_COEFS: number[] = [3.462, 0.072, 1.431, 0.202, -1.948, -0.277, 0.569, -0.692, 0.054, 1.425, 0.398, 0.583, -0.912, -0.045, 1.855];

/** Probability that a pair with these feature values is right. */
export function confidenceOf(x: number[]): number {
  let z = CONFIDENCE_COEFS[0];
  for (let k = 0; k < x.length; k++) z += (CONFIDENCE_COEFS[k + 1] ?? 0) * x[k];
  return 1 / (1 + Math.exp(-z));
}

/**
 * Path scores count as log-weights at this share of a typical pair's gain when the posteriors are
 * summed: lower sharpens them towards the best path. 0.25–0.5 rank wrong pairs about equally well on
 * MAC-Dev and ACA; 1 and above, or 0.15 and below, rank them worse.
 */
const POSTERIOR_TEMPERATURE = 0.35;

const clip = (v: number, lo: number, hi: number) => (v < lo ? lo : v > hi ? hi : v);

/**
 * Feature vectors (in `CONFIDENCE_FEATURES` order) for every move of a best path found by the DP
 * over `grid`; null for unpaired units. `forward` holds the DP's forward scores; `gains`, the
 * gains that search kept, if any.
 */
export function pathFeatures(
  moves: Move[],
  model: BeadModel,
  norm: { sim: number; gain: number },
  grid: BandGrid,
  forward: Float64Array,
  gains: BeadGains = new BeadGains(grid, model, true),
): Array<number[] | null> {
  const backward = backwardScores(grid, gains);
  const total = forward[grid.cell(grid.n, grid.m)];
  const unitGain = Math.max(0.05, norm.gain);
  const normSim = Math.max(0.05, norm.sim);
  const temp = POSTERIOR_TEMPERATURE * unitGain;
  const sums = pathSums(grid, gains, temp);
  const logZ = sums.fwd[grid.cell(grid.n, grid.m)];
  const onPath = new Set<number>([grid.cell(0, 0)]);
  for (const { i, a, j, b } of moves) onPath.add(grid.cell(i + a, j + b));
  // Best total score of a path through a corner next to (i, j) that the chosen path avoids.
  const bestNear = (i: number, j: number): number => {
    let top = -Infinity;
    for (let di = -1; di <= 1; di++) {
      for (let dj = -1; dj <= 1; dj++) {
        const c = grid.cell(i + di, j + dj);
        if (c < 0 || onPath.has(c)) continue;
        const v = forward[c] + backward[c];
        if (v > top) top = v;
      }
    }
    return top;
  };
  const cornerPost = (i: number, j: number): number => {
    const c = grid.cell(i, j);
    const v = sums.fwd[c] + sums.bwd[c] - logZ;
    return Number.isFinite(v) ? clip(v, -10, 0) : -10;
  };
  const marginOf = (alt: number) => (alt === -Infinity ? 3 : clip((total - alt) / unitGain, 0, 3));
  const base = moves.map(({ i, a, j, b }) => {
    if (a === 0 || b === 0) return null;
    const { sim, gain } = beadGain(model, i, a, j, b);
    const { scorer } = model;
    const weakest = scorer.weakestMember;
    const [lz, le] = scorer.lengths(i, a, j, b);
    const d = Math.log((le + 8) / (model.ratio * lz + 8));
    const m0 = marginOf(bestNear(i, j));
    const m1 = marginOf(bestNear(i + a, j + b));
    const post = sums.fwd[grid.cell(i, j)] + gain / temp + sums.bwd[grid.cell(i + a, j + b)] - logZ;
    return {
      relSim: clip(sim / normSim, 0, 2),
      zhCover: scorer.zhCover,
      enCover: scorer.enCover,
      lenDev: clip(Math.abs(d) / model.params.lenSigma, 0, 4),
      merged: a + b - 2,
      margin: Math.min(m0, m1),
      marginMax: Math.max(m0, m1),
      post: Number.isFinite(post) ? clip(post, -10, 0) : -10,
      relGain: clip(gain / ((a + b) / 2) / unitGain, -2, 2),
      weakest,
      corner: Math.min(cornerPost(i, j), cornerPost(i + a, j + b)),
    };
  });
  // Nearest paired neighbour's relative similarity on each side (the bead's own when none).
  const nearest = (k: number, step: number): number => {
    for (let q = k + step; q >= 0 && q < base.length; q += step) {
      const f = base[q];
      if (f) return f.relSim;
    }
    return base[k]!.relSim;
  };
  const skip = (q: number) => q >= 0 && q < moves.length && (moves[q].a === 0 || moves[q].b === 0);
  return base.map((f, k) => {
    if (!f) return null;
    const nb = (nearest(k, -1) + nearest(k, 1)) / 2;
    return [f.relSim, f.zhCover, f.enCover, f.lenDev, f.merged, skip(k - 1) ? 1 : 0, skip(k + 1) ? 1 : 0, nb, f.margin, f.marginMax, f.post, f.relGain, f.weakest, f.corner];
  });
}
