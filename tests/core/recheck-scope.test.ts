// A re-check of the pairs a reviewer changed, merged into the earlier flags, must equal a full check of
// the corrected alignment: no document flag (numbering, terminology, omission runs) lost or repeated.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeResources, type NodeResources } from '../../src/cli/resources';
import { buildReport, checkAlignment } from '../../src/core/pipeline';
import type { Flag, Pair } from '../../src/core/types';
import { applyEdit } from '../../src/ui/model/alignment-edit';
import { findChangedPairs, mergeFlags } from '../../src/ui/model/recheck';

let res: NodeResources;
beforeAll(async () => {
  res = await loadNodeResources();
}, 60_000);

// A list that skips a number on both sides ((3) is missing), so the numbering check raises a document flag.
const ZH = ['（一）深化绿色金融改革。', '（二）支持深圳开展科技产业金融一体化专项试点。', '（四）完善低空飞行监管规则。', '（五）优化外来务工人员子女入学机制。'].join('\n\n');
const EN = ['(1) Deepen green finance reforms.', '(2) Support Shenzhen in piloting integrated sci-tech industry finance.', '(4) Improve low-altitude flight regulation rules.', '(5) Optimize enrollment mechanisms for migrant workers’ children.'].join('\n\n');

const signature = (flags: Flag[]) => flags.map((f) => `${f.type}|${f.severity}|${f.source.join(',')}|${f.target.join(',')}|${f.message}`).sort();

describe('re-checking changed pairs next to document-level checks', () => {
  it('gives the same flags as a full check after merging two rows', () => {
    const report = buildReport({ name: 'zh', text: ZH }, { name: 'en', text: EN }, res);
    expect(report.flags.some((f) => f.type === 'numbering' && f.scope === 'document')).toBe(true);
    const row = report.pairs.findIndex((p) => p.source.length > 0 && p.target.length > 0);
    const edited = applyEdit({ source: report.source, target: report.target, pairs: report.pairs }, { op: 'merge', row });
    const changed: Pair[] = findChangedPairs(report, edited);
    expect(changed.length).toBeGreaterThan(0);
    // As the viewer does it: pairs cross the worker boundary as copies.
    const copy = <T,>(x: T): T => structuredClone(x);
    const fresh = checkAlignment(report.source, report.target, copy(edited.pairs), res, [], undefined, copy(changed)).flags;
    const merged = mergeFlags(report.flags, edited.pairs, changed, fresh);
    const full = checkAlignment(report.source, report.target, edited.pairs, res).flags;
    expect(signature(merged)).toEqual(signature(full));
    const numbering = merged.filter((f) => f.type === 'numbering');
    expect(new Set(signature(numbering)).size).toBe(numbering.length);
  });

  it('checks only the changed pairs with pair checks and the whole document with document checks', () => {
    const report = buildReport({ name: 'zh', text: ZH }, { name: 'en', text: EN.replace('(4) Improve', '(4) Do not improve') }, res);
    const negation = report.flags.filter((f) => f.type === 'negation');
    expect(negation).toHaveLength(1);
    const untouched = report.pairs.filter((p) => !negation.some((f) => f.target.some((t) => p.target.includes(t))));
    const again = checkAlignment(report.source, report.target, report.pairs, res, [], undefined, untouched).flags;
    // The negation flag's pair was not re-checked, so its pair flag is not repeated; document flags all come back.
    expect(again.filter((f) => f.type === 'negation')).toEqual([]);
    expect(signature(again.filter((f) => f.scope === 'document'))).toEqual(signature(report.flags.filter((f) => f.scope === 'document')));
  });
});
