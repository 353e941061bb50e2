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
  /** Spread of log(length ratio) around the document's own ratio. */
  lenSigma: number;
  /** Extra cost of a bead by shape, beyond 1-1. */
  shapeCost: Record<string, number>;
  /**
   * What leaving one unit unpaired earns, as a share of what a typical paired unit of this
   * document earns: a pair far weaker than the document's norm loses to two unpaired units.
   */
  skipShare: number;
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
}

export const DEFAULT_PARAMS: AlignParams = {
  lexWeight: 1,
  lenWeight: 0.7,
  lenSigma: 0.7,
  shapeCost: { '1-1': 0, '1-2': 0.05, '2-1': 0.05, '1-3': 0.2, '3-1': 0.2, '2-2': 0.35, '1-4': 0.2, '4-1': 0.2, '2-3': 0.5, '3-2': 0.5 },
  skipShare: 0.15,
  firstSkip: 0.2,
  lenGate: 0.2,
  minEvidence: 10,
  memberShare: 0.5,
  memberPenalty: 10,
  reliableSim: 0.75,
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
  /** What each unpaired unit earns. */
  skip: number;
  /** Similarity at which length counts fully (0: always). */
  simGate: number;
  /** Least similarity a member of a merged bead should reach (0: not judged). */
  memberFloor: number;
}

/** Gain of a bead (higher is better) and its lexical similarity. */
export function beadGain(model: BeadModel, i: number, a: number, j: number, b: number): { gain: number; sim: number; lenFit: number } {
  const { params: P, scorer } = model;
  if (a === 0 || b === 0) return { gain: (a + b) * model.skip, sim: 0, lenFit: 0 };
  const sim = scorer.lexical(i, a, j, b);
  const [lz, le] = scorer.lengths(i, a, j, b);
  // Small constants keep one-word headings from producing wild ratios.
  const d = Math.log((le + 8) / (model.ratio * lz + 8));
  const lenFit = Math.exp(-(d * d) / (2 * P.lenSigma * P.lenSigma));
  // Little translatable content is no evidence against a pair: then length speaks alone.
  const gate = model.simGate > 0 && scorer.evidence >= P.minEvidence ? Math.min(1, sim / model.simGate) : 1;
  // Lexical credit grows with the units a bead explains; length credit is the bead's own (as much
  // as a 1-1 pair's), so absorbing an unrelated short sentence into a pair earns no length credit.
  let gain = (a + b) * P.lexWeight * sim + 2 * P.lenWeight * lenFit * gate - (P.shapeCost[`${a}-${b}`] ?? 1);
  if (model.memberFloor > 0 && scorer.weakestMember < model.memberFloor) gain -= P.memberPenalty * (model.memberFloor - scorer.weakestMember);
  return { gain, sim, lenFit };
}

/**
 * The band made walkable: row 0 holds column 0, row n holds column m, every row's range is
 * non-empty and reaches the next row's first column, so 0-1 and 1-0 beads always connect
 * (0, 0) to (n, m) whatever the two sides' sizes. Cells added stay linear in n + m.
 */
export function connectBand(band: Band, n: number, m: number): Band {
  const out: Band = [];
  for (let i = 0; i <= n; i++) {
    const [l, h] = band[i] ?? [0, m];
    const lo = Math.max(0, Math.min(l, m));
    out.push([lo, Math.max(lo, Math.min(h, m))]);
  }
  out[0][0] = 0;
  out[n][1] = m;
  // Left edges never move backwards, and each row reaches where the next one starts.
  for (let i = 1; i <= n; i++) if (out[i][0] < out[i - 1][0]) out[i][0] = out[i - 1][0];
  for (let i = 0; i <= n; i++) if (out[i][1] < out[i][0]) out[i][1] = out[i][0];
  for (let i = 0; i < n; i++) if (out[i][1] < out[i + 1][0]) out[i][1] = out[i + 1][0];
  return out;
}

/**
 * Best monotone bead sequence inside `band` (rows 0..n, each with an allowed column range).
 * Returns the beads in order; cells outside the band are never visited.
 */
export function alignInBand(n: number, m: number, rawBand: Band, model: BeadModel, onRow?: (row: number) => void): Array<{ i: number; a: number; j: number; b: number }> {
  const band = connectBand(rawBand, n, m);
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
        const gain = beadGain(model, i - a, a, j - b, b).gain;
        // A NaN gain (impossible lengths) must not cut the path: it counts as a very bad bead.
        const g = best[prev] + (gain === gain ? gain : -1e9);
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

/**
 * Confidence in [0, 1] of a paired bead: its lexical similarity against what a typical pair of
 * the same document reaches (`normSim`), and its length fit. Relative, so that a literary pair
 * explained half as well as a policy pair can still be a confident one.
 */
export function beadConfidence(sim: number, lenFit: number, normSim: number): number {
  const x = 8 * (sim / Math.max(0.3, normSim) - 0.5) + 2 * (lenFit - 0.5);
  return 1 / (1 + Math.exp(-x));
}

/** Beads with confidences, from DP moves. */
export function scoreBeads(moves: Array<{ i: number; a: number; j: number; b: number }>, model: BeadModel, normSim: number): Bead[] {
  return moves.map(({ i, a, j, b }) => {
    const zh = Array.from({ length: a }, (_, k) => i + k);
    const en = Array.from({ length: b }, (_, k) => j + k);
    if (a === 0 || b === 0) return { zh, en, score: 0.5 };
    const { sim, lenFit } = beadGain(model, i, a, j, b);
    return { zh, en, score: Math.round(beadConfidence(sim, lenFit, normSim) * 1000) / 1000 };
  });
}

/** Medians over the paired beads of a path: per-unit gain and similarity of a normal pair in this document. */
function documentNorm(model: BeadModel, moves: Array<{ i: number; a: number; j: number; b: number }>): { gain: number; sim: number } {
  const { lexWeight, lenWeight } = model.params;
  const gains: number[] = [];
  const sims: number[] = [];
  for (const m of moves) {
    if (m.a === 0 || m.b === 0) continue;
    const { sim, lenFit } = beadGain(model, m.i, m.a, m.j, m.b);
    gains.push(lexWeight * sim + lenWeight * lenFit);
    sims.push(sim);
  }
  const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  if (gains.length === 0) return { gain: model.params.firstSkip / model.params.skipShare, sim: 0 };
  return { gain: median(gains), sim: median(sims) };
}

/** Grid cells above which the first pass is banded instead of exhaustive. */
const FULL_GRID_CELLS = 300_000;

/** Half-width of the first pass's band around the length diagonal, in units. */
const FIRST_WIDTH = 48;

/** The (i, j) corners a bead path passes through. */
function pathOf(moves: Array<{ i: number; a: number; j: number; b: number }>): Array<[number, number]> {
  const path: Array<[number, number]> = [[0, 0]];
  for (const { i, a, j, b } of moves) path.push([i + a, j + b]);
  return path;
}

/** Runs the DP in a band, widening it when the best path touches the band's edge. */
function alignAdaptive(zh: AlignUnit[], en: AlignUnit[], model: BeadModel, band: Band, widen: (w: number) => Band, width: number, onRow?: (row: number) => void) {
  let moves = alignInBand(zh.length, en.length, band, model, onRow);
  for (let tries = 0; tries < 3; tries++) {
    const touches = pathOf(moves).some(([i, j]) => (j === band[i][0] && j > 0) || (j === band[i][1] && j < en.length));
    if (!touches) break;
    width *= 2;
    band = widen(width);
    moves = alignInBand(zh.length, en.length, band, model);
  }
  return moves;
}

/** An alignment and how well a typical pair of it is explained by the dictionary (median similarity, 0–1). */
export interface Alignment {
  beads: Bead[];
  medianSim: number;
}

/**
 * Aligns Chinese units with English units: a first banded pass, word pairs learned from its
 * confident beads, then a second pass in a narrow band around the first path. Time and memory
 * grow linearly with document length for long documents.
 */
export function alignDocument(
  zh: AlignUnit[],
  en: AlignUnit[],
  lex: AlignLexicon,
  params: AlignParams = DEFAULT_PARAMS,
  learn = true,
  onProgress?: (done: number, total: number) => void,
): Alignment {
  const n = zh.length;
  const m = en.length;
  if (n === 0 || m === 0) {
    return { beads: [...zh.map((_, i) => ({ zh: [i], en: [], score: 0.5 })), ...en.map((_, j) => ({ zh: [], en: [j], score: 0.5 }))], medianSim: 0 };
  }
  const lz = zh.reduce((s, u) => s + u.len, 0);
  const le = en.reduce((s, u) => s + u.len, 0);
  const ratio = lz > 0 && le > 0 ? le / lz : 1;
  const full = n * m <= FULL_GRID_CELLS;
  // A constant half-width keeps the first pass linear; the band widens where the path touches it.
  const firstWidth = full ? Math.max(n, m) : FIRST_WIDTH;
  const model1: BeadModel = { scorer: new BeadScorer(zh, en, lex), ratio, params, skip: params.firstSkip, simGate: 0, memberFloor: 0 };
  // Two passes over n rows each; a widened band repeats rows, so progress is capped, never reversed.
  const report = (row: number) => onProgress?.(Math.min(row, 2 * n), 2 * n);
  const moves1 = alignAdaptive(zh, en, model1, diagonalBand(zh, en, firstWidth), (w) => diagonalBand(zh, en, w), firstWidth, report);
  // Before the document's norm is known, confidence is judged against a middling similarity.
  const lex2 = learn ? learnLexicon(zh, en, lex, scoreBeads(moves1, model1, 0.6)) : lex;
  const scorer2 = new BeadScorer(zh, en, lex2);
  const norm = documentNorm({ ...model1, scorer: scorer2 }, moves1);
  const model2: BeadModel = { scorer: scorer2, ratio, params, skip: params.skipShare * norm.gain, simGate: params.lenGate * norm.sim, memberFloor: norm.sim >= params.reliableSim ? params.memberShare * norm.sim : 0 };
  const path1 = pathOf(moves1);
  const moves2 = alignAdaptive(zh, en, model2, pathBand(path1, n, m, 12), (w) => pathBand(path1, n, m, w), 12, (row) => report(n + row));
  onProgress?.(2 * n, 2 * n);
  return { beads: scoreBeads(moves2, model2, norm.sim), medianSim: norm.sim };
}

/** The beads of `alignDocument`. */
export function alignUnits(...args: Parameters<typeof alignDocument>): Bead[] {
  return alignDocument(...args).beads;
}
