import { describe, expect, it } from 'vitest';
import { writeCorrectedText } from '../../src/export/corrected-text';
import { applyEdit } from '../../src/ui/model/alignment-edit';
import type { Segment, Side } from '../../src/core/types';

const file = '# Plan\n\nSupport Yantai Port. Build roads.\n\nEnd.\n';
const seg = (id: string, text: string, block: number): Segment => {
  const start = file.indexOf(text);
  return { id, start, end: start + text.length, number: id, text, clean: text, kind: 'sentence', block };
};
const side: Side = { name: 'en.md', lang: 'en', segments: [seg('t1', 'Plan', 0), seg('t2', 'Support Yantai Port.', 1), seg('t3', 'Build roads.', 1), seg('t4', 'End.', 2)] };
const doc = { source: { name: 'zh', lang: 'zh' as const, segments: [] }, target: side, pairs: side.segments.map((s) => ({ source: [], target: [s.id], score: 0 })) };

describe('writeCorrectedText', () => {
  it('gives back the file unchanged when nothing was corrected', () => {
    expect(writeCorrectedText(side, file)).toBe(file);
  });

  it('puts a corrected clause in its place and keeps everything around it', () => {
    const fixed = applyEdit(doc, { op: 'text', segment: 't2', text: 'Support Yantian Port.' }).target;
    expect(writeCorrectedText(fixed, file)).toBe(file.replace('Yantai', 'Yantian'));
  });

  it('keeps a clause corrected and then split whole', () => {
    let d = applyEdit(doc, { op: 'text', segment: 't2', text: 'Support Yantian Port, the big one.' });
    d = applyEdit(d, { op: 'split', segment: 't2', at: 25 });
    expect(writeCorrectedText(d.target, file)).toBe(file.replace('Support Yantai Port.', 'Support Yantian Port, the big one.'));
  });

  it('joins the clauses by paragraph when the file is not at hand', () => {
    expect(writeCorrectedText(side)).toBe('Plan\n\nSupport Yantai Port. Build roads.\n\nEnd.\n');
  });
});
