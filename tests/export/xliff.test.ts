import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { writeXliff } from '../../src/export/xliff';
import { cleanXmlChars } from '../../src/export/escape-markup';
import { AWKWARD_TEXTS, buildReport, loadSampleReport } from './report-builder';
import { findXmlProblems, parseXml } from './xml-check';

const text = (node: any): string => (typeof node === 'string' ? node : (node?.['#text'] ?? ''));
const units = (xml: string): any[] => parseXml(xml).xliff.file.body['trans-unit'] ?? [];

describe('writeXliff', () => {
  const report = loadSampleReport();
  const xml = writeXliff(report);
  const file = parseXml(xml).xliff.file;

  it('is well-formed XLIFF 1.2 with both languages on the file', () => {
    expect(findXmlProblems(xml)).toEqual([]);
    expect(parseXml(xml).xliff).toMatchObject({ '@_version': '1.2', '@_xmlns': 'urn:oasis:names:tc:xliff:document:1.2' });
    expect(file).toMatchObject({ '@_source-language': 'zh-CN', '@_target-language': 'en', '@_original': report.source.name });
  });

  it('has one trans-unit per pair with a source side', () => {
    expect(units(xml)).toHaveLength(report.pairs.filter((p) => p.source.length > 0).length);
  });

  it('writes an omission as an empty target that needs translation', () => {
    const unit = units(xml).find((u) => text(u.source).startsWith('推进货物贸易便利化'));
    expect(unit.target).toMatchObject({ '@_state': 'needs-translation' });
    expect(text(unit.target)).toBe('');
    expect(unit.note.map(text)).toEqual([expect.stringMatching(/^\[major\] omission:/)]);
  });

  it.each([
    [undefined, 'needs-review-translation'],
    [{ f3: { status: 'accepted' as const } }, 'needs-review-translation'],
    [{ f3: { status: 'dismissed' as const } }, 'translated'],
  ])('marks a flagged unit with review %j as %s', (review, state) => {
    const unit = units(writeXliff(report, { review })).find((u) => text(u.source).includes('盐田港'));
    expect(unit.target['@_state']).toBe(state);
    expect(unit.note[0]['@_priority']).toBe('1');
  });

  it('carries clause numbers as context and joins an English 1-2 pair with a space', () => {
    const unit = units(xml).find((u) => text(u.source).startsWith('建立健全'));
    const [t12, t13] = report.target.segments.slice(-2);
    expect(text(unit.target)).toBe(`${t12.text} ${t13.text}`);
    const ctx = Object.fromEntries(unit['context-group'].context.map((c: any) => [c['@_context-type'], c['#text']]));
    expect(ctx).toMatchObject({ 'x-source-number': '6.14.6', 'x-target-number': `${t12.number} ${t13.number}` });
  });

  it('keeps an addition and its flag in the file header', () => {
    const notes: string[] = file.header.note.map(text);
    expect(notes.some((n) => n.startsWith('Added in the translation (0.0.1): To further advance'))).toBe(true);
    expect(notes.some((n) => n.startsWith('[minor] addition:'))).toBe(true);
  });

  it.each(AWKWARD_TEXTS)('round-trips %j exactly', (t) => {
    const out = writeXliff(buildReport([[[t], [t]]]));
    expect(findXmlProblems(out)).toEqual([]);
    const [unit] = units(out);
    expect([text(unit.source), text(unit.target)]).toEqual([t, t]);
  });

  it('joins Chinese clauses of a 2-1 pair without a separator', () => {
    const [unit] = units(writeXliff(buildReport([[['甲。', '乙。'], ['A and B.']]])));
    expect(text(unit.source)).toBe('甲。乙。');
  });

  it('stays well-formed and round-trips any UTF-16 text', () => {
    const unit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
    const str = fc.string({ unit: fc.oneof(unit, fc.constantFrom('&', '<', '>', '"', "'", '\r', ']]>', '😀')) });
    fc.assert(
      fc.property(str, str, str, (a, b, name) => {
        const r = buildReport([[[a], [b]], [[a], []]], [
          { id: 'f', type: 'meaning', severity: 'minor', source: ['s1'], target: ['t1'], message: name, suggestion: a, evidence: [] },
        ]);
        r.source.name = name;
        const out = writeXliff(r, { review: { f: { status: 'open', note: b } } });
        expect(findXmlProblems(out)).toEqual([]);
        const [first, second] = units(out);
        expect([text(first.source), text(first.target), text(second.source)]).toEqual([cleanXmlChars(a), cleanXmlChars(b), cleanXmlChars(a)]);
        expect(parseXml(out).xliff.file['@_original']).toBe(cleanXmlChars(name));
      }),
      { numRuns: 300 },
    );
  });
});
