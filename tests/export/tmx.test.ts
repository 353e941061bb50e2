import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { writeTmx } from '../../src/export/tmx';
import { cleanXmlChars } from '../../src/export/escape-markup';
import { AWKWARD_TEXTS, buildReport, loadSampleReport } from './report-builder';
import { findXmlProblems, parseXml } from './xml-check';

const segText = (tuv: any): string => (typeof tuv.seg === 'string' ? tuv.seg : '');

describe('writeTmx', () => {
  const report = loadSampleReport();
  const xml = writeTmx(report);
  const tmx = parseXml(xml).tmx;
  const twoSided = report.pairs.filter((p) => p.source.length > 0 && p.target.length > 0);
  const twoSidedIndex = report.pairs.flatMap((p, i) => (p.source.length > 0 && p.target.length > 0 ? [i] : []));
  const yantaiRow = report.pairs.findIndex((p) => p.target.some((id) => report.target.segments.find((s) => s.id === id)?.text.includes('Yantai')));

  it('is well-formed TMX 1.4 with the header the brief names', () => {
    expect(findXmlProblems(xml)).toEqual([]);
    expect(tmx['@_version']).toBe('1.4');
    expect(tmx.header).toMatchObject({
      '@_creationtool': 'Duizhao',
      '@_segtype': 'sentence',
      '@_adminlang': 'en',
      '@_srclang': 'zh-CN',
      '@_datatype': 'plaintext',
      '@_o-tmf': 'duizhao-report',
    });
    expect(tmx.header['@_creationdate']).toBeUndefined();
  });

  it.each([
    ['only confirmed pairs', { confirmedOnly: true }, (ids: number[]) => ids.length === 2],
    ['no pair with an uncleared critical or major flag', { withoutMajorFlags: true }, (ids: number[]) => !ids.includes(yantaiRow)],
    ['a confidence threshold', { minConfidence: 0.9 }, (ids: number[]) => ids.every((i) => report.pairs[i].score >= 0.9)],
  ] as const)('keeps %s, and says so in the header', (_name, filter, holds) => {
    const confirmed = twoSidedIndex.slice(0, 2);
    const out = parseXml(writeTmx(report, { filter, confirmedPairs: confirmed })).tmx;
    const tus = out.body?.tu ?? [];
    const ids = tus.map((tu: any) => Number(tu['@_tuid']) - 1);
    expect(holds(ids)).toBe(true);
    expect(ids.length).toBeLessThan(twoSided.length);
    const props = [out.header.prop].flat().map((p: any) => p['@_type']);
    expect(props).toContain('x-duizhao-filter');
  });

  it('exports an accepted critical flag only when no filter leaves it out', () => {
    const critical = report.flags.find((f) => f.severity === 'critical')!;
    const accepted = { review: { [critical.id]: { status: 'accepted' as const } } };
    expect(writeTmx(report, accepted)).toContain('Yantai');
    expect(writeTmx(report, { ...accepted, filter: { withoutMajorFlags: true } })).not.toContain('Support Yantai');
    const dismissed = { review: { [critical.id]: { status: 'dismissed' as const } }, filter: { withoutMajorFlags: true } };
    expect(writeTmx(report, dismissed)).toContain('Support Yantai');
  });

  it('has one tu per two-sided pair, each with a zh-CN and an en tuv', () => {
    expect(tmx.body.tu).toHaveLength(twoSided.length);
    for (const tu of tmx.body.tu) expect(tu.tuv.map((v: any) => v['@_xml:lang'])).toEqual(['zh-CN', 'en']);
  });

  it('joins the texts of a 1-2 pair with a space on the English side and carries both clause numbers', () => {
    const tu = tmx.body.tu.find((t: any) => t.tuv[1].prop.some((p: any) => p['#text'] === 't12 t13'));
    const [t12, t13] = report.target.segments.filter((s) => s.id === 't12' || s.id === 't13');
    expect(segText(tu.tuv[1])).toBe(`${t12.text} ${t13.text}`);
    expect(tu.tuv[1].prop.find((p: any) => p['@_type'] === 'x-duizhao-number')['#text']).toBe(`${t12.number} ${t13.number}`);
  });

  it('puts a flag on its tu as a note, with suggestion and review state', () => {
    const reviewed = parseXml(writeTmx(report, { review: { f3: { status: 'accepted', note: 'Confirmed by editor' } } })).tmx;
    const tu = reviewed.body.tu.find((t: any) => segText(t.tuv[0]).includes('盐田港'));
    expect(tu.note).toEqual([
      '[critical] entity: 盐田港 is Yantian Port (Shenzhen); the translation says Yantai, which is 烟台 (Shandong). Suggestion: Yantian Port Review: accepted — Confirmed by editor',
    ]);
  });

  it('keeps flags of one-sided pairs as header notes', () => {
    const notes: string[] = tmx.header.note;
    expect(notes.some((n) => n.startsWith('[minor] addition:'))).toBe(true);
    expect(notes.some((n) => n.startsWith('[major] omission:'))).toBe(true);
  });

  it('stamps creationdate in TMX basic format when asked', () => {
    const dated = parseXml(writeTmx(report, { createdAt: '2025-03-04T05:06:07.890Z' })).tmx;
    expect(dated.header['@_creationdate']).toBe('20250304T050607Z');
    expect(() => writeTmx(report, { createdAt: 'yesterday' })).toThrow(RangeError);
  });

  it.each(AWKWARD_TEXTS)('round-trips %j exactly', (text) => {
    const out = writeTmx(buildReport([[[text], [text]]]));
    expect(findXmlProblems(out)).toEqual([]);
    const tu = parseXml(out).tmx.body.tu[0];
    expect(tu.tuv.map(segText)).toEqual([text, text]);
  });

  it('drops characters XML 1.0 forbids instead of writing them', () => {
    const out = writeTmx(buildReport([[['a\u0000b\u0008c\uFFFE'], ['x\u001Fy']]]));
    expect(findXmlProblems(out)).toEqual([]);
    expect(parseXml(out).tmx.body.tu[0].tuv.map(segText)).toEqual(['abc', 'xy']);
  });

  it('writes an empty body for a report with no pairs', () => {
    const out = writeTmx(buildReport([]));
    expect(findXmlProblems(out)).toEqual([]);
    expect(parseXml(out).tmx.body.tu).toBeUndefined();
  });

  it('stays well-formed and round-trips any UTF-16 text', () => {
    const unit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
    const text = fc.string({ unit: fc.oneof(unit, fc.constantFrom('&', '<', '>', '"', "'", '\r', ']]>', '😀')) });
    fc.assert(
      fc.property(text, text, (a, b) => {
        const out = writeTmx(buildReport([[[a], [b]]], [
          { id: 'f', type: 'meaning', severity: 'info', source: ['s1'], target: ['t1'], message: a + b, evidence: [] },
        ]));
        expect(findXmlProblems(out)).toEqual([]);
        const tu = parseXml(out).tmx.body.tu[0];
        expect(tu.tuv.map(segText)).toEqual([cleanXmlChars(a), cleanXmlChars(b)]);
      }),
      { numRuns: 300 },
    );
  });
});
