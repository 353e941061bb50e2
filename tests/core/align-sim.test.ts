import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BeadScorer, type AlignLexicon, type AlignUnit } from '../../src/core/align/align-sim';
import { SHAPES } from '../../src/core/align/align-dp';

// The definition `BeadScorer.lexical` implements with per-unit-pair masks, written out directly:
// each term counted once per bead, a term matched when a counterpart is anywhere on the other side.
function lexicalByDefinition(zh: AlignUnit[], en: AlignUnit[], lex: AlignLexicon, i: number, a: number, j: number, b: number, memberEvidence = 3) {
  const out = { sim: 0, evidence: 0, weakestMember: 1, zhCover: 0, enCover: 0 };
  if (a === 0 || b === 0) return out;
  const enHere = new Set(en.slice(j, j + b).flatMap((u) => u.terms));
  const enReach = new Set<number>();
  const zhSeen = new Set<number>();
  let zhMatched = 0;
  let zhTotal = 0;
  for (let p = i; p < i + a; p++) {
    let memberTotal = 0;
    let memberMatched = 0;
    for (const z of zh[p].terms) {
      if (zhSeen.has(z)) continue;
      zhSeen.add(z);
      const cands = lex.zhToEn[z];
      if (cands.length === 0) continue;
      memberTotal += lex.zhWeight[z];
      for (const e of cands) enReach.add(e);
      if (cands.some((e) => enHere.has(e))) memberMatched += lex.zhWeight[z];
    }
    zhTotal += memberTotal;
    zhMatched += memberMatched;
    if (a > 1 && memberTotal >= memberEvidence) out.weakestMember = Math.min(out.weakestMember, memberMatched / memberTotal);
  }
  const enSeen = new Set<number>();
  let enMatched = 0;
  let enTotal = 0;
  for (let q = j; q < j + b; q++) {
    let memberTotal = 0;
    let memberMatched = 0;
    for (const e of en[q].terms) {
      if (enSeen.has(e)) continue;
      enSeen.add(e);
      if (lex.enToZh[e].length === 0) continue;
      memberTotal += lex.enWeight[e];
      if (enReach.has(e)) memberMatched += lex.enWeight[e];
    }
    enTotal += memberTotal;
    enMatched += memberMatched;
    if (b > 1 && memberTotal >= memberEvidence) out.weakestMember = Math.min(out.weakestMember, memberMatched / memberTotal);
  }
  out.evidence = Math.min(zhTotal, enTotal);
  if (zhTotal === 0 || enTotal === 0) return out;
  out.zhCover = zhMatched / zhTotal;
  out.enCover = enMatched / enTotal;
  out.sim = out.zhCover + out.enCover === 0 ? 0 : (2 * out.zhCover * out.enCover) / (out.zhCover + out.enCover);
  return out;
}

// Random documents: units of term ids (repeats within and across units), a random relation and
// weights; `long` units hold up to a hundred distinct terms, past one 32-bit mask word.
const documents = (vocabulary: number, unitLength: { minLength: number; maxLength: number }, units = 6) =>
  fc
    .record({ zhTerms: fc.integer({ min: 1, max: vocabulary }), enTerms: fc.integer({ min: 1, max: vocabulary }) })
    .chain(({ zhTerms, enTerms }) =>
      fc.record({
        zh: fc.array(fc.array(fc.integer({ min: 0, max: zhTerms - 1 }), { ...unitLength, size: 'max' }), { minLength: Math.max(1, units - 10), maxLength: units }),
        en: fc.array(fc.array(fc.integer({ min: 0, max: enTerms - 1 }), { ...unitLength, size: 'max' }), { minLength: Math.max(1, units - 10), maxLength: units }),
        // Most links go both ways, as the aligner's lexicons do; some one way only, which the definition also covers.
        links: fc.array(fc.tuple(fc.integer({ min: 0, max: zhTerms - 1 }), fc.integer({ min: 0, max: enTerms - 1 }), fc.constantFrom('both', 'both', 'both', 'zh', 'en')), {
          maxLength: 4 * vocabulary,
          size: 'max',
        }),
        zhWeight: fc.array(fc.double({ min: 0.01, max: 5, noNaN: true }), { minLength: zhTerms, maxLength: zhTerms }),
        enWeight: fc.array(fc.double({ min: 0.01, max: 5, noNaN: true }), { minLength: enTerms, maxLength: enTerms }),
      }),
    );

describe('BeadScorer.lexical', () => {
  it.each([
    ['short', 12, { minLength: 0, maxLength: 30 }, 6, 100],
    ['long', 150, { minLength: 40, maxLength: 160 }, 6, 100],
    // Past the scorer's first allocation of unit pairs (1024), so its arrays grow mid-bead.
    ['many', 40, { minLength: 0, maxLength: 12 }, 45, 5],
  ] as const)('equals the direct definition, bit for bit, for every bead shape and position (%s units)', (_, vocabulary, unitLength, units, numRuns) => {
    fc.assert(
      fc.property(documents(vocabulary, unitLength, units), ({ zh, en, links, zhWeight, enWeight }) => {
        const zhToEn: number[][] = zhWeight.map(() => []);
        const enToZh: number[][] = enWeight.map(() => []);
        for (const [z, e, way] of links) {
          if (way !== 'en' && !zhToEn[z].includes(e)) zhToEn[z].push(e);
          if (way !== 'zh' && !enToZh[e].includes(z)) enToZh[e].push(z);
        }
        const lex: AlignLexicon = { zhToEn, enToZh, zhWeight: Float64Array.from(zhWeight), enWeight: Float64Array.from(enWeight) };
        const zu = zh.map((terms) => ({ len: terms.length, terms }));
        const eu = en.map((terms) => ({ len: terms.length, terms }));
        // A scorer that keeps every unit pair, and one that must drop them every few beads.
        for (const scorer of [new BeadScorer(zu, eu, lex), new BeadScorer(zu, eu, lex, 7)]) {
          for (const [a, b] of SHAPES) {
            for (let i = 0; i + a <= zu.length; i++) {
              for (let j = 0; j + b <= eu.length; j++) {
                const want = lexicalByDefinition(zu, eu, lex, i, a, j, b);
                const sim = scorer.lexical(i, a, j, b);
                expect({ sim, evidence: scorer.evidence, weakestMember: scorer.weakestMember, zhCover: scorer.zhCover, enCover: scorer.enCover }).toStrictEqual(want);
              }
            }
          }
        }
      }),
      { numRuns },
    );
  });

  it('counts a term once per bead, where it first occurs', () => {
    const lex: AlignLexicon = { zhToEn: [[0], [1]], enToZh: [[0], [1]], zhWeight: Float64Array.of(1, 2), enWeight: Float64Array.of(1, 2) };
    const scorer = new BeadScorer([{ len: 1, terms: [0, 0, 1] }, { len: 1, terms: [1] }], [{ len: 1, terms: [0] }], lex);
    // Chinese: term 0 (weight 1) matched, term 1 (weight 2) unmatched, counted once across both units.
    expect(scorer.lexical(0, 2, 0, 1)).toBeCloseTo((2 * (1 / 3) * 1) / (1 / 3 + 1), 12);
    expect(scorer.zhCover).toBeCloseTo(1 / 3, 12);
    expect(scorer.enCover).toBe(1);
  });
});
