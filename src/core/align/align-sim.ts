// Lexical and length similarity of a candidate bead (a span of Chinese units against a span of
// English units), the scoring half of the aligner. Pure and allocation-free in the hot path.

/** One segment as the aligner sees it: interned term ids (zh words or en stems) and a length. */
export interface AlignUnit {
  /** Length in characters, whitespace excluded. */
  len: number;
  /** Content-term ids, in this side's id space (duplicates allowed). */
  terms: number[];
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

/** Marks with generation stamps: set membership without clearing arrays between beads. */
class StampSet {
  private marks: Uint32Array;
  private gen = 1;
  constructor(size: number) {
    this.marks = new Uint32Array(Math.max(1, size));
  }
  clear(): void {
    this.gen++;
    if (this.gen === 0xffffffff) {
      this.marks.fill(0);
      this.gen = 1;
    }
  }
  add(id: number): void {
    this.marks[id] = this.gen;
  }
  has(id: number): boolean {
    return this.marks[id] === this.gen;
  }
}

/**
 * Scores beads of units. `lexical(i, a, j, b)` is the weighted share of translatable content on
 * both sides of zh[i..i+a) × en[j..j+b) that finds a counterpart on the other side, in [0, 1].
 */
export class BeadScorer {
  private enHere: StampSet;
  private enReach: StampSet;
  private zhSeen: StampSet;
  private enSeen: StampSet;
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
  ) {
    this.enHere = new StampSet(lex.enToZh.length);
    this.enReach = new StampSet(lex.enToZh.length);
    this.zhSeen = new StampSet(lex.zhToEn.length);
    this.enSeen = new StampSet(lex.enToZh.length);
  }

  /** Lexical correspondence of a bead in [0, 1]; 0 when either side has nothing translatable. */
  lexical(i: number, a: number, j: number, b: number): number {
    this.evidence = 0;
    this.weakestMember = 1;
    this.zhCover = 0;
    this.enCover = 0;
    if (a === 0 || b === 0) return 0;
    const { zhToEn, zhWeight, enWeight, enToZh } = this.lex;
    this.enHere.clear();
    for (let q = j; q < j + b; q++) for (const e of this.en[q].terms) this.enHere.add(e);
    this.enReach.clear();
    this.zhSeen.clear();
    let zhMatched = 0;
    let zhTotal = 0;
    for (let p = i; p < i + a; p++) {
      let memberTotal = 0;
      let memberMatched = 0;
      for (const z of this.zh[p].terms) {
        if (this.zhSeen.has(z)) continue; // count each term once per bead
        this.zhSeen.add(z);
        const cands = zhToEn[z];
        if (cands.length === 0) continue;
        const w = zhWeight[z];
        memberTotal += w;
        let hit = false;
        for (const e of cands) {
          this.enReach.add(e);
          if (this.enHere.has(e)) hit = true;
        }
        if (hit) memberMatched += w;
      }
      zhTotal += memberTotal;
      zhMatched += memberMatched;
      if (a > 1 && memberTotal >= this.memberEvidence) this.weakestMember = Math.min(this.weakestMember, memberMatched / memberTotal);
    }
    this.enSeen.clear();
    let enMatched = 0;
    let enTotal = 0;
    for (let q = j; q < j + b; q++) {
      let memberTotal = 0;
      let memberMatched = 0;
      for (const e of this.en[q].terms) {
        if (this.enSeen.has(e)) continue;
        this.enSeen.add(e);
        if (enToZh[e].length === 0) continue;
        const w = enWeight[e];
        memberTotal += w;
        if (this.enReach.has(e)) memberMatched += w;
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
    let lz = 0;
    let le = 0;
    for (let p = i; p < i + a; p++) lz += this.zh[p].len;
    for (let q = j; q < j + b; q++) le += this.en[q].len;
    return [lz, le];
  }
}
