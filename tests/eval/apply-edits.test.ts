import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Flag, Pair, Report, Segment, Severity } from '../../src/core/types';
import { applyEdit, flagTouches, isAtLeast, judgeEdit, parseEdits, scopeEdit, touchedSegments, type Edit } from '../../scripts/eval/apply-edits';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** Segments of a text split after each '.', '。' or line end, numbered `${prefix}1`, … */
function segmentsOf(text: string, prefix: string): Segment[] {
  return [...text.matchAll(/[^\s.。][^.。\n]*[.。]?/g)].map((m, i) => ({
    id: `${prefix}${i + 1}`,
    start: m.index,
    end: m.index + m[0].length,
    number: String(i + 1),
    text: m[0],
    clean: m[0],
    kind: 'sentence' as const,
    block: 0,
  }));
}

type FlagSpec = [Flag['type'], Severity, string[], string[], string?];

/** A report of a Chinese original and an English translation aligned 1:1 in order, unpaired leftovers at the end. */
function reportOf(zh: string, en: string, flags: FlagSpec[] = []): Report {
  const s = segmentsOf(zh, 's');
  const t = segmentsOf(en, 't');
  const pairs: Pair[] = Array.from({ length: Math.max(s.length, t.length) }, (_, i) => ({
    source: s[i] ? [s[i].id] : [],
    target: t[i] ? [t[i].id] : [],
    score: 1,
  }));
  return {
    format: 'duizhao-report',
    version: 1,
    source: { name: 'zh', lang: 'zh', segments: s },
    target: { name: 'en', lang: 'en', segments: t },
    pairs,
    flags: flags.map(([type, severity, source, target, message], i) => ({ id: `f${i + 1}`, type, severity, source, target, message: message ?? `${type} here`, evidence: [] })),
    notes: [],
  };
}

const edit = (over: Partial<Edit>): Edit => ({ id: 'e', kind: 'entity', find: 'x', replace: 'y', expect: { type: 'entity' }, ...over });

describe('applyEdit', () => {
  it.each([
    ['a swap', 'Go to Shenzhen now.', 'Shenzhen', 'Guangzhou', 'Go to Guangzhou now.', [6, 14], [6, 15]],
    ['a deletion', 'A. B. C.', 'B. ', '', 'A. C.', [3, 6], [3, 3]],
    ['an insertion', 'A. B.', 'A.', 'A. New.', 'A. New. B.', [0, 2], [0, 7]],
    ['text after an emoji (UTF-16 units)', '😀 Hong Kong.', 'Hong Kong', 'Macao', '😀 Macao.', [3, 12], [3, 8]],
  ])('applies %s and reports both ranges', (_name, text, find, replace, out, before, after) => {
    const at = applyEdit(text, { id: 'e', find, replace });
    expect(at.text).toBe(out);
    expect([at.before.start, at.before.end]).toEqual(before);
    expect([at.after.start, at.after.end]).toEqual(after);
    expect(at.text.slice(at.after.start, at.after.end)).toBe(replace);
    expect(text.slice(at.before.start, at.before.end)).toBe(find);
  });

  it.each([
    ['absent', 'A. B.', 'C.'],
    ['not unique', 'A. A.', 'A.'],
  ])('throws a RangeError naming the edit when find is %s', (_name, text, find) => {
    expect(() => applyEdit(text, { id: 'my-edit', find, replace: 'Z' })).toThrow(/my-edit/);
    expect(() => applyEdit(text, { id: 'my-edit', find, replace: 'Z' })).toThrow(RangeError);
  });
});

describe('parseEdits', () => {
  const good = { id: 'a', kind: 'number', find: '20th', replace: '19th', expect: { type: 'number', severity: 'major' } };
  it('accepts { edits } and a bare array', () => {
    expect(parseEdits({ edits: [good] })).toEqual([good]);
    expect(parseEdits([good])).toEqual([good]);
  });

  it.each([
    ['not a list', { edits: 3 }, /array/],
    ['a duplicate id', [good, good], /unique/],
    ['an unknown kind', [{ ...good, kind: 'style' }], /kind/],
    ['an empty find', [{ ...good, find: '' }], /find/],
    ['replace equal to find', [{ ...good, replace: '20th' }], /replace/],
    ['an unknown flag type', [{ ...good, expect: { type: 'grammar' } }], /flag type/],
    ['an unknown severity', [{ ...good, expect: { type: 'number', severity: 'high' } }], /severity/],
  ])('rejects %s with a RangeError', (_name, json, message) => {
    expect(() => parseEdits(json)).toThrow(RangeError);
    expect(() => parseEdits(json)).toThrow(message);
  });
});

describe('touchedSegments', () => {
  const segs = segmentsOf('A one. B two. C three.', 't'); // t1 [0,6) t2 [7,13) t3 [14,22)
  it.each([
    ['a range inside one segment', 8, 10, ['t2']],
    ['a range across two segments', 4, 9, ['t1', 't2']],
    ['an empty range inside a segment', 9, 9, ['t2']],
    ['an empty range between segments (a deletion)', 6, 6, ['t1', 't2']],
    ['an empty range at the very end', 22, 22, ['t3']],
    ['an empty range at the very start', 0, 0, ['t1']],
  ])('finds %s', (_name, start, end, ids) => {
    expect(touchedSegments(segs, start, end)).toEqual(ids);
  });
});

describe('isAtLeast', () => {
  it.each([
    ['critical', 'major', true],
    ['major', 'major', true],
    ['minor', 'major', false],
    ['info', 'minor', false],
    ['minor', 'info', true],
  ] as const)('%s ≥ %s is %s', (s, min, want) => {
    expect(isAtLeast(s, min)).toBe(want);
  });
});

describe('judgeEdit on hand-made reports', () => {
  const zh = '甲去深圳。乙来了。丙走了。';
  const en = 'A goes to Shenzhen. B came. C left.';
  const swap = edit({ find: 'Shenzhen', replace: 'Guangzhou', expect: { type: 'entity', severity: 'major' } });
  const at = applyEdit(en, swap);
  const baseline = reportOf(zh, en, [['terminology', 'minor', ['s3'], ['t3'], 'old flag']]);

  it.each<[string, FlagSpec[], boolean, number]>([
    ['the expected flag on the edited pair', [['entity', 'critical', ['s1'], ['t1']]], true, 0],
    ['the expected type but too mild', [['entity', 'minor', ['s1'], ['t1']]], false, 0],
    ['another type on the edit', [['meaning', 'major', ['s1'], ['t1']]], false, 0],
    ['the expected flag on another pair: a miss and a false alarm', [['entity', 'major', ['s2'], ['t2']]], false, 1],
    ['a baseline flag away from the edit: neither', [['terminology', 'minor', ['s3'], ['t3'], 'old flag']], false, 0],
    ['an info flag away from the edit: no false alarm', [['addition', 'info', [], ['t3']]], false, 0],
  ])('%s', (_name, flags, caught, falseAlarms) => {
    const edited = reportOf(zh, at.text, flags);
    const v = judgeEdit(swap, baseline, edited, at);
    expect(v.caught).toBe(caught);
    expect(v.falseAlarms).toHaveLength(falseAlarms);
  });

  it('locates a dropped sentence through the source segment the baseline paired with it', () => {
    const drop = edit({ kind: 'omission', find: 'B came. ', replace: '', expect: { type: 'omission', severity: 'major' } });
    const cut = applyEdit(en, drop);
    const edited = reportOf(zh, cut.text, [['omission', 'major', ['s2'], []]]);
    expect(scopeEdit(baseline, edited, cut).source.has('s2')).toBe(true);
    expect(judgeEdit(drop, baseline, edited, cut).caught).toBe(true);
  });

  it('counts a flag whose evidence cites the edited segment as touching it', () => {
    const flag: Flag = { id: 'f1', type: 'numbering', severity: 'major', source: [], target: ['t3'], message: '(6) to (8)', evidence: [{ side: 'target', segment: 't1', start: 0, end: 1, text: 'A' }] };
    expect(flagTouches(flag, { source: new Set(), target: new Set(['t1']) })).toBe(true);
    expect(flagTouches({ ...flag, evidence: [] }, { source: new Set(), target: new Set(['t1']) })).toBe(false);
  });
});

describe('the edits fixture', () => {
  const fixture = JSON.parse(read('fixtures/edits/edits.json'));
  const edits = parseEdits(fixture);
  const translation = read(fixture.translation);

  it('has at least 24 edits covering every kind, each applying to exactly one place', () => {
    expect(edits.length).toBeGreaterThanOrEqual(24);
    expect(new Set(edits.map((e) => e.kind))).toEqual(new Set(['entity', 'number', 'omission', 'addition', 'negation', 'untranslated', 'numbering', 'terminology']));
    for (const e of edits) expect(() => applyEdit(translation, e)).not.toThrow();
  });

  it('spreads the edits over the whole document (at least 15 different lines)', () => {
    const lineOf = (e: Edit) => translation.slice(0, translation.indexOf(e.find)).split('\n').length;
    expect(new Set(edits.map(lineOf)).size).toBeGreaterThanOrEqual(15);
  });

  it('leaves text untranslated only with the original’s own Chinese', () => {
    const original = read(fixture.original);
    for (const e of edits.filter((x) => x.kind === 'untranslated')) expect(original).toContain(e.replace.replace(/^.*?(?=\p{Script=Han})/u, ''));
  });
});

describe('the third tuning set', () => {
  const fixture = JSON.parse(read('fixtures/edits/tuning-3.json'));
  const edits = parseEdits(fixture);

  it('names one of its pairs in every edit, and each seed-pair edit applies to exactly one place', () => {
    // The news pair is assembled from ../shared/benchmarks at bench time, so only the seed pair is applied here.
    for (const e of edits) expect(Object.keys(fixture.pairs)).toContain(e.pair);
    const translation = read(fixture.pairs.seed.translation);
    const seedEdits = edits.filter((e) => e.pair === 'seed');
    expect(seedEdits.length).toBeGreaterThanOrEqual(12);
    for (const e of seedEdits) expect(() => applyEdit(translation, e)).not.toThrow();
  });
});

describe('the seed-pair tuning sets', () => {
  // Held-out sets are left out on purpose: their edits are never read outside the bench.
  it.each(['tuning-2', 'tuning-4', 'tuning-6', 'tuning-7', 'tuning-8', 'tuning-10'])('%s: every edit applies to exactly one place of its translation', (name) => {
    const fixture = JSON.parse(read(`fixtures/edits/${name}.json`));
    const translation = read(fixture.translation ?? fixture.pairs.seed.translation);
    const edits = parseEdits(fixture);
    expect(edits.length).toBeGreaterThanOrEqual(5);
    for (const e of edits) expect(() => applyEdit(translation, e)).not.toThrow();
  });
});
