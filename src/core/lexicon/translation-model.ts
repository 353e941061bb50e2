// A lexical translation model p(English stem | Chinese word), re-estimated on the document's own aligned
// pairs by EM (IBM Model 1) with CC-CEDICT as a Dirichlet prior: the dictionary says what a word may
// mean, the document says which of those meanings (and which renderings the dictionary lacks) it uses.
// Pure and plain data in, plain numbers out; words are strings (Chinese words, English Porter stems).

import { PairIndex } from './pair-index';

/** One aligned pair's content words: Chinese words and English stems. */
export interface TrainingPair {
  zh: readonly string[];
  en: readonly string[];
}

/** The trained model: translation probabilities and a NULL probability for English words nothing in the pair explains. */
export interface TranslationModel {
  /** p(en | zh); 0 for a pair of words never seen together. */
  prob(zh: string, en: string): number;
  /** p(en | NULL): how likely the stem is to appear without a source word. */
  nullProb(en: string): number;
  /** True when the dictionary prior lists `en` among the renderings of `zh`. */
  inPrior(zh: string, en: string): boolean;
  /** Distinct Chinese sentences in which the two words met during training. */
  support(zh: string, en: string): number;
  /** prob(zh[i], en[j]) for every i and j, each word looked up once. */
  probs?(zh: readonly string[], en: readonly string[]): number[][];
  /** `linkWords(this, zh, en)` computed over the model's own tables (each word pair looked up once). */
  links?(zh: readonly string[], en: readonly string[]): WordLinkProb[];
}

/** A link between the i-th Chinese and the j-th English word of one pair, with its posterior probability. */
export interface WordLinkProb {
  zh: number;
  en: number;
  p: number;
}

/** EM iterations: the likelihood changes little after five on documents of a few hundred pairs. */
export const EM_ITERATIONS = 5;
/** Pseudo-count each dictionary rendering adds to a word's expected counts in every M-step. */
export const PRIOR_WEIGHT = 2;
/** Initial weight of a dictionary rendering relative to any other co-occurring word. */
export const PRIOR_BOOST = 20;
/** A pair with more word pairs than this (one 200,000-character line) is left out of training and gets no learned links: it is no sentence pair. */
export const MAX_PAIR_CELLS = 40_000;
/** Training uses at most this many pairs (evenly spread), which bounds time and memory on huge inputs. */
export const MAX_TRAINING_PAIRS = 20_000;
/** Posterior below which a word pair is not reported as a link. */
export const LINK_MIN = 0.25;
/** A link the dictionary does not list must be learned from at least this many distinct sentences … */
export const MIN_LEARNED_SUPPORT = 2;
/** … and carry at least this translation probability: a posterior is relative, and a word nothing explains well would otherwise link to anything. */
export const MIN_LEARNED_PROB = 0.05;

const NULL_ID = 0;

/** A document's training data as ids, shared by both EM implementations. */
interface TrainingData {
  zhIds: Map<string, number>;
  enIds: Map<string, number>;
  pairs: Array<{ zh: Int32Array; en: Int32Array; source: number }>;
  /** Per Chinese id, the English ids the prior lists, in the prior's order. */
  priorSet: Array<Set<number>>;
}

function trainingData(pairs: readonly TrainingPair[], prior: (zh: string) => readonly string[]): TrainingData {
  const zhIds = new Map<string, number>([['', NULL_ID]]);
  const enIds = new Map<string, number>();
  const sourceIds = new Map<string, number>();
  const idOf = (ids: Map<string, number>, w: string) => {
    let id = ids.get(w);
    if (id === undefined) ids.set(w, (id = ids.size));
    return id;
  };
  const step = Math.max(1, pairs.length / MAX_TRAINING_PAIRS);
  const data: TrainingData['pairs'] = [];
  for (let n = 0; n < Math.min(pairs.length, MAX_TRAINING_PAIRS); n++) {
    const p = pairs[Math.floor(n * step)];
    if (p.en.length === 0 || p.zh.length === 0 || p.en.length * p.zh.length > MAX_PAIR_CELLS) continue;
    const zh = Int32Array.from([NULL_ID, ...p.zh.map((w) => idOf(zhIds, w))]);
    data.push({ zh, en: Int32Array.from(p.en.map((w) => idOf(enIds, w))), source: idOf(sourceIds, p.zh.join(' ')) });
  }
  const priorSet: Array<Set<number>> = Array.from({ length: zhIds.size }, () => new Set());
  for (const [w, f] of zhIds) {
    if (f === NULL_ID) continue;
    for (const stem of prior(w)) {
      const e = enIds.get(stem);
      if (e !== undefined) priorSet[f].add(e);
    }
  }
  return { zhIds, enIds, pairs: data, priorSet };
}

/** t(e|f) of the trained model (0 for a pair never seen together). */
type Translation = (f: number, e: number) => number;

/**
 * EM over one Map per Chinese word: the direct statement of the estimate. A row's sum runs in the
 * order its words were inserted, which the flat version below reproduces.
 */
function emByMaps({ zhIds, pairs: data, priorSet }: TrainingData, iterations: number): Translation {
  const t: Array<Map<number, number>> = Array.from({ length: zhIds.size }, () => new Map());
  // Initial t(e|f): a dictionary rendering weighs PRIOR_BOOST, any other co-occurring word 1 (normalised per f).
  for (const { zh, en } of data) for (const f of zh) for (const e of en) if (!t[f].has(e)) t[f].set(e, priorSet[f].has(e) ? PRIOR_BOOST : 1);
  const normalise = (row: Map<number, number>) => {
    let sum = 0;
    for (const v of row.values()) sum += v;
    if (sum > 0) for (const [e, v] of row) row.set(e, v / sum);
  };
  t.forEach(normalise);
  for (let it = 0; it < iterations; it++) {
    const counts: Array<Map<number, number>> = Array.from({ length: zhIds.size }, () => new Map());
    for (const { zh, en } of data) {
      for (const e of en) {
        let denom = 0;
        for (const f of zh) denom += t[f].get(e) ?? 0;
        if (denom <= 0) continue;
        for (const f of zh) {
          const c = (t[f].get(e) ?? 0) / denom;
          if (c > 0) counts[f].set(e, (counts[f].get(e) ?? 0) + c);
        }
      }
    }
    counts.forEach((row, f) => { for (const e of priorSet[f]) row.set(e, (row.get(e) ?? 0) + PRIOR_WEIGHT); normalise(row); t[f] = row; });
  }
  return (f, e) => t[f].get(e) ?? 0;
}

/**
 * The same EM over flat arrays: each Chinese word's row is a fixed run of cells (the words it meets,
 * in the order the Map version inserts them, then prior renderings it never meets), and each pair
 * lists its cells once. Returns null, and the caller falls back to `emByMaps`, where a count
 * would be zero: the Map version then leaves a word out of its row, which changes that row's order.
 */
/** The flat EM's result: t(e|f) by cell, the cell of each (f, e) met or in the prior, and each training pair's cells. */
interface CellTable {
  table: Float64Array;
  cellOf: PairIndex;
  /** Per training pair, its cells in the E-step's order (English word outer, Chinese word inner). */
  cells: Int32Array[];
  /** Per Chinese id, the cells of its prior renderings. */
  priorCells: Int32Array[];
}

function emByCells({ zhIds, pairs: data, priorSet }: TrainingData, iterations: number): CellTable | null {
  // Each (f, e) first holds its place in f's row, then (shifted by the row's start) its cell.
  // Sized for a quarter of the word pairs met (most recur), growing as needed.
  const cellOf = new PairIndex(Math.min(1 << 20, data.reduce((s, p) => s + p.zh.length * p.en.length, 0) / 4));
  // Rows in insertion order: the words each Chinese word meets, pair by pair, then its prior-only renderings.
  const rows: number[][] = Array.from({ length: zhIds.size }, () => []);
  for (const { zh, en } of data) {
    for (const f of zh) {
      for (const e of en) {
        if (cellOf.add(f, e, rows[f].length)) rows[f].push(e);
      }
    }
  }
  const met = rows.map((r) => r.length);
  priorSet.forEach((es, f) => {
    for (const e of es) if (cellOf.add(f, e, rows[f].length)) rows[f].push(e);
  });
  const rowStart = new Int32Array(zhIds.size + 1);
  for (let f = 0; f < rows.length; f++) rowStart[f + 1] = rowStart[f] + rows[f].length;
  cellOf.shift(rowStart);
  const size = rowStart[rows.length];
  // Each pair's cells in the E-step's order: English word outer, Chinese word (NULL first) inner.
  const cells = data.map(({ zh, en }) => {
    const out = new Int32Array(zh.length * en.length);
    let k = 0;
    for (const e of en) for (const f of zh) out[k++] = cellOf.get(f, e);
    return out;
  });
  const priorCells = priorSet.map((es, f) => Int32Array.from(es, (e) => cellOf.get(f, e)));
  let t = new Float64Array(size);
  for (let f = 0; f < rows.length; f++) {
    for (let k = 0; k < met[f]; k++) t[rowStart[f] + k] = priorSet[f].has(rows[f][k]) ? PRIOR_BOOST : 1;
  }
  const normalise = (x: Float64Array, from: number, to: number) => {
    let sum = 0;
    for (let c = from; c < to; c++) sum += x[c];
    if (sum > 0) for (let c = from; c < to; c++) x[c] = x[c] / sum;
  };
  // Before the first E-step a row holds only the words it meets.
  for (let f = 0; f < rows.length; f++) normalise(t, rowStart[f], rowStart[f] + met[f]);
  for (let it = 0; it < iterations; it++) {
    const counts = new Float64Array(size);
    for (let n = 0; n < data.length; n++) {
      const z = data[n].zh.length;
      const pc = cells[n];
      for (let base = 0; base < pc.length; base += z) {
        let denom = 0;
        for (let k = base; k < base + z; k++) denom += t[pc[k]];
        if (!(denom > 0)) return null;
        for (let k = base; k < base + z; k++) {
          const c = t[pc[k]] / denom;
          if (!(c > 0)) return null;
          counts[pc[k]] += c;
        }
      }
    }
    for (let f = 0; f < rows.length; f++) {
      const pcs = priorCells[f];
      for (let k = 0; k < pcs.length; k++) counts[pcs[k]] += PRIOR_WEIGHT;
      normalise(counts, rowStart[f], rowStart[f + 1]);
    }
    t = counts;
  }
  return { table: t, cellOf, cells, priorCells };
}

/**
 * Trains the model on a document's aligned pairs. `prior(zh)` gives the English stems the dictionary
 * (and a glossary) lists for a Chinese word. Linear in the pairs' word co-occurrences per iteration.
 * `byMaps` runs the direct Map version (the reference the flat one is tested against).
 */
export function trainTranslationModel(pairs: readonly TrainingPair[], prior: (zh: string) => readonly string[], iterations = EM_ITERATIONS, byMaps = false): TranslationModel {
  const data = trainingData(pairs, prior);
  const flat = byMaps ? null : emByCells(data, iterations);
  return flat ? cellModel(data, flat) : mapModel(data, emByMaps(data, iterations));
}

/** The model over `emByMaps`' translation table, with its support counted in one Map per Chinese word. */
function mapModel(data: TrainingData, t: Translation): TranslationModel {
  const { zhIds, enIds, priorSet } = data;
  // support[f] counts the distinct Chinese sentences f and e met in.
  const support: Array<Map<number, number>> = Array.from({ length: zhIds.size }, () => new Map());
  const lastSource: Array<Map<number, number>> = Array.from({ length: zhIds.size }, () => new Map());
  for (const { zh, en, source } of data.pairs) for (const f of zh) for (const e of en) {
    if (lastSource[f].get(e) !== source) { lastSource[f].set(e, source); support[f].set(e, (support[f].get(e) ?? 0) + 1); }
  }
  const get = (zh: string, en: string) => {
    const f = zhIds.get(zh);
    const e = enIds.get(en);
    return f === undefined || e === undefined ? null : { f, e };
  };
  return {
    prob(zh, en) {
      const k = get(zh, en);
      return !k || k.f === NULL_ID ? 0 : t(k.f, k.e);
    },
    nullProb(en) {
      const e = enIds.get(en);
      return e === undefined ? 0 : t(NULL_ID, e);
    },
    inPrior(zh, en) {
      const k = get(zh, en);
      return !!k && priorSet[k.f].has(k.e);
    },
    support(zh, en) {
      const k = get(zh, en);
      return k ? support[k.f].get(k.e) ?? 0 : 0;
    },
    probs(zhWords, enWords) {
      const es = enWords.map((w) => enIds.get(w));
      return zhWords.map((w) => {
        const f = zhIds.get(w);
        return es.map((e) => (f === undefined || e === undefined || f === NULL_ID ? 0 : t(f, e)));
      });
    },
  };
}

/**
 * The same model over the flat EM's cells: support and prior membership are arrays by cell, and
 * `links` finds each word pair's cell once for its probability, prior test and support (the
 * generic `linkWords` asked the model three times per word pair, each a pair of string lookups).
 */
function cellModel(data: TrainingData, { table, cellOf, cells, priorCells }: CellTable): TranslationModel {
  const { zhIds, enIds } = data;
  // support[c] counts the distinct Chinese sentences the cell's two words met in: a pair's cells are exactly the (f, e) it holds.
  const support = new Int32Array(table.length);
  const lastSource = new Int32Array(table.length).fill(-1);
  data.pairs.forEach(({ source }, n) => {
    for (const c of cells[n]) if (lastSource[c] !== source) { lastSource[c] = source; support[c]++; }
  });
  const prior = new Uint8Array(table.length);
  for (const pcs of priorCells) for (const c of pcs) prior[c] = 1;
  /** The cell of (f, e), -1 for words never seen together nor paired by the prior. */
  const cellAt = (f: number | undefined, e: number | undefined) => (f === undefined || e === undefined ? -1 : cellOf.get(f, e));
  const t = (f: number, e: number) => {
    const c = cellAt(f, e);
    return c < 0 ? 0 : table[c];
  };
  return {
    prob(zh, en) {
      const f = zhIds.get(zh);
      const c = f === NULL_ID ? -1 : cellAt(f, enIds.get(en));
      return c < 0 ? 0 : table[c];
    },
    nullProb(en) {
      const e = enIds.get(en);
      return e === undefined ? 0 : t(NULL_ID, e);
    },
    inPrior(zh, en) {
      const c = cellAt(zhIds.get(zh), enIds.get(en));
      return c >= 0 && prior[c] === 1;
    },
    support(zh, en) {
      const c = cellAt(zhIds.get(zh), enIds.get(en));
      return c < 0 ? 0 : support[c];
    },
    probs(zhWords, enWords) {
      const es = enWords.map((w) => enIds.get(w));
      return zhWords.map((w) => {
        const f = zhIds.get(w);
        return es.map((e) => (f === undefined || e === undefined || f === NULL_ID ? 0 : t(f, e)));
      });
    },
    links(zhWords, enWords) {
      // The arithmetic of `linkWords`, in its order: column sums add the rows top-down to 0 and then
      // to the NULL probability, row sums add the columns left to right.
      const Z = zhWords.length;
      const N = enWords.length;
      const es = enWords.map((w) => enIds.get(w));
      const cell = new Int32Array(Z * N);
      const p = new Float64Array(Z * N);
      for (let i = 0; i < Z; i++) {
        const f = zhIds.get(zhWords[i]);
        for (let j = 0; j < N; j++) {
          const c = f === NULL_ID ? -1 : cellAt(f, es[j]);
          cell[i * N + j] = c;
          p[i * N + j] = c < 0 ? 0 : table[c];
        }
      }
      const colSum = new Float64Array(N);
      for (let j = 0; j < N; j++) {
        let sum = 0;
        for (let i = 0; i < Z; i++) sum += p[i * N + j];
        const e = es[j];
        colSum[j] = (e === undefined ? 0 : t(NULL_ID, e)) + sum;
      }
      const links: WordLinkProb[] = [];
      for (let i = 0; i < Z; i++) {
        let rowSum = 0;
        for (let j = 0; j < N; j++) rowSum += p[i * N + j];
        for (let j = 0; j < N; j++) {
          const pij = p[i * N + j];
          if (pij <= 0) continue;
          const c = cell[i * N + j];
          if (prior[c] !== 1 && (pij < MIN_LEARNED_PROB || support[c] < MIN_LEARNED_SUPPORT)) continue;
          const enSide = colSum[j] > 0 ? pij / colSum[j] : 0;
          const zhSide = rowSum > 0 ? pij / Math.max(rowSum, 0.5) : 0;
          const post = Math.max(enSide, zhSide);
          if (post >= LINK_MIN) links.push({ zh: i, en: j, p: Math.round(post * 1000) / 1000 });
        }
      }
      return links;
    },
  };
}

/**
 * Posterior links of one pair under the model (IBM Model 1 alignment posteriors in both directions,
 * kept where either reaches LINK_MIN): for each English word, how much each Chinese word explains it,
 * and for each Chinese word, how much each English word is its translation.
 */
export function linkWords(model: TranslationModel, zh: readonly string[], en: readonly string[]): WordLinkProb[] {
  if (zh.length * en.length > MAX_PAIR_CELLS) return [];
  if (model.links) return model.links(zh, en);
  const p = model.probs ? model.probs(zh, en) : zh.map((f) => en.map((e) => model.prob(f, e)));
  const links: WordLinkProb[] = [];
  const colSum = en.map((e, j) => model.nullProb(e) + zh.reduce((s, _f, i) => s + p[i][j], 0));
  zh.forEach((_f, i) => {
    const rowSum = p[i].reduce((s, v) => s + v, 0);
    en.forEach((_e, j) => {
      if (p[i][j] <= 0 || (!model.inPrior(zh[i], en[j]) && (p[i][j] < MIN_LEARNED_PROB || model.support(zh[i], en[j]) < MIN_LEARNED_SUPPORT))) return;
      const enSide = colSum[j] > 0 ? p[i][j] / colSum[j] : 0;
      // How much of the Chinese word's expected translation mass lands on this English word.
      const zhSide = rowSum > 0 ? p[i][j] / Math.max(rowSum, 0.5) : 0;
      const post = Math.max(enSide, zhSide);
      if (post >= LINK_MIN) links.push({ zh: i, en: j, p: Math.round(post * 1000) / 1000 });
    });
  });
  return links;
}
