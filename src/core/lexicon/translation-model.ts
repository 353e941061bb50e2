// A lexical translation model p(English stem | Chinese word), re-estimated on the document's own aligned
// pairs by EM (IBM Model 1) with CC-CEDICT as a Dirichlet prior: the dictionary says what a word may
// mean, the document says which of those meanings (and which renderings the dictionary lacks) it uses.
// Pure and plain data in, plain numbers out; words are strings (Chinese words, English Porter stems).

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

/**
 * Trains the model on a document's aligned pairs. `prior(zh)` gives the English stems the dictionary
 * (and a glossary) lists for a Chinese word. Linear in the pairs' word co-occurrences per iteration.
 */
export function trainTranslationModel(pairs: readonly TrainingPair[], prior: (zh: string) => readonly string[], iterations = EM_ITERATIONS): TranslationModel {
  const zhIds = new Map<string, number>([['', NULL_ID]]);
  const enIds = new Map<string, number>();
  const sourceIds = new Map<string, number>();
  const idOf = (ids: Map<string, number>, w: string) => {
    let id = ids.get(w);
    if (id === undefined) ids.set(w, (id = ids.size));
    return id;
  };
  const step = Math.max(1, pairs.length / MAX_TRAINING_PAIRS);
  const data: Array<{ zh: Int32Array; en: Int32Array; source: number }> = [];
  for (let n = 0; n < Math.min(pairs.length, MAX_TRAINING_PAIRS); n++) {
    const p = pairs[Math.floor(n * step)];
    if (p.en.length === 0 || p.zh.length === 0 || p.en.length * p.zh.length > MAX_PAIR_CELLS) continue;
    const zh = Int32Array.from([NULL_ID, ...p.zh.map((w) => idOf(zhIds, w))]);
    data.push({ zh, en: Int32Array.from(p.en.map((w) => idOf(enIds, w))), source: idOf(sourceIds, p.zh.join(' ')) });
  }
  // t[f] maps English id → t(e|f); support[f] counts the distinct Chinese sentences f and e met in.
  const t: Array<Map<number, number>> = Array.from({ length: zhIds.size }, () => new Map());
  const support: Array<Map<number, number>> = Array.from({ length: zhIds.size }, () => new Map());
  const lastSource: Array<Map<number, number>> = Array.from({ length: zhIds.size }, () => new Map());
  const priorSet: Array<Set<number>> = Array.from({ length: zhIds.size }, () => new Set());
  for (const [w, f] of zhIds) {
    if (f === NULL_ID) continue;
    for (const stem of prior(w)) {
      const e = enIds.get(stem);
      if (e !== undefined) priorSet[f].add(e);
    }
  }
  // Initial t(e|f): a dictionary rendering weighs PRIOR_BOOST, any other co-occurring word 1 (normalised per f).
  for (const { zh, en, source } of data) for (const f of zh) for (const e of en) {
    if (!t[f].has(e)) t[f].set(e, priorSet[f].has(e) ? PRIOR_BOOST : 1);
    if (lastSource[f].get(e) !== source) { lastSource[f].set(e, source); support[f].set(e, (support[f].get(e) ?? 0) + 1); }
  }
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
  const get = (zh: string, en: string) => {
    const f = zhIds.get(zh);
    const e = enIds.get(en);
    return f === undefined || e === undefined ? null : { f, e };
  };
  return {
    prob(zh, en) {
      const k = get(zh, en);
      return !k || k.f === NULL_ID ? 0 : t[k.f].get(k.e) ?? 0;
    },
    nullProb(en) {
      const e = enIds.get(en);
      return e === undefined ? 0 : t[NULL_ID].get(e) ?? 0;
    },
    inPrior(zh, en) {
      const k = get(zh, en);
      return !!k && priorSet[k.f].has(k.e);
    },
    support(zh, en) {
      const k = get(zh, en);
      return k ? support[k.f].get(k.e) ?? 0 : 0;
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
  const p = zh.map((f) => en.map((e) => model.prob(f, e)));
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
