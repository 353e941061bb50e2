import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PairIndex } from '../../src/core/lexicon/pair-index';

describe('PairIndex', () => {
  it('keeps one number per (f, e), the first stored, as a Map does, through growing', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(300), fc.nat(300), fc.nat(1000)), { maxLength: 400 }), (entries) => {
        const index = new PairIndex(1);
        const map = new Map<string, number>();
        for (const [f, e, v] of entries) {
          const fresh = !map.has(`${f},${e}`);
          expect(index.add(f, e, v)).toBe(fresh);
          if (fresh) map.set(`${f},${e}`, v);
        }
        for (const [f, e] of entries) expect(index.get(f, e)).toBe(map.get(`${f},${e}`));
        expect(index.get(301, 0)).toBe(-1);
        const offset = Int32Array.from({ length: 301 }, (_, f) => f * 7);
        index.shift(offset);
        for (const [key, v] of map) {
          const [f, e] = key.split(',').map(Number);
          expect(index.get(f, e)).toBe(v + f * 7);
        }
      }),
      { numRuns: 100 },
    );
  });
});
