import { describe, expect, it } from 'vitest';
import type { Segment } from '../../src/core/types';
import { describeLocation, makeLineOf } from '../../src/ui/model/references';

describe('references', () => {
  it.each([
    ['a\nb\nc', [0, 1, 2, 4, 5], [1, 1, 2, 3, 3]],
    ['a\r\nb\rc', [0, 3, 5], [1, 2, 3]],
    ['', [0], [1]],
  ])('line of offsets in %j', (text, offsets, lines) => {
    const lineOf = makeLineOf(text);
    expect(offsets.map(lineOf)).toEqual(lines);
  });

  it('names clause numbers and lines on each side; numbers alone when the file is not at hand', () => {
    const seg = (id: string, number: string, start: number): Segment => ({ id, number, start, end: start + 1, text: 'x', clean: 'x', kind: 'sentence', block: 0 });
    const segments = new Map([seg('s1', '4.7.2', 4), seg('t1', '4.7.2', 0)].map((s) => [s.id, s]));
    const flag = { source: ['s1'], target: ['t1'] };
    expect(describeLocation(flag, segments, { source: makeLineOf('a\nb\nc'), target: makeLineOf('x') })).toBe('orig. 4.7.2 (line 3) · transl. 4.7.2 (line 1)');
    expect(describeLocation(flag, segments, { source: null, target: null })).toBe('orig. 4.7.2 · transl. 4.7.2');
    expect(describeLocation({ ...flag, row: 56 }, segments, { source: null, target: null })).toBe('row 57 · orig. 4.7.2 · transl. 4.7.2');
  });
});
