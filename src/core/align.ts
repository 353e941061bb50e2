// Monotone sentence alignment by dynamic programming over beads (0-1, 1-0, 1-1, 1-2, 2-1, 1-3,
// 3-1, 2-2), scored by lexical correspondence and a length ratio learned from the document.
// Long documents are searched inside a band around an expected path, never the full n×m grid.
import { BeadScorer, type AlignLexicon, type AlignUnit } from './align-sim';
import { learnLexicon } from './align-learn';

/** One bead: indices of Chinese and English units (either may be empty) and a confidence in [0, 1]. */
export interface Bead {
  zh: number[];
  en: number[];
  score: number;
}

/** Tunable weights of the bead score; the defaults were fitted on MAC-Dev and the seed pair. */
export interface AlignParams {
  lexWeight: number;
  lenWeight: number;
  /** What a bead must earn per unit before it beats leaving units unpaired. */
  base: number;
  /** Spread of log(length ratio) around the document's own ratio. */
  lenSigma: number;
  /** Extra cost of a bead by shape, beyond 1-1. */
  shapeCost: Record<string, number>;
  /** Cost of leaving one unit unpaired. */
  skipCost: number;
}

export const DEFAULT_PARAMS: AlignParams = {
  lexWeight: 1,
  lenWeight: 0.5,
  base: 0.25,
  lenSigma: 0.6,
  shapeCost: { '1-1': 0, '1-2': 0.5, '2-1': 0.5, '1-3': 1, '3-1': 1, '2-2': 1.5, '1-4': 1, '4-1': 1, '2-3': 1.8, '3-2': 1.8 },
  skipCost: 0.05,
};

const SHAPES: Array<[number, number]> = [
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
];

/** Inclusive column range [lo, hi] allowed for each row 0..n of the DP grid. */
export type Band = Array<[number, number]>;

/** A band of half-width `width` around the straight path from (0,0) to (n,m) in length space. */
export function diagonalBand(zh: AlignUnit[], en: AlignUnit[], width: number): Band {
  const n = zh.length;
  const m = en.length;
  const totalZ = zh.reduce((s, u) => s + u.len, 0) || 1;
  const cumEn: number[] = [0];
  for (const u of en) cumEn.push(cumEn[cumEn.length - 1] + u.len);
  const totalE = cumEn[m] || 1;
  const band: Band = [];
  let acc = 0;
  let q = 0;
  for (let i = 0; i <= n; i++) {
    const target = (acc / totalZ) * totalE;
    while (q < m && cumEn[q + 1] <= target) q++;
    band.push([Math.max(0, q - width), Math.min(m, q + width)]);
    if (i < n) acc += zh[i].len;
  }
  return band;
}

/** A band of half-width `width` around a path given as (i, j) cell corners. */
export function pathBand(path: Array<[number, number]>, n: number, m: number, width: number): Band {
  const lo = new Array<number>(n + 1).fill(Infinity);
  const hi = new Array<number>(n + 1).fill(-Infinity);
  for (const [i, j] of path) {
    for (let r = Math.max(0, i - width); r <= Math.min(n, i + width); r++) {
      lo[r] = Math.min(lo[r], j - width);
      hi[r] = Math.max(hi[r], j + width);
    }
  }
  return lo.map((l, r) => [Math.max(0, Math.min(l, m)), Math.max(0, Math.min(hi[r], m))] as [number, number]);
}

/** Everything the DP needs to score a bead. */
export interface BeadModel {
  scorer: BeadScorer;
  ratio: number;
  params: AlignParams;
}

/** Gain of a bead (higher is better) and its lexical similarity. */
export function beadGain(model: BeadModel, i: number, a: number, j: number, b: number): { gain: number; sim: number; lenFit: number } {
  const { params: P, scorer } = model;
  if (a === 0 || b === 0) return { gain: -(a + b) * (P.skipCost + P.base), sim: 0, lenFit: 0 };
  const sim = scorer.lexical(i, a, j, b);
  const [lz, le] = scorer.lengths(i, a, j, b);
  // Small constants keep one-word headings from producing wild ratios.
  const d = Math.log((le + 8) / (model.ratio * lz + 8));
  const lenFit = Math.exp(-(d * d) / (2 * P.lenSigma * P.lenSigma));
  const per = P.lexWeight * sim + P.lenWeight * lenFit - P.base;
  const gain = (a + b) * per - (P.shapeCost[`${a}-${b}`] ?? 1);
  return { gain, sim, lenFit };
}

/**
 * Best monotone bead sequence inside `band` (rows 0..n, each with an allowed column range).
 * Returns the beads in order; cells outside the band are never visited.
 */
export function alignInBand(n: number, m: number, band: Band, model: BeadModel): Array<{ i: number; a: number; j: number; b: number }> {
  const offs = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) offs[i + 1] = offs[i] + (band[i][1] - band[i][0] + 1);
  const size = offs[n + 1];
  const best = new Float64Array(size).fill(-Infinity);
  const from = new Int8Array(size).fill(-1);
  const cell = (i: number, j: number): number => {
    if (i < 0 || i > n) return -1;
    const [lo, hi] = band[i];
    return j < lo || j > hi ? -1 : offs[i] + (j - lo);
  };
  const start = cell(0, 0);
  if (start < 0) throw new RangeError('band must contain (0, 0)');
  best[start] = 0;
  for (let i = 0; i <= n; i++) {
    const [lo, hi] = band[i];
    for (let j = lo; j <= hi; j++) {
      const here = offs[i] + (j - lo);
      if (i === 0 && j === 0) continue;
      let top = -Infinity;
      let arg = -1;
      for (let s = 0; s < SHAPES.length; s++) {
        const [a, b] = SHAPES[s];
        const prev = cell(i - a, j - b);
        if (prev < 0 || best[prev] === -Infinity) continue;
        const g = best[prev] + beadGain(model, i - a, a, j - b, b).gain;
        if (g > top) {
          top = g;
          arg = s;
        }
      }
      best[here] = top;
      from[here] = arg;
    }
  }
  const end = cell(n, m);
  if (end < 0 || from[end] < 0 && (n > 0 || m > 0)) throw new RangeError('band must reach (n, m)');
  const beads: Array<{ i: number; a: number; j: number; b: number }> = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const [a, b] = SHAPES[from[cell(i, j)]];
    beads.push({ i: i - a, a, j: j - b, b });
    i -= a;
    j -= b;
  }
  return beads.reverse();
}

/** Confidence in [0, 1] of a paired bead from its lexical similarity and length fit. */
export function beadConfidence(sim: number, lenFit: number): number {
  const x = 7 * (sim + 0.35 * lenFit - 0.4);
  return 1 / (1 + Math.exp(-x));
}

/** Beads with confidences, from DP moves. */
export function scoreBeads(moves: Array<{ i: number; a: number; j: number; b: number }>, model: BeadModel): Bead[] {
  return moves.map(({ i, a, j, b }) => {
    const zh = Array.from({ length: a }, (_, k) => i + k);
    const en = Array.from({ length: b }, (_, k) => j + k);
    if (a === 0 || b === 0) return { zh, en, score: 0.5 };
    const { sim, lenFit } = beadGain(model, i, a, j, b);
    return { zh, en, score: Math.round(beadConfidence(sim, lenFit) * 1000) / 1000 };
  });
}

/** Grid cells above which the first pass is banded instead of exhaustive. */
const FULL_GRID_CELLS = 300_000;

/** The (i, j) corners a bead path passes through. */
function pathOf(moves: Array<{ i: number; a: number; j: number; b: number }>): Array<[number, number]> {
  const path: Array<[number, number]> = [[0, 0]];
  for (const { i, a, j, b } of moves) path.push([i + a, j + b]);
  return path;
}

/** Runs the DP in a band, widening it when the best path touches the band's edge. */
function alignAdaptive(zh: AlignUnit[], en: AlignUnit[], model: BeadModel, band: Band, widen: (w: number) => Band, width: number) {
  let moves = alignInBand(zh.length, en.length, band, model);
  for (let tries = 0; tries < 3; tries++) {
    const touches = pathOf(moves).some(([i, j]) => (j === band[i][0] && j > 0) || (j === band[i][1] && j < en.length));
    if (!touches) break;
    width *= 2;
    band = widen(width);
    moves = alignInBand(zh.length, en.length, band, model);
  }
  return moves;
}

/**
 * Aligns Chinese units with English units: a first banded pass, word pairs learned from its
 * confident beads, then a second pass in a narrow band around the first path. Time and memory
 * grow linearly with document length for long documents.
 */
export function alignUnits(zh: AlignUnit[], en: AlignUnit[], lex: AlignLexicon, params: AlignParams = DEFAULT_PARAMS, learn = true): Bead[] {
  const n = zh.length;
  const m = en.length;
  if (n === 0 || m === 0) {
    return [...zh.map((_, i) => ({ zh: [i], en: [], score: 0.5 })), ...en.map((_, j) => ({ zh: [], en: [j], score: 0.5 }))];
  }
  const lz = zh.reduce((s, u) => s + u.len, 0);
  const le = en.reduce((s, u) => s + u.len, 0);
  const ratio = lz > 0 && le > 0 ? le / lz : 1;
  const full = n * m <= FULL_GRID_CELLS;
  const firstWidth = full ? Math.max(n, m) : Math.max(40, Math.ceil(0.03 * Math.max(n, m)));
  const model1: BeadModel = { scorer: new BeadScorer(zh, en, lex), ratio, params };
  const moves1 = alignAdaptive(zh, en, model1, diagonalBand(zh, en, firstWidth), (w) => diagonalBand(zh, en, w), firstWidth);
  if (!learn) return scoreBeads(moves1, model1);
  const beads1 = scoreBeads(moves1, model1);
  const lex2 = learnLexicon(zh, en, lex, beads1);
  const model2: BeadModel = { scorer: new BeadScorer(zh, en, lex2), ratio, params };
  const path1 = pathOf(moves1);
  const moves2 = alignAdaptive(zh, en, model2, pathBand(path1, n, m, 12), (w) => pathBand(path1, n, m, w), 12);
  return scoreBeads(moves2, model2);
}
