// The dynamic programme of the aligner: bead shapes and their gain, and the banded search itself (its
// bands are in align-band.ts).
import { BeadScorer, type AlignUnit } from './align-sim';
import { BandGrid, connectBand, type Band } from './align-band';

export { BandGrid, connectBand, diagonalBand, pathBand, type Band } from './align-band';

/** Tunable weights of the bead score; the defaults were fitted on MAC-Dev and the seed pair. */
export interface AlignParams {
  lexWeight: number;
  lenWeight: number;
  /** Spread of log(length ratio) around the document's own ratio. */
  lenSigma: number;
  /** Extra cost of a bead by shape, beyond 1-1. */
  shapeCost: Record<string, number>;
  /**
   * What leaving one unit unpaired earns, as a share of what a typical paired unit of this
   * document earns, in free translation (median similarity below `reliableSim`): negative, a
   * cost, because there a sentence the dictionary cannot explain is nearly always merged into
   * its neighbour's rendering (MAC-Dev gold: 13 unpaired sentences in 1,329 beads).
   */
  skipShare: number;
  /**
   * The same in close translation, where a sentence nothing explains is more likely dropped or
   * added than merged: a reward, so a pair far weaker than the document's norm loses to two unpaired units.
   */
  closeSkipShare: number;
  /** The same, before the document's norm is known (first pass), in absolute terms. */
  firstSkip: number;
  /**
   * Length only supports a pair in proportion to its lexical evidence, up to this share of the
   * document's median similarity: two unrelated sentences of fitting length are not a pair.
   */
  lenGate: number;
  /** Translatable weight (both sides) below which a bead's lexical similarity is not held against it. */
  minEvidence: number;
  /**
   * A member of a merged bead must find at least this share of the document's median similarity
   * on the other side; each point below costs `memberPenalty`. Keeps a dropped sentence from being
   * absorbed by its neighbour's pair.
   */
  memberShare: number;
  memberPenalty: number;
  /**
   * The member floor applies only where the dictionary explains a typical pair this well (median
   * similarity): in close translation an unexplained member is suspect, in free translation it is not.
   */
  reliableSim: number;
  /** Cost of a bead ending where one side's boundary lies inside a quotation and the other's does not. */
  quoteCost: number;
}

export const DEFAULT_PARAMS: AlignParams = {
  lexWeight: 1,
  lenWeight: 0.7,
  lenSigma: 0.7,
  shapeCost: { '1-1': 0, '1-2': 0.05, '2-1': 0.05, '1-3': 0.2, '3-1': 0.2, '2-2': 0.35, '1-4': 0.2, '4-1': 0.2, '2-3': 0.5, '3-2': 0.5, '1-5': 0.5 },
  skipShare: -0.1,
  closeSkipShare: 0.15,
  firstSkip: 0.2,
  lenGate: 0.2,
  minEvidence: 10,
  memberShare: 0.5,
  memberPenalty: 10,
  reliableSim: 0.75,
  quoteCost: 0.6,
};

export const SHAPES: Array<[number, number]> = [
  [1, 1],
  [1, 0],
  [0, 1],
  [1, 2],
  [2, 1],
  [1, 3],
  [3, 1],
  [2, 2],
  [1, 4],
  [4, 1],
  [2, 3],
  [3, 2],
  // One long Chinese sentence rendered as five English ones (MAC-Dev gold: 5 such beads, none the other way).
  [1, 5],
];

/** Everything the DP needs to score a bead. */
export interface BeadModel {
  scorer: BeadScorer;
  ratio: number;
  params: AlignParams;
  /** What each unpaired unit earns. */
  skip: number;
  /** Similarity at which length counts fully (0: always). */
  simGate: number;
  /** Least similarity a member of a merged bead should reach (0: not judged). */
  memberFloor: number;
  /** Per boundary (0..n and 0..m), 1 where it lies inside a quotation; see `quoteEdges`. */
  zhEdge?: Uint8Array;
  enEdge?: Uint8Array;
}

/** Per boundary 0..units.length, 1 where the boundary lies inside a quotation (`AlignUnit.insideAfter`). */
export function quoteEdges(units: AlignUnit[]): Uint8Array {
  const edges = new Uint8Array(units.length + 1);
  for (let u = 0; u + 1 < units.length; u++) if (units[u].insideAfter) edges[u + 1] = 1;
  return edges;
}

// Shape costs by a*6+b for beads of up to five units a side: the DP asks for one on every bead it
// scores, and building a `${a}-${b}` key each time cost more than the rest of the gain's arithmetic.
const shapeCostTables = new WeakMap<Record<string, number>, Float64Array>();

function shapeCostOf(costs: Record<string, number>, a: number, b: number): number {
  if (a > 5 || b > 5) return costs[`${a}-${b}`] ?? 1;
  let table = shapeCostTables.get(costs);
  if (!table) {
    table = new Float64Array(36);
    for (let x = 0; x <= 5; x++) for (let y = 0; y <= 5; y++) table[x * 6 + y] = costs[`${x}-${y}`] ?? 1;
    shapeCostTables.set(costs, table);
  }
  return table[a * 6 + b];
}

// The last bead `gainOf` scored: its lexical similarity and length fit (the DP wants the gain alone,
// and a result object per bead cost the search a collection every few thousand beads).
let lastSim = 0;
let lastLenFit = 0;

/** What a bead ending at boundary (i, j) pays for a quotation open on one side only. */
function edgeCost(model: BeadModel, i: number, j: number): number {
  const { zhEdge, enEdge } = model;
  return zhEdge && enEdge && zhEdge[i] !== enEdge[j] ? model.params.quoteCost : 0;
}

// Above any lexical similarity `lexical` returns (at most 1, up to rounding in its last step).
const SIM_BOUND = 1 + 1e-9;

/**
 * The gain of a bead, as `gainOf`, or -Infinity when `base + gain` provably cannot exceed `beat`:
 * the length fit and costs are cheap, and with the similarity (and the length gate) at their
 * highest the gain still would not win, so the lexical scoring is skipped. The bound is the gain's
 * own expression with sim and gate raised to their maxima; every step of it is monotone in
 * floating point (non-negative weights), so a skipped bead is exactly one that would have lost.
 */
function gainOf(model: BeadModel, i: number, a: number, j: number, b: number, base = 0, beat = Infinity): number {
  const { params: P, scorer } = model;
  if (a === 0 || b === 0) {
    lastSim = 0;
    lastLenFit = 0;
    return (a + b) * model.skip - edgeCost(model, i + a, j + b);
  }
  const lz = scorer.zhLength(i, a);
  const le = scorer.enLength(j, b);
  // Small constants keep one-word headings from producing wild ratios.
  const d = Math.log((le + 8) / (model.ratio * lz + 8));
  const lenFit = Math.exp(-(d * d) / (2 * P.lenSigma * P.lenSigma));
  if (beat > -Infinity && beat < Infinity && P.lexWeight >= 0 && P.lenWeight >= 0 && P.memberPenalty >= 0) {
    const bound = (a + b) * P.lexWeight * SIM_BOUND + 2 * P.lenWeight * lenFit * 1 - shapeCostOf(P.shapeCost, a, b) - edgeCost(model, i + a, j + b);
    if (base + bound <= beat) {
      return -Infinity;
    }
  }
  const sim = scorer.lexical(i, a, j, b);
  // Little translatable content is no evidence against a pair: then length speaks alone.
  const gate = model.simGate > 0 && scorer.evidence >= P.minEvidence ? Math.min(1, sim / model.simGate) : 1;
  // Lexical credit grows with the units a bead explains; length credit is the bead's own (as much
  // as a 1-1 pair's), so absorbing an unrelated short sentence into a pair earns no length credit.
  let gain = (a + b) * P.lexWeight * sim + 2 * P.lenWeight * lenFit * gate - shapeCostOf(P.shapeCost, a, b) - edgeCost(model, i + a, j + b);
  if (model.memberFloor > 0 && scorer.weakestMember < model.memberFloor) gain -= P.memberPenalty * (model.memberFloor - scorer.weakestMember);
  lastSim = sim;
  lastLenFit = lenFit;
  return gain;
}

/** Gain of a bead (higher is better) and its lexical similarity. */
export function beadGain(model: BeadModel, i: number, a: number, j: number, b: number): { gain: number; sim: number; lenFit: number } {
  const gain = gainOf(model, i, a, j, b);
  return { gain, sim: lastSim, lenFit: lastLenFit };
}

/** A bead's gain, with a NaN (impossible lengths) counted as a very bad bead so it never cuts the path. */
function safeGain(model: BeadModel, i: number, a: number, j: number, b: number): number {
  const g = gainOf(model, i, a, j, b);
  return g === g ? g : -1e9;
}

/** Gains kept per grid at most (8 bytes each): beyond this a long document's second pass scores beads afresh rather than hold them. */
const MAX_KEPT_GAINS = 4_000_000;

/**
 * The gains of one grid's beads under one model, by the cell a bead ends in and its shape. With
 * `keep`, each is computed once and kept: the second pass's best path, its backward scores and
 * both path sums score the very same beads.
 */
export class BeadGains {
  private table: Float64Array | null;
  constructor(
    readonly grid: BandGrid,
    readonly model: BeadModel,
    keep: boolean,
  ) {
    const size = grid.size * SHAPES.length;
    this.table = keep && size <= MAX_KEPT_GAINS ? new Float64Array(size).fill(NaN) : null;
  }

  /**
   * `base` plus the gain of the bead of shape `SHAPES[s]` from (i, j), as `at`, or -Infinity when
   * that provably cannot exceed `beat` (the bead's lexical similarity is then not computed).
   */
  above(end: number, s: number, i: number, j: number, base: number, beat: number): number {
    const table = this.table;
    const k = end * SHAPES.length + s;
    if (table !== null) {
      const g = table[k];
      if (g === g) return base + g;
    }
    const g = gainOf(this.model, i, SHAPES[s][0], j, SHAPES[s][1], base, beat);
    if (g === -Infinity) return -Infinity;
    const safe = g === g ? g : -1e9;
    if (table !== null) table[k] = safe;
    return base + safe;
  }

  /** Gain of the bead of shape `SHAPES[s]` from (i, j), which ends in grid cell `end`; never NaN. */
  at(end: number, s: number, i: number, j: number): number {
    const table = this.table;
    if (table === null) return safeGain(this.model, i, SHAPES[s][0], j, SHAPES[s][1]);
    const k = end * SHAPES.length + s;
    let g = table[k];
    if (g !== g) table[k] = g = safeGain(this.model, i, SHAPES[s][0], j, SHAPES[s][1]);
    return g;
  }
}

/** Best score from (0, 0) to every cell of the grid, and the shape of the last bead on that path. */
export function forwardScores(grid: BandGrid, gains: BeadGains, onRow?: (row: number) => void): { best: Float64Array; from: Int8Array } {
  const { n, band } = grid;
  const best = new Float64Array(grid.size).fill(-Infinity);
  const from = new Int8Array(grid.size).fill(-1);
  best[grid.cell(0, 0)] = 0;
  for (let i = 0; i <= n; i++) {
    const [lo, hi] = band[i];
    for (let j = lo; j <= hi; j++) {
      if (i === 0 && j === 0) continue;
      const here = grid.offs[i] + (j - lo);
      let top = -Infinity;
      let arg = -1;
      for (let s = 0; s < SHAPES.length; s++) {
        const [a, b] = SHAPES[s];
        const prev = grid.cell(i - a, j - b);
        if (prev < 0 || best[prev] === -Infinity) continue;
        // A bead that cannot beat the best found so far is not scored in full.
        const g = gains.above(here, s, i - a, j - b, best[prev], top);
        if (g > top) {
          top = g;
          arg = s;
        }
      }
      best[here] = top;
      from[here] = arg;
    }
    if (onRow && (i & 63) === 63) onRow(i);
  }
  return { best, from };
}

/** Best score from every cell of the grid to (n, m). */
export function backwardScores(grid: BandGrid, gains: BeadGains): Float64Array {
  const { n, m, band } = grid;
  const best = new Float64Array(grid.size).fill(-Infinity);
  best[grid.cell(n, m)] = 0;
  for (let i = n; i >= 0; i--) {
    const [lo, hi] = band[i];
    for (let j = hi; j >= lo; j--) {
      if (i === n && j === m) continue;
      let top = -Infinity;
      for (let s = 0; s < SHAPES.length; s++) {
        const [a, b] = SHAPES[s];
        const next = grid.cell(i + a, j + b);
        if (next < 0 || best[next] === -Infinity) continue;
        const g = best[next] + gains.at(next, s, i, j);
        if (g > top) top = g;
      }
      best[grid.offs[i] + (j - lo)] = top;
    }
  }
  return best;
}

/** One DP move: the bead zh[i..i+a) × en[j..j+b). */
export interface Move {
  i: number;
  a: number;
  j: number;
  b: number;
}

/**
 * Best monotone bead sequence inside `band` (made walkable by `connectBand` first), with the grid
 * and forward scores for callers that judge the path. Cells outside the band are never visited.
 */
export function searchBand(
  n: number,
  m: number,
  rawBand: Band,
  model: BeadModel,
  onRow?: (row: number) => void,
  keepGains = false,
): { moves: Move[]; grid: BandGrid; forward: Float64Array; gains: BeadGains } {
  const grid = new BandGrid(n, m, connectBand(rawBand, n, m));
  const gains = new BeadGains(grid, model, keepGains);
  const { best, from } = forwardScores(grid, gains, onRow);
  const moves: Move[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const [a, b] = SHAPES[from[grid.cell(i, j)]];
    moves.push({ i: i - a, a, j: j - b, b });
    i -= a;
    j -= b;
  }
  return { moves: moves.reverse(), grid, forward: best, gains };
}

/** Best monotone bead sequence inside `band`; see `searchBand`. */
export function alignInBand(n: number, m: number, rawBand: Band, model: BeadModel, onRow?: (row: number) => void): Move[] {
  return searchBand(n, m, rawBand, model, onRow).moves;
}

/** log(exp(x) + exp(y)) without overflow; -Infinity is the empty sum. */
function logAdd(x: number, y: number): number {
  if (x === -Infinity) return y;
  if (y === -Infinity) return x;
  return x > y ? x + Math.log1p(Math.exp(y - x)) : y + Math.log1p(Math.exp(x - y));
}

/**
 * Log sums over all paths (forward: from (0, 0) to each cell; backward: from each cell to (n, m))
 * of exp(path score / temp): the posterior of a bead is exp(fwd[c0] + gain/temp + bwd[c1] - fwd[end]).
 */
export function pathSums(grid: BandGrid, gains: BeadGains, temp: number): { fwd: Float64Array; bwd: Float64Array } {
  const { n, m, band } = grid;
  const fwd = new Float64Array(grid.size).fill(-Infinity);
  const bwd = new Float64Array(grid.size).fill(-Infinity);
  fwd[grid.cell(0, 0)] = 0;
  for (let i = 0; i <= n; i++) {
    const [lo, hi] = band[i];
    for (let j = lo; j <= hi; j++) {
      if (i === 0 && j === 0) continue;
      const here = grid.offs[i] + (j - lo);
      let acc = -Infinity;
      for (let s = 0; s < SHAPES.length; s++) {
        const [a, b] = SHAPES[s];
        const prev = grid.cell(i - a, j - b);
        if (prev < 0 || fwd[prev] === -Infinity) continue;
        acc = logAdd(acc, fwd[prev] + gains.at(here, s, i - a, j - b) / temp);
      }
      fwd[here] = acc;
    }
  }
  bwd[grid.cell(n, m)] = 0;
  for (let i = n; i >= 0; i--) {
    const [lo, hi] = band[i];
    for (let j = hi; j >= lo; j--) {
      if (i === n && j === m) continue;
      let acc = -Infinity;
      for (let s = 0; s < SHAPES.length; s++) {
        const [a, b] = SHAPES[s];
        const next = grid.cell(i + a, j + b);
        if (next < 0 || bwd[next] === -Infinity) continue;
        acc = logAdd(acc, bwd[next] + gains.at(next, s, i, j) / temp);
      }
      bwd[grid.offs[i] + (j - lo)] = acc;
    }
  }
  return { fwd, bwd };
}
