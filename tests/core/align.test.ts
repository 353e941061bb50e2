import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignUnits, diagonalBand, pathBand, type Bead } from '../../src/core/align/align';
import type { AlignLexicon, AlignUnit } from '../../src/core/align/align-sim';
import { learnLexicon } from '../../src/core/align/align-learn';
import { quoteBoundaries } from '../../src/core/align/align-features';

// A tiny notation: each side is a list of sentences of words; the lexicon links a zh word to the
// en word with the same letters upper-cased ('a' ↔ 'A'), so tests read as alignments. As in a real
// document, every English word has some Chinese counterpart somewhere in the lexicon.
function build(zh: string[], en: string[]): { zh: AlignUnit[]; en: AlignUnit[]; lex: AlignLexicon } {
  const zIds = new Map<string, number>();
  const eIds = new Map<string, number>();
  const id = (m: Map<string, number>, k: string) => (m.has(k) ? m.get(k)! : (m.set(k, m.size), m.size - 1));
  const zu = zh.map((s) => ({ len: s.replace(/\s/g, '').length * 3, terms: s.split(/\s+/).filter(Boolean).map((w) => id(zIds, w)) }));
  const eu = en.map((s) => ({ len: s.replace(/\s/g, '').length * 3, terms: s.split(/\s+/).filter(Boolean).map((w) => id(eIds, w)) }));
  for (const w of [...eIds.keys()]) id(zIds, w.toLowerCase());
  for (const w of [...zIds.keys()]) id(eIds, w.toUpperCase());
  const zhToEn: number[][] = [];
  const enToZh: number[][] = Array.from({ length: eIds.size }, () => []);
  for (const [w, z] of zIds) {
    const e = eIds.get(w.toUpperCase());
    zhToEn[z] = e === undefined ? [] : [e];
    if (e !== undefined) enToZh[e].push(z);
  }
  return { zh: zu, en: eu, lex: { zhToEn, enToZh, zhWeight: new Float64Array(zIds.size).fill(1), enWeight: new Float64Array(eIds.size).fill(1) } };
}

const shape = (beads: Bead[]) => beads.map((b) => `[${b.zh.join(',')}|${b.en.join(',')}]`).join(' ');

function expectCover(beads: Bead[], n: number, m: number) {
  expect(beads.flatMap((b) => b.zh)).toEqual(Array.from({ length: n }, (_, i) => i));
  expect(beads.flatMap((b) => b.en)).toEqual(Array.from({ length: m }, (_, j) => j));
  for (const b of beads) expect(b.score).toBeGreaterThanOrEqual(0), expect(b.score).toBeLessThanOrEqual(1);
}

describe('alignUnits', () => {
  it.each([
    ['1-1 throughout', ['a b', 'c d', 'e f'], ['A B', 'C D', 'E F'], '[0|0] [1|1] [2|2]'],
    ['1-2 split', ['a b c d', 'e f'], ['A B', 'C D', 'E F'], '[0|0,1] [1|2]'],
    ['2-1 merge', ['a b', 'c d', 'e f g h'], ['A B C D', 'E F G H'], '[0,1|0] [2|1]'],
    ['addition kept apart', ['a b c', 'd e f'], ['A B C', 'X Y Z Q R S T', 'D E F'], '[0|0] [|1] [1|2]'],
    ['omission kept apart', ['a b c', 'u v w x y z', 'd e f'], ['A B C', 'D E F'], '[0|0] [1|] [2|1]'],
  ])('%s', (_name, zh, en, expected) => {
    const { zh: z, en: e, lex } = build(zh, en);
    const beads = alignUnits(z, e, lex);
    expect(shape(beads)).toBe(expected);
    expectCover(beads, zh.length, en.length);
  });

  it('leaves everything unpaired when one side is empty', () => {
    const { zh, en, lex } = build(['a', 'b'], []);
    expect(shape(alignUnits(zh, en, lex))).toBe('[0|] [1|]');
  });

  it('gives confident pairs a higher score than doubtful ones', () => {
    const { zh, en, lex } = build(['a b c d', 'e f g h'], ['A B C D', 'E x y z']);
    const [good, poor] = alignUnits(zh, en, lex);
    expect(good.score).toBeGreaterThan(poor.score);
  });

  it('covers every unit once and in order on random input (banded and full)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'q'), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 30 }),
        fc.array(fc.array(fc.constantFrom('A', 'B', 'C', 'D', 'E', 'Z'), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 30 }),
        (zs, es) => {
          const { zh, en, lex } = build(zs.map((w) => w.join(' ')), es.map((w) => w.join(' ')));
          expectCover(alignUnits(zh, en, lex), zh.length, en.length);
        },
      ),
      { numRuns: 60, seed: 20261123 },
    );
  });
});

describe('quotations', () => {
  it('marks a boundary inside a quotation in either language, apostrophes aside', () => {
    expect(quoteBoundaries(['他说：“我们走吧。', '天快黑了。”', '她点点头。'], 'zh')).toEqual([true, false, false]);
    expect(quoteBoundaries(["'It's late,' he said.", "'We should go.", "It's getting dark.'", 'She nodded.'], 'en')).toEqual([false, true, false, false]);
    expect(quoteBoundaries(['"Come in.', 'Sit down."', "The boys' bikes were outside."], 'en')).toEqual([true, false, false]);
  });

  // E1 has no words the lexicon knows; only the quotation says which neighbour it belongs to.
  it.each([
    ['the quotation E0 opens goes on into E1', [true, false, false], '[0|0,1] [1|2]'],
    ['E1 opens a quotation E2 goes on with', [false, true, false], '[0|0] [1|1,2]'],
  ])('keeps a bead boundary out of a quotation on one side only: %s', (_name, inside, expected) => {
    const { zh, en, lex } = build(['a b c d', 'e f g h'], ['A B C D', 'q', 'E F G H']);
    inside.forEach((v, u) => (en[u].insideAfter = v));
    expect(shape(alignUnits(zh, en, lex))).toBe(expected);
  });
});

describe('unpaired units by kind of translation', () => {
  // Each pair shares two of its three words: a free translation (median similarity about 0.67).
  // E3 has no counterpart anywhere, and Z2 holds a word (m) that nothing renders.
  const zh = ['a b x1', 'c d x2', 'e f x3 m', 'g h x4', 'i j x5', 'k l x6'];
  const en = ['A B X11', 'C D X12', 'E F X13', 'Q R S T', 'G H X14', 'I J X15', 'K L X16'];
  it('merges a sentence little explains into a neighbour in free translation', () => {
    const built = build(zh, en);
    const beads = alignUnits(built.zh, built.en, built.lex);
    expect(shape(beads)).toContain('[2|2,3]');
    expectCover(beads, zh.length, en.length);
  });
  it('leaves it unpaired in close translation', () => {
    const built = build(zh.map((s) => s.replace(/ x\d+/, '')), en.map((s) => s.replace(/ X\d+/, '')));
    expect(shape(alignUnits(built.zh, built.en, built.lex))).toContain('[|3]');
  });
});

describe('bands', () => {
  it('a diagonal band starts at (0,0), ends at (n,m) and overlaps from row to row', () => {
    const { zh, en } = build(['a', 'b c', 'd', 'e f g'], ['A', 'B', 'C', 'D', 'E', 'F']);
    const band = diagonalBand(zh, en, 1);
    expect(band[0][0]).toBe(0);
    expect(band[zh.length][1]).toBe(en.length);
    for (let i = 1; i < band.length; i++) expect(band[i][0]).toBeLessThanOrEqual(band[i - 1][1] + 1);
  });

  it('a path band contains the path', () => {
    const path: Array<[number, number]> = [[0, 0], [1, 2], [2, 3], [3, 3]];
    const band = pathBand(path, 3, 3, 1);
    for (const [i, j] of path) expect(j >= band[i][0] && j <= band[i][1]).toBe(true);
  });
});

describe('learnLexicon', () => {
  it('learns a pair that co-occurs in confident beads and leaves the input lexicon untouched', () => {
    const { zh, en, lex } = build(['a n1', 'b n1', 'c'], ['A NAME', 'B NAME', 'C']);
    const beads: Bead[] = [0, 1, 2].map((i) => ({ zh: [i], en: [i], score: 0.9 }));
    const learned = learnLexicon(zh, en, lex, beads);
    const n1 = zh[0].terms[1];
    const name = en[0].terms[1];
    expect(learned.zhToEn[n1]).toContain(name);
    expect(lex.zhToEn[n1]).not.toContain(name);
  });
});

describe('confidence', () => {
  it('has one coefficient per named feature plus an intercept, and scores are probabilities', async () => {
    const { CONFIDENCE_COEFS, CONFIDENCE_FEATURES, confidenceOf } = await import('../../src/core/align/align-confidence');
    expect(CONFIDENCE_COEFS.length).toBe(CONFIDENCE_FEATURES.length + 1);
    const worst = confidenceOf(CONFIDENCE_FEATURES.map((_, k) => (CONFIDENCE_COEFS[k + 1] > 0 ? 0 : 3)));
    const best = confidenceOf(CONFIDENCE_FEATURES.map((_, k) => (CONFIDENCE_COEFS[k + 1] > 0 ? 3 : 0)));
    expect(worst).toBeGreaterThanOrEqual(0);
    expect(best).toBeLessThanOrEqual(1);
    expect(best).toBeGreaterThan(worst);
  });
});
