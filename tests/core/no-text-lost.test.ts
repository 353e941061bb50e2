// Nothing lost (issue 8, items 1, 7 and 8): front matter only when it is YAML metadata, every line
// ending alike, and every line of text either in a segment or named in a note.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeResources, type NodeResources } from '../../src/cli/resources';
import { readFrontMatter } from '../../src/core/clean/clean-front-matter';
import { buildReport, describeInputProblem } from '../../src/core/pipeline';
import type { Report } from '../../src/core/types';
import { expectReportInvariants, linesLostWithoutNote } from './report-invariants';

const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');
const ZH = seed('000_c81b22d7163bc932.txt');
const EN = seed('002_80d239db24bf15f2.txt');
const BODY = ZH.slice(readFrontMatter(ZH).bodyStart);

let res: NodeResources;
beforeAll(async () => {
  res = await loadNodeResources();
});

const run = (zh: string, en = EN): Report => buildReport({ name: 'zh.md', text: zh }, { name: 'en.md', text: en }, res);

function expectNothingLost(report: Report, zh: string, en: string) {
  expectReportInvariants(report, zh, en);
  expect(linesLostWithoutNote(report, 'source', zh)).toEqual([]);
  expect(linesLostWithoutNote(report, 'target', en)).toEqual([]);
}

describe('readFrontMatter', () => {
  it.each([
    ['YAML keys, a list and a folded value', '---\ntitle: 意见\nauthors:\n  - 甲\n  - 乙\nsummary: >\n  two\n  lines\n---\n正文。', 14 + 1, 9],
    ['closing with ...', '---\ntitle: x\n...\nbody', 0, 3],
    ['CRLF line ends', '---\r\ntitle: x\r\n---\r\nbody', 0, 3],
    ['CR-only line ends', '---\rtitle: x\r---\rbody', 0, 3],
    ['U+2028 line ends', '---\u2028title: x\u2028---\u2028body', 0, 3],
    ['U+2029 line ends', '---\u2029title: x\u2029---\u2029body', 0, 3],
  ])('reads %s', (_name, raw, _unused, lastLine) => {
    const fm = readFrontMatter(raw);
    expect(fm.lastLine).toBe(lastLine);
    expect(raw.slice(fm.bodyStart)).toMatch(/^(正文。|body)$/);
    expect(Object.keys(fm.meta).length).toBeGreaterThan(0);
  });

  it.each([
    ['a rule, prose, and a second rule', '---\n深化改革，扩大开放。\n\n坚持以人民为中心。\n---\n正文。'],
    ['a rule, English prose with a colon, and a second rule', '---\nNote: this paragraph explains the plan, and why.\nIt has two lines.\n---\nBody.'],
    ['never closed', '---\ntitle: x\n\n正文。'],
    ['closed only after more than 100 lines', `---\n${Array.from({ length: 120 }, (_, i) => `k${i}: v`).join('\n')}\n---\nbody`],
    ['no key at all', '---\n\n---\nbody'],
    ['a rule that is not at the top', 'intro\n---\ntitle: x\n---\n'],
  ])('does not take %s for front matter', (_name, raw) => {
    expect(readFrontMatter(raw)).toEqual({ bodyStart: 0, meta: {}, lastLine: 0 });
  });
});

describe('no text vanishes without a note', () => {
  it('the seed pair: front matter lines are named as metadata, everything else is in a segment', () => {
    const report = run(ZH);
    expect(report.notes.join('\n')).toMatch(/^zh\.md: read lines 1–19 \(front matter: title, authors, date/m);
    expectNothingLost(report, ZH, EN);
  });

  it('a Markdown document that opens with a --- rule and has another later keeps every clause', () => {
    const paragraphs = BODY.split('\n\n');
    const middle = Math.floor(paragraphs.length / 2);
    const md = `---\n\n${paragraphs.slice(0, middle).join('\n\n')}\n\n---\n\n${paragraphs.slice(middle).join('\n\n')}`;
    const report = run(md);
    const plain = run(BODY);
    expect(report.source.segments.length).toBe(plain.source.segments.length);
    expectNothingLost(report, md, EN);
  });

  it('front matter that never closes keeps the whole original', () => {
    const md = `---\ntitle: 意见\n${BODY}`;
    const report = run(md);
    expect(report.source.segments.length).toBeGreaterThanOrEqual(run(BODY).source.segments.length);
    expectNothingLost(report, md, EN);
  });

  it('dropped page numbers and rules are named by line', () => {
    const md = `${BODY.slice(0, 400)}\n\n- 3 -\n\n***\n\n${BODY.slice(400)}`;
    const report = run(md);
    expect(report.notes.join('\n')).toMatch(/zh\.md: dropped 2 noise lines.*\(lines? [\d–, ]+\)/);
    expectNothingLost(report, md, EN);
  });

  it('holds on seeded random Markdown made of the seed paragraphs, rules, front matter and noise', () => {
    const paragraphs = BODY.split('\n\n').filter((p) => p.trim());
    const piece = fc.oneof(
      fc.constantFrom(...paragraphs.slice(0, 30)),
      fc.constantFrom('---', '***', '- 7 -', '# 标题', '| 甲 | 乙 |', '', '...', 'title: x', '  - item'),
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 25 }), fc.constantFrom('\n', '\r\n', '\r', '\u2028', '\u2029'), (pieces, eol) => {
        const md = pieces.join(eol + eol);
        if (describeInputProblem({ name: 'zh.md', text: md }, { name: 'en.md', text: EN })) return;
        expectNothingLost(run(md), md, EN);
      }),
      { seed: 8001, numRuns: 25 },
    );
  });
});

describe('line endings: CR, CRLF, U+2028 and U+2029 behave like LF in every stage', () => {
  const summary = (r: Report) => ({
    source: r.source.segments.map((s) => s.text.replace(/[\r\n\u2028\u2029]+/g, '\n')),
    target: r.target.segments.map((s) => s.text.replace(/[\r\n\u2028\u2029]+/g, '\n')),
    pairs: r.pairs.map((p) => `${p.source}|${p.target}`),
    flags: r.flags.map((f) => `${f.severity} ${f.type} ${f.source}|${f.target}`),
    notes: r.notes,
  });
  let lf: ReturnType<typeof summary>;
  beforeAll(() => {
    lf = summary(run(ZH));
  });
  it.each([
    ['CRLF', '\r\n'],
    ['CR', '\r'],
    ['U+2028', '\u2028'],
    ['U+2029', '\u2029'],
  ])('%s gives the same segments, pairs, flags and notes as LF', (_name, eol) => {
    const zh = ZH.replace(/\n/g, eol);
    const en = EN.replace(/\n/g, eol);
    const report = run(zh, en);
    expectNothingLost(report, zh, en);
    expect(summary(report)).toEqual(lf);
  });

  it('--segmented splits at every kind of line end', async () => {
    const { segmentLines } = await import('../../src/core/segment/segment');
    expect(segmentLines('一。\r二。\u2028三。\u2029四。\r\n五。', 's').map((s) => s.text)).toEqual(['一。', '二。', '三。', '四。', '五。']);
  });
});

describe('messages that say what is really wrong', () => {
  it('a Chinese file holding only metadata "contains no text after its metadata"', () => {
    const meta = ZH.slice(0, readFrontMatter(ZH).bodyStart);
    expect(describeInputProblem({ name: 'zh.md', text: meta }, { name: 'en.md', text: EN })).toBe('The original (zh.md) contains no text after its metadata.');
    expect(describeInputProblem({ name: 'en.md', text: EN }, { name: 'zh.md', text: `${meta}\n\n- 3 -\n` })).toBe('The translation (zh.md) contains no text after its metadata.');
  });

  it('the language of a file is read from its body, not from its (English) front matter keys', () => {
    const zh = `---\ntitle: A Long English Title For The Document\nauthors:\n  - Some Office\nlink: https://example.org/a/very/long/path\n---\n深化改革。`;
    expect(describeInputProblem({ name: 'zh.md', text: zh }, { name: 'en.md', text: 'Deepen reform.' })).toBeNull();
  });
});

describe('isAccountingNote', () => {
  it.each([
    ['a.md: read lines 1–19 (front matter: title, authors) as metadata', true],
    ['a.md: read line 1–3 (front matter: title) as metadata', true],
    ['a.md: dropped 2 noise lines: page numbers, rules, punctuation only (lines 4, 9–10)', true],
    ['a.md: dropped 1 repeated table headers (line 4)', true],
    ['a.md: dropped 3 lines holding only markup such as HTML tags (lines 1–3)', true],
    ['a.md: no text after its metadata', false],
    ['a.md: decoded as Big5: the file has no byte-order mark and is not UTF-8, so the encoding was recognised from its byte statistics', false],
    ['The two documents share few words: a typical pair matches 10% of its translatable words.', false],
  ])('%s → %s', async (note, expected) => {
    const { isAccountingNote } = await import('../../src/core/report-notes');
    expect(isAccountingNote(note)).toBe(expected);
  });

  it('holds for every left-out note the seed pair produces', () => {
    return import('../../src/core/report-notes').then(({ isAccountingNote }) => {
      const report = run(`${ZH}\n\n- 3 -\n`);
      expect(report.notes.length).toBeGreaterThan(1);
      expect(report.notes.filter((n) => !isAccountingNote(n))).toEqual([]);
    });
  });
});
