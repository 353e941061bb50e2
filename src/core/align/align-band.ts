// Bands that bound the aligner's search: a diagonal band in length space, a band around a path, the
// band made walkable (any pair of sizes has a path), and the banded grid of cells the DP fills.
import type { AlignUnit } from './align-sim';

/** Inclusive column range [lo, hi] allowed for each row 0..n of the DP grid. */
export type Band = Array<[number, number]>;

/**
 * A band of half-width `width` around the straight path from (0,0) to (n,m) in length space,
 * measured along both axes: a cell is kept when it lies within `width` columns of the diagonal
 * in its row and within `width` rows of it in its column, so a very short side against a very
 * long one still costs cells in proportion to n + m.
 */
export function diagonalBand(zh: AlignUnit[], en: AlignUnit[], width: number): Band {
  const n = zh.length;
  const m = en.length;
  const totalZ = zh.reduce((s, u) => s + u.len, 0) || 1;
  const cumEn: number[] = [0];
  for (const u of en) cumEn.push(cumEn[cumEn.length - 1] + u.len);
  const totalE = cumEn[m] || 1;
  const q: number[] = [];
  let acc = 0;
  let col = 0;
  for (let i = 0; i <= n; i++) {
    const target = (acc / totalZ) * totalE;
    while (col < m && cumEn[col + 1] <= target) col++;
    q.push(col);
    if (i < n) acc += zh[i].len;
  }
  const band: Band = [];
  for (let i = 0; i <= n; i++) {
    const lo = Math.max(q[i] - width, q[Math.max(0, i - width)]);
    const hi = Math.min(q[i] + width, q[Math.min(n, i + width)] + 1);
    band.push([Math.max(0, lo), Math.min(m, hi)]);
  }
  return band;
}

/** A band of half-width `width` around a path given as (i, j) cell corners, measured along both axes. */
export function pathBand(path: Array<[number, number]>, n: number, m: number, width: number): Band {
  const jmin = new Array<number>(n + 1).fill(Infinity);
  const jmax = new Array<number>(n + 1).fill(-Infinity);
  for (const [i, j] of path) {
    jmin[i] = Math.min(jmin[i], j);
    jmax[i] = Math.max(jmax[i], j);
  }
  // Rows the path jumps over (never with a monotone path that visits every row) keep their neighbours' columns.
  for (let i = 1; i <= n; i++) if (jmin[i] === Infinity) (jmin[i] = jmax[i - 1]), (jmax[i] = jmax[i - 1]);
  const band: Band = [];
  for (let r = 0; r <= n; r++) {
    const lo = Math.max(jmin[r] - width, jmin[Math.max(0, r - width)]);
    const hi = Math.min(jmax[r] + width, jmax[Math.min(n, r + width)]);
    band.push([Math.max(0, Math.min(lo, m)), Math.max(0, Math.min(hi, m))]);
  }
  return band;
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

/** A banded grid of DP cells: row offsets into flat arrays, and the cell index of (i, j) or -1. */
export class BandGrid {
  readonly offs: Int32Array;
  readonly size: number;
  constructor(
    readonly n: number,
    readonly m: number,
    readonly band: Band,
  ) {
    this.offs = new Int32Array(n + 2);
    for (let i = 0; i <= n; i++) this.offs[i + 1] = this.offs[i] + (band[i][1] - band[i][0] + 1);
    this.size = this.offs[n + 1];
  }
  cell(i: number, j: number): number {
    if (i < 0 || i > this.n) return -1;
    const [lo, hi] = this.band[i];
    return j < lo || j > hi ? -1 : this.offs[i] + (j - lo);
  }
}
