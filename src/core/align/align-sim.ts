// Lexical and length similarity of a candidate bead (a span of Chinese units against a span of
// English units), the scoring half of the aligner. Pure and allocation-free in the hot path.
import { countedTerms, memberSums, SUMMED, type CountedTerms } from './counted-terms';
import { StampSet } from './stamp-set';

/** One segment as the aligner sees it: interned term ids (zh words or en stems) and a length. */
export interface AlignUnit {
  /** Length in characters, whitespace excluded. */
  len: number;
  /** Content-term ids, in this side's id space (duplicates allowed). */
  terms: number[];
  /**
   * The boundary after this unit falls inside a quotation: the unit opens a quotation it does not
   * close, or the next unit closes one it did not open (translators rarely pair across such a
   * boundary on one side only).
   */
  insideAfter?: boolean;
}

/**
 * The translation relation between the two sides' term ids, restricted to terms present in the
 * documents: `zhToEn[z]` lists English term ids that can translate Chinese term z; `enToZh` is
 * its inverse. `zhWeight`/`enWeight` weight each term (rarer in the document = heavier).
 */
export interface AlignLexicon {
  zhToEn: number[][];
  enToZh: number[][];
  zhWeight: Float64Array;
  enWeight: Float64Array;
}

/**
 * Span sums kept per pair and side: a member faces a span of 2 units at positions 0–2 (shapes 1-2,
 * 2-2, 3-2), of 3 at 0–1 (1-3, 2-3), of 4 at 0 (1-4); SPAN_OFFSET[len] is where a length's run starts.
 */
const SPAN_SLOTS = 12;
const SPAN_OFFSET = [0, 0, 0, 3, 5];

/** Unit pairs (n × m) up to which pair numbers are held in one flat array (4 bytes each) rather than maps. */
const DENSE_PAIRS = 2_000_000;

/** Unit pairs a scorer keeps at most (some 200 bytes each with their masks and sums). */
const MAX_PAIRS = 1 << 17;

/** A copy of a typed array, `length` long, its values kept at the front. */
function grown<T extends Int32Array | Float64Array | Uint8Array>(array: T, length: number): T {
  const out = new (array.constructor as new (n: number) => T)(length);
  out.set(array);
  return out;
}

/**
 * Scores beads of units. `lexical(i, a, j, b)` is the weighted share of translatable content on
 * both sides of zh[i..i+a) × en[j..j+b) that finds a counterpart on the other side, in [0, 1].
 *
 * A term finds a counterpart in a bead exactly when it finds one in some unit of the other side,
 * so which terms of unit p meet unit q is worked out once per unit pair (the DP scores each pair
 * inside some thirty beads), with the weight each side matches against the other unit alone; a
 * bead then takes those sums where the other side is one unit, and otherwise ORs the pairs' masks
 * and sums weights in term order, the order the direct definition adds them in.
 */
export class BeadScorer {
  private zhTerms: CountedTerms[];
  private enTerms: CountedTerms[];
  /** The pair number of zh[p] × en[q] at p·m + q (−1 until computed), for documents small enough … */
  private pairAt: Int32Array | null;
  /** … else per Chinese unit, English unit → the pair's number. */
  private pairOf: Array<Map<number, number> | undefined>;
  /** Per pair number, the offset in `masks` of its Chinese then English hit words. */
  private maskAt = new Int32Array(1 << 10);
  private masks = new Int32Array(1 << 12);
  private masksUsed = 0;
  /** Per pair number, 2 × SUMMED weights: zh[p]'s matched weight against en[q] by member position, then en[q]'s against zh[p]. */
  private sums = new Float64Array(2 * SUMMED * (1 << 10));
  private pairs = 0;
  /**
   * Per pair number, SPAN_SLOTS weights: zh[p]'s matched weight against en[q..q+len) for len 2–4 by
   * member position, then en[q]'s against zh[p..p+len); filled on first use (`spanDone` bits).
   */
  private spans = new Float64Array(SPAN_SLOTS * (1 << 10));
  private spanDone = new Uint8Array(1 << 10);
  private spanTmp = new Float64Array(SUMMED);
  private spanWords = new Int32Array(8);
  private marks: StampSet;
  /** The English terms zh[reachOf]'s terms may translate to. */
  private reach: StampSet;
  private reachOf = -1;
  private zhWords = new Int32Array(8);
  private enWords = new Int32Array(8);
  /** Translatable weight on the thinner side of the last bead scored: how much evidence `lexical` had. */
  evidence = 0;
  /**
   * Lowest share of its own translatable content that any member unit of the last bead found on
   * the other side (1 for single units and members with too little content to judge).
   */
  weakestMember = 1;
  /** Shares of the last bead's translatable weight, Chinese and English side, that found a counterpart. */
  zhCover = 0;
  enCover = 0;
  /** Translatable weight a member needs before `weakestMember` judges it. */
  memberEvidence = 3;

  constructor(
    private zh: AlignUnit[],
    private en: AlignUnit[],
    private lex: AlignLexicon,
    /** Unit pairs kept at most before all are dropped and recomputed as needed. */
    private maxPairs = MAX_PAIRS,
  ) {
    this.zhTerms = countedTerms(zh, lex.zhToEn, lex.zhWeight);
    this.enTerms = countedTerms(en, lex.enToZh, lex.enWeight);
    this.pairAt = zh.length * en.length <= DENSE_PAIRS ? new Int32Array(zh.length * en.length).fill(-1) : null;
    this.pairOf = this.pairAt ? [] : new Array(zh.length);
    this.marks = new StampSet(lex.enToZh.length);
    this.reach = new StampSet(lex.enToZh.length);
  }

  /**
   * Drops every unit pair kept so far, so a long document's scorer holds at most `maxPairs` of them
   * (the DP moves along the rows: pairs it needs again are recomputed, the same).
   */
  private forgetPairs(): void {
    if (this.pairAt) this.pairAt.fill(-1);
    else this.pairOf = new Array(this.zh.length);
    this.masks.fill(0, 0, this.masksUsed);
    this.spanDone.fill(0, 0, this.pairs);
    this.masksUsed = 0;
    this.pairs = 0;
  }

  /** The number of the unit pair zh[p] × en[q], its masks and sums computed on first use. */
  private pair(p: number, q: number): number {
    // The lookup is kept apart from the computing so that it inlines into `lexical`.
    const dense = this.pairAt;
    if (dense) {
      const known = dense[p * this.en.length + q];
      return known >= 0 ? known : this.newPair(p, q);
    }
    const known = this.pairOf[p]?.get(q);
    return known !== undefined ? known : this.newPair(p, q);
  }

  private newPair(p: number, q: number): number {
    const id = this.pairs++;
    if (id >= this.maskAt.length) {
      this.maskAt = grown(this.maskAt, this.maskAt.length * 2);
      this.sums = grown(this.sums, this.sums.length * 2);
      this.spans = grown(this.spans, this.spans.length * 2);
      this.spanDone = grown(this.spanDone, this.spanDone.length * 2);
    }
    const Z = this.zhTerms[p];
    const E = this.enTerms[q];
    const at = this.masksUsed;
    const size = Z.words + E.words;
    if (at + size > this.masks.length) {
      this.masks = grown(this.masks, Math.max(this.masks.length * 2, at + size));
    }
    this.masksUsed += size;
    this.maskAt[id] = at;
    const masks = this.masks;
    const { zhToEn } = this.lex;
    // A Chinese term meets en[q] when one of its candidates is among en[q]'s terms (all of them:
    // a lexicon need not list every link both ways).
    this.marks.clear();
    for (const e of this.en[q].terms) this.marks.add(e);
    for (let k = 0; k < Z.ids.length; k++) {
      const cands = zhToEn[Z.ids[k]];
      for (let c = 0; c < cands.length; c++) {
        if (this.marks.has(cands[c])) {
          masks[at + (k >> 5)] |= 1 << (k & 31);
          break;
        }
      }
    }
    // An English term meets zh[p] when it is a candidate of one of zh[p]'s terms. New pairs come
    // along a row of the DP, so zh[p]'s candidates stay marked from one to the next.
    if (this.reachOf !== p) {
      this.reach.clear();
      for (let k = 0; k < Z.ids.length; k++) for (const e of zhToEn[Z.ids[k]]) this.reach.add(e);
      this.reachOf = p;
    }
    const enAt = at + Z.words;
    for (let k = 0; k < E.ids.length; k++) if (this.reach.has(E.ids[k])) masks[enAt + (k >> 5)] |= 1 << (k & 31);
    memberSums(Z, masks, at, this.sums, id * 2 * SUMMED);
    memberSums(E, masks, enAt, this.sums, id * 2 * SUMMED + SUMMED);
    if (this.pairAt) this.pairAt[p * this.en.length + q] = id;
    else {
      let row = this.pairOf[p];
      if (row === undefined) this.pairOf[p] = row = new Map();
      row.set(q, id);
    }
    return id;
  }

  /**
   * Matched weight of one member at position `t` against a span of `len` (2–4) units on the other
   * side: side 0 is zh[p] against en[q..q+len), side 1 is en[q] against zh[p..p+len). The span's
   * sums for every position are computed once, from the OR of its pairs' masks, in term order.
   */
  private spanSum(side: 0 | 1, unit: CountedTerms, p: number, q: number, len: number, t: number): number {
    const id = this.pair(p, q);
    const slot = id * SPAN_SLOTS + side * (SPAN_SLOTS / 2) + SPAN_OFFSET[len];
    const bit = 1 << (side * 3 + len - 2);
    if (!(this.spanDone[id] & bit)) {
      if (this.spanWords.length < unit.words) this.spanWords = new Int32Array(unit.words);
      const words = this.spanWords;
      words.fill(0, 0, unit.words);
      for (let k = 0; k < len; k++) {
        // Pair numbers first: a new pair may grow `masks`. An English member's hit words follow the Chinese unit's.
        const other = side === 0 ? this.pair(p, q + k) : this.pair(p + k, q);
        const at = this.maskAt[other] + (side === 0 ? 0 : this.zhTerms[p + k].words);
        for (let w = 0; w < unit.words; w++) words[w] |= this.masks[at + w];
      }
      memberSums(unit, words, 0, this.spanTmp, 0);
      for (let x = 0; x < 5 - len; x++) this.spans[slot + x] = this.spanTmp[x];
      this.spanDone[id] |= bit;
    }
    return this.spans[slot + t];
  }

  /** Lexical correspondence of a bead in [0, 1]; 0 when either side has nothing translatable. */
  lexical(i: number, a: number, j: number, b: number): number {
    this.evidence = 0;
    this.weakestMember = 1;
    this.zhCover = 0;
    this.enCover = 0;
    if (a === 0 || b === 0) return 0;
    // Room for every unit pair of the bead, so no pair number goes stale during this call.
    if (this.pairs + a * b > this.maxPairs) this.forgetPairs();
    let zhMatched = 0;
    let zhTotal = 0;
    for (let t = 0; t < a; t++) {
      const Z = this.zhTerms[i + t];
      let memberTotal = 0;
      let memberMatched = 0;
      if (b === 1 && t < SUMMED) {
        memberTotal = Z.total[t];
        const id = this.pair(i + t, j); // first: a new pair may grow `sums`
        memberMatched = this.sums[id * 2 * SUMMED + t];
      } else if (b <= 4 && t < 5 - b) {
        memberTotal = Z.total[t];
        memberMatched = this.spanSum(0, Z, i + t, j, b, t);
      } else {
        if (this.zhWords.length < Z.words) this.zhWords = new Int32Array(Z.words);
        const hits = this.zhWords;
        hits.fill(0, 0, Z.words);
        for (let u = 0; u < b; u++) {
          const id = this.pair(i + t, j + u);
          const at = this.maskAt[id];
          for (let w = 0; w < Z.words; w++) hits[w] |= this.masks[at + w];
        }
        for (let k = 0; k < Z.ids.length; k++) {
          if (Z.back[k] <= t) continue; // counted in an earlier unit of this bead
          const w = Z.weights[k];
          memberTotal += w;
          if ((hits[k >> 5] >>> (k & 31)) & 1) memberMatched += w;
        }
      }
      zhTotal += memberTotal;
      zhMatched += memberMatched;
      if (a > 1 && memberTotal >= this.memberEvidence) this.weakestMember = Math.min(this.weakestMember, memberMatched / memberTotal);
    }
    let enMatched = 0;
    let enTotal = 0;
    for (let u = 0; u < b; u++) {
      const E = this.enTerms[j + u];
      let memberTotal = 0;
      let memberMatched = 0;
      if (a === 1 && u < SUMMED) {
        memberTotal = E.total[u];
        const id = this.pair(i, j + u);
        memberMatched = this.sums[id * 2 * SUMMED + SUMMED + u];
      } else if (a <= 4 && u < 5 - a) {
        memberTotal = E.total[u];
        memberMatched = this.spanSum(1, E, i, j + u, a, u);
      } else {
        if (this.enWords.length < E.words) this.enWords = new Int32Array(E.words);
        const hits = this.enWords;
        hits.fill(0, 0, E.words);
        for (let t = 0; t < a; t++) {
          const id = this.pair(i + t, j + u);
          const at = this.maskAt[id] + this.zhTerms[i + t].words;
          for (let w = 0; w < E.words; w++) hits[w] |= this.masks[at + w];
        }
        for (let k = 0; k < E.ids.length; k++) {
          if (E.back[k] <= u) continue;
          const w = E.weights[k];
          memberTotal += w;
          if ((hits[k >> 5] >>> (k & 31)) & 1) memberMatched += w;
        }
      }
      enTotal += memberTotal;
      enMatched += memberMatched;
      if (b > 1 && memberTotal >= this.memberEvidence) this.weakestMember = Math.min(this.weakestMember, memberMatched / memberTotal);
    }
    this.evidence = Math.min(zhTotal, enTotal);
    if (zhTotal === 0 || enTotal === 0) return 0;
    const pz = zhMatched / zhTotal;
    const pe = enMatched / enTotal;
    this.zhCover = pz;
    this.enCover = pe;
    return pz + pe === 0 ? 0 : (2 * pz * pe) / (pz + pe);
  }

  /** Total length of zh[i..i+a) and en[j..j+b). */
  lengths(i: number, a: number, j: number, b: number): [number, number] {
    return [this.zhLength(i, a), this.enLength(j, b)];
  }

  /** Total length of zh[i..i+a). */
  zhLength(i: number, a: number): number {
    let lz = 0;
    for (let p = i; p < i + a; p++) lz += this.zh[p].len;
    return lz;
  }

  /** Total length of en[j..j+b). */
  enLength(j: number, b: number): number {
    let le = 0;
    for (let q = j; q < j + b; q++) le += this.en[q].len;
    return le;
  }
}
