import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeGoldenRows, formatGolden, GOLDEN_CASES, goldenPath } from '../../scripts/regenerate-golden';
import { cleanDocument } from '../../src/core/clean/clean';
import { segmentDocument, segmentLines } from '../../src/core/segment/segment';
import type { BlockKind, CleanDoc, Lang, Segment } from '../../src/core/types';

// A hand-made CleanDoc: blocks joined by '\n', raw === text, identity offset map.
function docOf(blocks: Array<string | [BlockKind, string]>): CleanDoc {
  let text = '';
  const list: CleanDoc['blocks'] = [];
  blocks.forEach((b, i) => {
    const [kind, body] = typeof b === 'string' ? (['paragraph', b] as const) : b;
    if (i > 0) text += '\n';
    list.push({ kind, start: text.length, end: text.length + body.length });
    text += body;
  });
  const toRaw = Array.from({ length: text.length + 1 }, (_, i) => i);
  return { raw: text, text, toRaw, blocks: list, meta: {}, notes: [] };
}

// Compact view of segments: "number kind text".
function view(segments: Segment[]): string[] {
  return segments.map((s) => `${s.number} ${s.kind}${s.label ? ` [${s.label}]` : ''} ${s.text}`);
}

describe('segmentDocument', () => {
  it.each([
    ['zh', ['城市很大。人口很多。', ['heading', '交通'], '地铁很方便。']],
    ['en', ['The city is large. Many people live there.', ['heading', 'Transport'], 'The metro is convenient.']],
  ] as const)('gives a %s document without numbering plain sentence numbers, not pseudo-sections', (lang, blocks) => {
    const segs = segmentDocument(docOf(blocks as unknown as Array<string | [BlockKind, string]>), lang, 's');
    expect(segs.map((x) => x.number)).toEqual(['1', '2', '3', '4']);
  });

  it('numbers a Chinese document by its own labels', () => {
    const doc = docOf([
      '关于深化改革的意见',
      '为深化改革，现提出如下意见。',
      ['heading', '一、总体要求'],
      '坚持稳中求进。统筹发展和安全。',
      ['heading', '四、建设开放型经济新体制'],
      '（七）推动货物贸易优化升级。推进货物贸易便利化。在便利通关等方面支持盐田港加大探索力度。',
      '（八）创新提升服务贸易。研究增加口岸。',
    ]);
    expect(view(segmentDocument(doc, 'zh', 'z'))).toEqual([
      '0.1 sentence 关于深化改革的意见',
      '0.2 sentence 为深化改革，现提出如下意见。',
      '1 heading [一、] 一、总体要求',
      '1.1 sentence 坚持稳中求进。',
      '1.2 sentence 统筹发展和安全。',
      '4 heading [四、] 四、建设开放型经济新体制',
      '4.7 heading [（七）] （七）推动货物贸易优化升级。',
      '4.7.1 sentence 推进货物贸易便利化。',
      '4.7.2 sentence 在便利通关等方面支持盐田港加大探索力度。',
      '4.8 heading [（八）] （八）创新提升服务贸易。',
      '4.8.1 sentence 研究增加口岸。',
    ]);
  });

  it('gives the English translation the same numbers', () => {
    const doc = docOf([
      'Translator note. It has no numbering.',
      'I. General Requirements',
      'Adhere to the guidance.',
      'IV. Building a New System',
      '(7) Promote trade in goods. Advance trade facilitation. Support Yantai Port in exploring.',
    ]);
    expect(view(segmentDocument(doc, 'en', 'e'))).toEqual([
      '0.1 sentence Translator note.',
      '0.2 sentence It has no numbering.',
      '1 heading [I.] I. General Requirements',
      '1.1 sentence Adhere to the guidance.',
      '4 heading [IV.] IV. Building a New System',
      '4.7 heading [(7)] (7) Promote trade in goods.',
      '4.7.1 sentence Advance trade facilitation.',
      '4.7.2 sentence Support Yantai Port in exploring.',
    ]);
  });

  it('nests chapters and sections and returns to an outer level', () => {
    const doc = docOf([
      ['heading', '第一章 发展基础'],
      ['heading', '第一节 辉煌成就'],
      '成就显著。',
      ['heading', '第二节 发展环境'],
      ['heading', '第二章 指导方针'],
      '坚持方针。',
    ]);
    expect(segmentDocument(doc, 'zh', 's').map((s) => s.number)).toEqual(['1', '1.1', '1.1.1', '1.2', '2', '2.1']);
  });

  it('numbers table rows by their first cell and keeps one header row', () => {
    const doc = docOf([
      ['table-row', '序号\t名称\t具体内容'],
      ['table-row', '一、建立全过程创新生态链\t\t'],
      ['table-row', '1\t率先形成投入机制\t制定出台条例。同时加大投入力度。'],
      ['table-row', '序号\t名称\t具体内容'],
      ['table-row', '2\t建立攻关新机制\t改革组织管理方式。'],
    ]);
    const segments = segmentDocument(doc, 'zh', 't');
    expect(view(segments)).toEqual([
      '0.1 table-row 序号\t名称\t具体内容',
      '1 heading [一、] 一、建立全过程创新生态链',
      '1.1 table-row [1] 1\t率先形成投入机制',
      '1.1.1 sentence 制定出台条例。',
      '1.1.2 sentence 同时加大投入力度。',
      '1.2 table-row [2] 2\t建立攻关新机制',
      '1.2.1 sentence 改革组织管理方式。',
    ]);
    expect(segments.map((s) => s.block)).toEqual([0, 1, 2, 2, 2, 4, 4]);
  });

  it('keeps rows of short cells whole and finds row numbers after a category cell', () => {
    const doc = docOf([
      ['heading', '第四节 发展目标'],
      '坚持目标导向。',
      ['table-row', '类别\t序号\t指标\t单位\t2025年目标值'],
      ['table-row', '经济发展\t1\t地区生产总值增长\t%\t{6.0}'],
      ['table-row', '2\t人均地区生产总值\t万元/人\t21.5'],
      ['table-row', '创新驱动\t3\t研发经费投入增长\t%\t6.4'],
      ['table-row', '深圳\t7\t不在序列中的数字\t%\t1'],
      '注：表中数据为5年均值。',
    ]);
    expect(view(segmentDocument(doc, 'zh', 's'))).toEqual([
      '4 heading [第四节] 第四节 发展目标',
      '4.1 sentence 坚持目标导向。',
      '4.2 table-row 类别\t序号\t指标\t单位\t2025年目标值',
      '4.1 table-row [1] 经济发展\t1\t地区生产总值增长\t%\t{6.0}',
      '4.2 table-row [2] 2\t人均地区生产总值\t万元/人\t21.5',
      '4.3 table-row [3] 创新驱动\t3\t研发经费投入增长\t%\t6.4',
      '4.3.1 table-row 深圳\t7\t不在序列中的数字\t%\t1',
      // After the table the section's own sentence count resumes.
      '4.3 sentence 注：表中数据为5年均值。',
    ]);
  });

  it('maps clean ranges back to raw offsets and trims whitespace', () => {
    const raw = '### 一、总则\n\n**正文第一句。** 第二句。  \n';
    // Clean text "一、总则\n正文第一句。 第二句。" with the map a cleaner would build.
    const text = '一、总则\n正文第一句。 第二句。';
    const toRaw: number[] = [];
    for (let i = 0; i < 4; i++) toRaw.push(4 + i);
    toRaw.push(8); // block separator
    for (let i = 0; i < 6; i++) toRaw.push(12 + i); // 正文第一句。
    toRaw.push(20); // space
    for (let i = 0; i < 4; i++) toRaw.push(21 + i); // 第二句。
    toRaw.push(raw.length);
    const doc: CleanDoc = {
      raw, text, toRaw, meta: {}, notes: [],
      blocks: [{ kind: 'heading', start: 0, end: 4, depth: 3 }, { kind: 'paragraph', start: 5, end: text.length }],
    };
    const segments = segmentDocument(doc, 'zh', 's');
    expect(segments.map((s) => [s.start, s.end, s.text, s.clean])).toEqual([
      [4, 8, '一、总则', '一、总则'],
      [12, 18, '正文第一句。', '正文第一句。'],
      [21, 25, '第二句。', '第二句。'],
    ]);
    for (const s of segments) expect(s.text).toBe(raw.slice(s.start, s.end));
  });

  it('gives ids from the prefix and a running index', () => {
    const segments = segmentDocument(docOf(['甲。乙。', '丙。']), 'zh', 'src-');
    expect(segments.map((s) => s.id)).toEqual(['src-1', 'src-2', 'src-3']);
  });

  it.each([
    ['an empty document', docOf([])],
    ['blank blocks', docOf(['', '   ', '\t'])],
    ['a block out of range', { ...docOf(['甲。']), blocks: [{ kind: 'paragraph' as const, start: 5, end: 90 }] }],
  ])('yields no segment for %s', (_name, doc) => {
    expect(segmentDocument(doc, 'zh', 's')).toEqual([]);
    expect(segmentDocument(doc, 'en', 's')).toEqual([]);
  });

  it('never throws on garbage, emoji or lone surrogates', () => {
    const doc = docOf(['😀😀。\uD800！', '((((（（（“', '第\t一章', 'I.', '(1)', '12\t']);
    for (const lang of ['zh', 'en'] as const) {
      const segments = segmentDocument(doc, lang, 's');
      for (const s of segments) expect(s.text).toBe(doc.raw.slice(s.start, s.end));
    }
  });
});

describe('segmentLines', () => {
  it('keeps each non-blank line as written, numbered by its line', () => {
    const raw = '第一句。\r\n\n  第二句，带空格。  \n第三句';
    expect(segmentLines(raw, 'l').map((s) => [s.id, s.number, s.start, s.end, s.text])).toEqual([
      ['l1', '1', 0, 4, '第一句。'],
      ['l2', '3', 9, 17, '第二句，带空格。'],
      ['l3', '4', 20, 23, '第三句'],
    ]);
  });

  it.each(['', '\n\n', '   '])('yields nothing for %j', (raw) => expect(segmentLines(raw, 'l')).toEqual([]));
});

// ---- Golden files, seeds and seeded random input -------------------------------------------

const SEEDS = new URL('../../seeds/', import.meta.url);
const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const readSeed = (name: string): string => readFileSync(new URL(name, SEEDS), 'utf8');
const seedLang = (name: string): Lang => (name.startsWith('002_') ? 'en' : 'zh');

function expectInvariants(raw: string, segments: Segment[]): void {
  let lastEnd = 0;
  segments.forEach((s, i) => {
    expect(s.id).toBe(`s${i + 1}`);
    expect(s.text).toBe(raw.slice(s.start, s.end));
    expect(s.start).toBeGreaterThanOrEqual(lastEnd);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.text.trim()).toBe(s.text);
    expect(s.clean.trim()).toBe(s.clean);
    expect(s.clean.length).toBeGreaterThan(0);
    expect(s.number).toMatch(/^\d+(?:\.\d+)*$/);
    lastEnd = s.end;
  });
}

describe('golden segments', () => {
  it.each(GOLDEN_CASES)('$file matches the current segmentation', (c) => {
    const expected = readFileSync(goldenPath(c), 'utf8');
    expect(formatGolden(computeGoldenRows(c))).toBe(expected);
  });
});

describe('segments of the seeds', () => {
  it.each(seedFiles)('%s keeps every invariant in both languages', (name) => {
    const raw = readSeed(name);
    const doc = cleanDocument(raw);
    for (const lang of [seedLang(name), seedLang(name) === 'zh' ? 'en' : 'zh'] as const) {
      const segments = segmentDocument(doc, lang, 's');
      expect(segments.length).toBeGreaterThan(10);
      expectInvariants(raw, segments);
    }
  });

  it('numbers corresponding clauses of the seed pair 000 (zh) and 002 (en) alike', () => {
    const zh = segmentDocument(cleanDocument(readSeed('000_c81b22d7163bc932.txt')), 'zh', 's');
    const en = segmentDocument(cleanDocument(readSeed('002_80d239db24bf15f2.txt')), 'en', 's');
    const numberOf = (list: Segment[], prefix: string): string | undefined => list.find((s) => s.text.startsWith(prefix))?.number;
    expect(numberOf(zh, '（七）推动货物贸易优化升级。')).toBe('4.7');
    expect(numberOf(en, '(7) Promote the optimization')).toBe('4.7');
    expect(numberOf(zh, '在便利通关')).toBe('4.7.2');
    expect(numberOf(en, 'Support Yantai Port')).toBe('4.7.2');
    // Every labelled heading has its counterpart with the same number and label value.
    const zhHeads = zh.filter((s) => s.label).map((s) => s.number);
    const enHeads = en.filter((s) => s.label).map((s) => s.number);
    expect(enHeads).toEqual(zhHeads);
  });

  it('agrees with the gold sentence units of the seed pair', () => {
    const gold = JSON.parse(readFileSync(new URL('../../fixtures/seed-gold.json', import.meta.url), 'utf8'));
    for (const [file, lang, units] of [[gold.source, 'zh', gold.zhUnits], [gold.target, 'en', gold.enUnits]] as const) {
      const segments = segmentDocument(cleanDocument(readSeed(file)), lang, 's');
      const spans = new Set(segments.map((s) => `${s.start}:${s.end}`));
      const matched = (units as Array<{ start: number; end: number }>).filter((u) => spans.has(`${u.start}:${u.end}`));
      // All gold units match today; a little slack lets the cleaner evolve without hiding a real regression.
      expect(matched.length / units.length).toBeGreaterThanOrEqual(0.97);
    }
  });
});

describe('segments of seeded random input', () => {
  const fragments = [
    '一、', '（七）', '(7) ', 'IV. ', '1.', '第三章', '12\t', '\t', '\n', ' ', '　', '。', '！', '？', '……', '；', '“', '”', '（', '）',
    '"', '.', '. ', 'e.g. ', 'U.S. ', 'No. 5', '3.5', '😀', '\uD800', '推进货物贸易便利化', '支持深圳盐田港加大探索力度',
    'Support Yantai Port', 'the', 'Promote trade', '**', '# ', '> ', '- ', '<p>', '&amp;', '---\n',
  ];
  const randomText = fc.array(fc.constantFrom(...fragments), { maxLength: 60 }).map((parts) => parts.join(''));

  it('keeps every invariant on hand-made documents', () => {
    fc.assert(
      fc.property(fc.array(randomText, { maxLength: 8 }), fc.constantFrom<Lang>('zh', 'en'), (blocks, lang) => {
        const doc = docOf(blocks.map((b) => b.replace(/\n/g, ' ')));
        expectInvariants(doc.raw, segmentDocument(doc, lang, 's'));
      }),
      { seed: 20240830, numRuns: 300 },
    );
  });

  it('keeps every invariant after the real cleaner', () => {
    fc.assert(
      fc.property(randomText, fc.constantFrom<Lang>('zh', 'en'), (raw, lang) => {
        expectInvariants(raw, segmentDocument(cleanDocument(raw), lang, 's'));
      }),
      { seed: 20240831, numRuns: 300 },
    );
  });

  it('keeps every invariant for line-segmented input', () => {
    fc.assert(
      fc.property(randomText, (raw) => {
        const segments = segmentLines(raw, 's');
        expectInvariants(raw, segments);
      }),
      { seed: 20240832, numRuns: 200 },
    );
  });
});
