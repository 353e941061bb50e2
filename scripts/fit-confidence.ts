// Fits the pair confidence (a logistic regression over CONFIDENCE_FEATURES) on MAC-Dev, ACA and
// the seed pair, and prints the coefficients, AUC, lowest-10% wrong share and calibration.
// Usage: npx tsx scripts/fit-confidence.ts [--write] [--dump FILE.json]   (--write puts the coefficients into
// src/core/align/align-confidence.ts). These are all the gold data there is: the figures it
// prints are in-sample, and it also prints each set scored by a fit on the other sets.
import { readFileSync, writeFileSync } from 'node:fs';
import { loadNodeResources } from '../src/cli/resources';
import { CONFIDENCE_FEATURES } from '../src/core/align/align-confidence';
import { benchmarkPairs, calibration, confidenceSummary, seedPairs, type ScoredPair } from './eval/confidence-data';

/** L2-regularised logistic regression by Newton's method; returns [intercept, ...weights]. */
export function fitLogistic(X: number[][], y: number[], lambda = 1, iterations = 30): number[] {
  const d = X[0].length + 1;
  const w = new Array<number>(d).fill(0);
  for (let it = 0; it < iterations; it++) {
    const g = new Array<number>(d).fill(0);
    const H = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (let r = 0; r < X.length; r++) {
      const x = [1, ...X[r]];
      let z = 0;
      for (let k = 0; k < d; k++) z += w[k] * x[k];
      const p = 1 / (1 + Math.exp(-z));
      for (let k = 0; k < d; k++) {
        g[k] += (p - y[r]) * x[k];
        for (let l = 0; l < d; l++) H[k][l] += p * (1 - p) * x[k] * x[l];
      }
    }
    // The intercept is not shrunk.
    for (let k = 1; k < d; k++) {
      g[k] += lambda * w[k];
      H[k][k] += lambda;
    }
    const step = solve(H, g);
    let change = 0;
    for (let k = 0; k < d; k++) {
      w[k] -= step[k];
      change = Math.max(change, Math.abs(step[k]));
    }
    if (change < 1e-8) break;
  }
  return w;
}

/** Solves A x = b by Gaussian elimination with partial pivoting. */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    [M[c], M[p]] = [M[p], M[c]];
    for (let r = c + 1; r < n; r++) {
      const f = M[r][c] / M[c][c];
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r][n];
    for (let k = r + 1; k < n; k++) s -= M[r][k] * x[k];
    x[r] = s / M[r][r];
  }
  return x;
}

const predict = (w: number[], x: number[]) => 1 / (1 + Math.exp(-(w[0] + x.reduce((s, v, k) => s + w[k + 1] * v, 0))));

async function main() {
  const res = await loadNodeResources();
  const data: ScoredPair[] = [...benchmarkPairs('mac-dev', res), ...benchmarkPairs('aca', res), ...seedPairs(res)];
  const dump = process.argv.indexOf('--dump');
  if (dump > 0) writeFileSync(process.argv[dump + 1], JSON.stringify(data));
  const w = fitLogistic(data.map((p) => p.features), data.map((p) => (p.correct ? 1 : 0)));
  const rounded = w.map((v) => Math.round(v * 1000) / 1000);
  console.log('coefficients:', JSON.stringify(Object.fromEntries([['intercept', rounded[0]], ...CONFIDENCE_FEATURES.map((f, k) => [f, rounded[k + 1]])])));
  const sets = ['mac-dev', 'aca', 'seed'];
  for (const set of sets) {
    const mine = data.filter((p) => p.set === set);
    const fitted = mine.map((p) => ({ score: predict(rounded, p.features), correct: p.correct }));
    const others = data.filter((p) => p.set !== set);
    const wo = fitLogistic(others.map((p) => p.features), others.map((p) => (p.correct ? 1 : 0)));
    const heldOut = mine.map((p) => ({ score: predict(wo, p.features), correct: p.correct }));
    console.log(set, 'as shipped:', JSON.stringify(confidenceSummary(mine)), 'refit:', JSON.stringify(confidenceSummary(fitted)), 'fit without this set:', JSON.stringify(confidenceSummary(heldOut)));
  }
  console.log('calibration (all sets, refit):');
  for (const row of calibration(data.map((p) => ({ score: predict(rounded, p.features), correct: p.correct })))) console.log(JSON.stringify(row));
  if (process.argv.includes('--write')) {
    const file = new URL('../src/core/align/align-confidence.ts', import.meta.url);
    const src = readFileSync(file, 'utf8');
    writeFileSync(file, src.replace(/export const CONFIDENCE_COEFS: number\[\] = \[[^\]]*\];/, `export const CONFIDENCE_COEFS: number[] = [${rounded.join(', ')}];`));
    console.log('written to src/core/align/align-confidence.ts');
  }
}

main();
