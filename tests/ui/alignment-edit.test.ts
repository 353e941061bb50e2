import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyEdit, EditError, type AlignedDoc, type AlignmentEdit } from '../../src/ui/model/alignment-edit';
import { parseAlignment, printAlignment } from './notation';

const idOf = (doc: AlignedDoc, text: string) => [...doc.source.segments, ...doc.target.segments].find((s) => s.text === text)!.id;

describe('applyEdit', () => {
  it.each([
    ['merge two rows', '[甲|A] [乙|B] [丙|C]', { op: 'merge', row: 0 }, '[甲 乙|A B] [丙|C]'],
    ['merge an unpaired clause into the row above', '[甲|A] [乙|]', { op: 'merge', row: 0 }, '[甲 乙|A]'],
    ['unlink a 1-1 pair', '[甲|A] [乙|B]', { op: 'unlink', segment: '乙' }, '[甲|A] [乙|] [|B]'],
    ['unlink the last clause of a 1-2 pair', '[甲|A B]', { op: 'unlink', segment: 'B' }, '[甲|A] [|B]'],
    ['unlink the first clause of a 1-2 pair', '[甲|A B]', { op: 'unlink', segment: 'A' }, '[|A] [甲|B]'],
    ['unlink the middle clause of a 1-3 pair', '[甲|A B C]', { op: 'unlink', segment: 'B' }, '[甲|A] [|B] [|C]'],
    ['link an unpaired clause up', '[甲|A] [|B] [乙|C]', { op: 'link', segment: 'B', direction: 'up' }, '[甲|A B] [乙|C]'],
    ['link an unpaired clause down', '[甲|A] [|B] [乙|C]', { op: 'link', segment: 'B', direction: 'down' }, '[甲|A] [乙|B C]'],
    ['link the second clause up takes the first along', '[甲|A] [乙|B C]', { op: 'link', segment: 'C', direction: 'up' }, '[甲|A B C] [乙|]'],
    ['link a clause down leaves the rest', '[甲|A B] [乙|C]', { op: 'link', segment: 'B', direction: 'down' }, '[甲|A] [乙|B C]'],
    ['split a clause: both halves stay in its pair (nothing reads as omitted)', '[甲乙|A] [丙|B]', { op: 'split', segment: '甲乙', at: 1 }, '[甲 乙|A] [丙|B]'],
    ['split keeps the other clauses of the pair in place', '[甲|AB C]', { op: 'split', segment: 'AB', at: 1 }, '[甲|A B C]'],
  ])('%s', (_name, before, edit, after) => {
    const doc = parseAlignment(before);
    const e = { ...edit } as AlignmentEdit;
    if ('segment' in e) e.segment = idOf(doc, e.segment);
    expect(printAlignment(applyEdit(doc, e))).toBe(after);
  });

  it.each([
    ['merge the last row', '[甲|A]', { op: 'merge', row: 0 }],
    ['link the first row up', '[甲|A] [乙|B]', { op: 'link', segment: 's1', direction: 'up' }],
    ['link the last row down', '[甲|A] [乙|B]', { op: 'link', segment: 't2', direction: 'down' }],
    ['split at the start', '[甲乙|A]', { op: 'split', segment: 's1', at: 0 }],
    ['split at the end', '[甲乙|A]', { op: 'split', segment: 's1', at: 2 }],
    ['unlink an unpaired clause', '[甲|]', { op: 'unlink', segment: 's1' }],
    ['leave a clause empty', '[甲|A]', { op: 'text', segment: 't1', text: '  ' }],
    ['edit a clause to its own text', '[甲|A]', { op: 'text', segment: 't1', text: 'A' }],
    ['edit an unknown clause', '[甲|A]', { op: 'unlink', segment: 's9' }],
  ])('refuses to %s with one clear sentence', (_name, before, edit) => {
    expect(() => applyEdit(parseAlignment(before), edit as AlignmentEdit)).toThrow(EditError);
  });

  it('split offsets stay half-open ranges of the original clause', () => {
    const doc = parseAlignment('[甲乙丙|A]');
    const out = applyEdit(doc, { op: 'split', segment: 's1', at: 2 });
    const [head, tail] = out.source.segments;
    expect([head.start, head.end, head.text, head.number]).toEqual([0, 2, '甲乙', '1a']);
    expect([tail.start, tail.end, tail.text, tail.number]).toEqual([2, 3, '丙', '1b']);
  });

  it('corrects a clause in place: same pair, same place in the file, new text', () => {
    const doc = parseAlignment('[盐田港|Yantai] [乙|B]');
    const out = applyEdit(doc, { op: 'text', segment: 't1', text: ' Yantian  Port ' });
    const [seg] = out.target.segments;
    expect([seg.start, seg.end, seg.text, seg.clean]).toEqual([0, 6, 'Yantian  Port', 'Yantian Port']);
    expect(out.pairs).toEqual(doc.pairs);
  });

  it('does not change the document it was given', () => {
    const doc = parseAlignment('[甲|A] [乙|B]');
    const before = JSON.stringify(doc);
    applyEdit(doc, { op: 'merge', row: 0 });
    applyEdit(doc, { op: 'unlink', segment: 's2' });
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('keeps every clause in exactly one pair, in order, under any sequence of edits', () => {
    const edit = fc.oneof(
      fc.record({ op: fc.constant('merge' as const), row: fc.nat(12) }),
      fc.record({ op: fc.constant('unlink' as const), segment: fc.constantFrom('s1', 's2', 's3', 's4', 't1', 't2', 't3', 't4') }),
      fc.record({ op: fc.constant('link' as const), segment: fc.constantFrom('s1', 's3', 't2', 't4'), direction: fc.constantFrom('up' as const, 'down' as const) }),
      fc.record({ op: fc.constant('split' as const), segment: fc.constantFrom('s2', 't3'), at: fc.nat(3) }),
      fc.record({ op: fc.constant('text' as const), segment: fc.constantFrom('s1', 't2'), text: fc.string({ maxLength: 4 }) }),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
        let doc = parseAlignment('[甲乙丙|AB] [丁|CD EF] [戊己|] [|GH]');
        for (const e of edits) {
          try {
            doc = applyEdit(doc, e);
          } catch (err) {
            if (!(err instanceof EditError)) throw err;
          }
        }
        for (const side of ['source', 'target'] as const) {
          const order = doc.pairs.flatMap((p) => p[side]);
          expect(order).toEqual(doc[side].segments.map((s) => s.id));
          const starts = doc[side].segments.map((s) => s.start);
          expect(starts).toEqual([...starts].sort((a, b) => a - b));
        }
        expect(doc.pairs.every((p) => p.source.length + p.target.length > 0)).toBe(true);
      }),
    );
  });
});
