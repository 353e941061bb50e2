import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanDocument } from '../../src/core/clean/clean';
import type { CleanDoc } from '../../src/core/types';

const SEEDS = new URL('../../seeds/', import.meta.url);

/** Blocks in a small notation: `kind[depth]:text`, tabs shown as ⇥. */
function blocksOf(doc: CleanDoc): string[] {
  return doc.blocks.map((b) => `${b.kind}${b.depth ?? ''}:${doc.text.slice(b.start, b.end).replace(/\t/g, '⇥')}`);
}

/** Every invariant of the CleanDoc contract; returns the first violation, or '' when there is none. */
function checkInvariants(doc: CleanDoc): string {
  const { raw, text, toRaw, blocks } = doc;
  if (toRaw.length !== text.length + 1) return `toRaw has ${toRaw.length} entries for ${text.length} units`;
  if (toRaw[text.length] !== raw.length) return 'last toRaw is not raw.length';
  for (let i = 0; i < text.length; i++) {
    const r = toRaw[i];
    if (r < 0 || r >= raw.length) return `toRaw[${i}] = ${r} out of range`;
    if (i > 0 && r < toRaw[i - 1]) return `toRaw decreases at ${i}`;
    const c = text[i];
    const rc = raw[r];
    if (c === '\n') {
      if (!/[\n\r\u2028\u2029]/.test(rc)) return `separator ${i} maps to ${JSON.stringify(rc)}`;
    } else if (c === ' ' || c === '\t') {
      // Inserted or collapsed space: raw whitespace, a line break (PDF join), a tag, a pipe or an entity.
      if (!/[\s\u3000|<&]/.test(rc)) return `space ${i} maps to ${JSON.stringify(rc)}`;
    } else if (rc !== c && rc !== '&') {
      return `clean ${JSON.stringify(c)} at ${i} maps to raw ${JSON.stringify(rc)}`;
    }
  }
  let prevEnd = -1;
  for (const b of blocks) {
    if (b.start >= b.end) return `empty block at ${b.start}`;
    if (prevEnd >= 0 && (b.start !== prevEnd + 1 || text[prevEnd] !== '\n')) return `blocks not separated by one newline at ${b.start}`;
    if (prevEnd < 0 && b.start !== 0) return 'first block does not start at 0';
    if (text.slice(b.start, b.end).includes('\n')) return `block at ${b.start} holds a newline`;
    prevEnd = b.end;
  }
  if (blocks.length > 0 && prevEnd !== text.length) return 'last block does not end the text';
  if (blocks.length === 0 && text !== '') return 'text without blocks';
  return '';
}

describe('cleanDocument rules', () => {
  it.each([
    ['empty input', '', []],
    ['blank lines only', '\n \n\u3000\n', []],
    ['plain lines are their own blocks', 'First line.\nSecond line.', ['paragraph:First line.', 'paragraph:Second line.']],
    ['CRLF and CR line ends', '甲。\r\n乙。\r丙。', ['paragraph:甲。', 'paragraph:乙。', 'paragraph:丙。']],
    ['Markdown headings with depth', '# Title\n### 一、总体要求 ###\n正文。', ['heading1:Title', 'heading3:一、总体要求', 'paragraph:正文。']],
    ['bold and italic markers', '**加强**协同。 *Very* __strong__ text.', ['paragraph:加强协同。 Very strong text.']],
    ['a wholly bold line is a heading', '**中共中央办公厅关于深圳的意见**\n正文。', ['heading:中共中央办公厅关于深圳的意见', 'paragraph:正文。']],
    ['snake_case and lone * are text', 'a_b_c and 2 * 3', ['paragraph:a_b_c and 2 * 3']],
    ['quote markers', '> （2024年8月30日）', ['quote:（2024年8月30日）']],
    ['bullets', '- 福田区：中心。\n* Item two.', ['list-item:福田区：中心。', 'list-item:Item two.']],
    ['links keep their text', 'See [the plan](https://x.cn/a) now.', ['paragraph:See the plan now.']],
    ['HTML tags and entities', '<p>A &amp; B</p> <p>C&nbsp;D</p>', ['paragraph:A & B C D']],
    ['tab-separated table row', '1\t科技成果\t<p>（1）依托。</p> <p>（2）强化。</p>', ['table-row:1⇥科技成果⇥（1）依托。（2）强化。']],
    ['empty cells vanish', '一、建立机制\t\t\n1\t名称\t内容', ['heading:一、建立机制', 'table-row:1⇥名称⇥内容']],
    ['Markdown pipe table', '| a | b |\n|---|---|\n| 1 | 2 |', ['table-row:a⇥b', 'table-row:1⇥2']],
    [
      'repeated table header after a page break',
      '序号\t名称\n1\t甲\n\n序号\t名称\n2\t乙\n\n序号\t名称\n3\t丙',
      ['table-row:序号⇥名称', 'table-row:1⇥甲', 'table-row:2⇥乙', 'table-row:3⇥丙'],
    ],
    ['spaced-out CJK', '科 技 部\n二 三 产 业\n深圳 综合改革', ['paragraph:科技部', 'paragraph:二三产业', 'paragraph:深圳综合改革']],
    ['ideographic spaces between CJK', '前\u3000言\n中共中央办公厅\u3000国务院办公厅', ['paragraph:前言', 'paragraph:中共中央办公厅国务院办公厅']],
    ['whitespace runs collapse; CJK–Latin spaces stay', '  特区 40 年   成就 \u3000 GDP  growth  ', ['paragraph:特区 40 年成就 GDP growth']],
    ['curly quote next to CJK', '“小错免罚” 包容执法', ['paragraph:“小错免罚”包容执法']],
    [
      'table of contents dropped with its title',
      '目 录\n\n前 言\t1\n第一章 发展基础\t2\n第一节 成就\t2\n第二章 方针\t9\n\n前 言\n\n正文。',
      ['paragraph:前言', 'paragraph:正文。'],
    ],
    ['dot-leader contents', 'Contents\nIntro ....... 1\nPart One ...... 3\nPart Two ...... 7\nBody.', ['paragraph:Body.']],
    ['two page-number rows are a table, not contents', '甲\t1\n乙\t2', ['table-row:甲⇥1', 'table-row:乙⇥2']],
    ['page numbers and punctuation-only lines', '正文。\n12\n- 3 -\n第 4 页\n***\n……\n结束。', ['paragraph:正文。', 'paragraph:结束。']],
    [
      'Chinese PDF line break joined, across a blank line',
      '深圳经济特区诞生于历史转折点，成长于波\n\n丽篇章，为全国作出了重大贡献。',
      ['paragraph:深圳经济特区诞生于历史转折点，成长于波丽篇章，为全国作出了重大贡献。'],
    ],
    ['a bullet continued after a page break', '- 罗湖区：重点推进蔡屋围、\n\n笋岗片区建设。', ['list-item:罗湖区：重点推进蔡屋围、笋岗片区建设。']],
    [
      'English PDF line break joined with a space',
      'To further advance the reform and\ndeepen opening up.',
      ['paragraph:To further advance the reform and deepen opening up.'],
    ],
    ['headings and titles are not joined', '第一章 发展基础\n40年来，深圳取得成就。', ['heading:第一章发展基础', 'paragraph:40年来，深圳取得成就。']],
    ['a numbered item is not a continuation', '主要包括以下内容，\n（一）加强协同。', ['paragraph:主要包括以下内容，', 'paragraph:（一）加强协同。']],
    ['a finished sentence is not joined', '第一句。\n第二句。', ['paragraph:第一句。', 'paragraph:第二句。']],
    ['English capitalised next line is not joined', 'For queries contact us\nFor more information', ['paragraph:For queries contact us', 'paragraph:For more information']],
    ['a numeric two-column table is not contents', '甲\t1\n乙\t2\n丙\t5\n丁\t9', ['table-row:甲⇥1', 'table-row:乙⇥2', 'table-row:丙⇥5', 'table-row:丁⇥9']],
    ['numbered contents without a title', '1. Scope\t1\n2. Terms\t3\n3. Rules\t4\nText.', ['paragraph:Text.']],
    ['HTML table cells', '<tr><td>序号</td><td>名称</td></tr>', ['table-row:序号⇥名称']],
    ['setext headings', 'Title\n=====\nSub\n---\nBody.', ['heading1:Title', 'heading2:Sub', 'paragraph:Body.']],
    ['a bold sentence stays a paragraph', '**Note this.**', ['paragraph:Note this.']],
    ['hyphenated English line break', 'a long-\nterm plan.', ['paragraph:a long-term plan.']],
    ['emoji and a lone surrogate pass through', '😀 \uD800 中', ['paragraph:😀 \uD800 中']],
    ['spaced-out CJK outside the BMP', '𠀀 𠀁 部', ['paragraph:𠀀𠀁部']],
    ['zero-width characters removed', 'a\u200Bb\uFEFF', ['paragraph:ab']],
    ['English section headings', 'I. General Requirements\nAdhere to the guidance.', ['heading:I. General Requirements', 'paragraph:Adhere to the guidance.']],
  ])('%s', (_name, raw, expected) => {
    const doc = cleanDocument(raw);
    expect(blocksOf(doc)).toEqual(expected);
    expect(checkInvariants(doc)).toBe('');
  });

  it('reads YAML front matter into meta, never into text', () => {
    const raw = "---\ntitle: 意见\nauthors:\n  - 中共中央办公厅\n  - 国务院办公厅\ndate: '2024-08-30'\n---\n\n正文。";
    const doc = cleanDocument(raw);
    expect(doc.meta).toEqual({ title: '意见', authors: '中共中央办公厅, 国务院办公厅', date: '2024-08-30' });
    expect(doc.text).toBe('正文。');
    expect(doc.toRaw[0]).toBe(raw.indexOf('正文'));
    expect(doc.notes.join(' ')).toMatch(/front matter/);
  });

  it('treats an unclosed --- as a rule, not front matter', () => {
    expect(blocksOf(cleanDocument('---\ntitle: x\n'))).toEqual(['paragraph:title: x']);
  });

  it('maps an inserted joining space to the raw newline it replaces', () => {
    const raw = 'advance the reform and\ndeepen it.';
    const doc = cleanDocument(raw);
    const space = doc.text.indexOf('and ') + 3;
    expect(raw[doc.toRaw[space]]).toBe('\n');
  });

  it('maps a clean range back to the raw range holding it', () => {
    const raw = '### 一、总体要求\n\n<p>**坚持**以人民为中心。</p>';
    const doc = cleanDocument(raw);
    const cs = doc.text.indexOf('坚持');
    const ce = doc.text.indexOf('。') + 1;
    expect(raw.slice(doc.toRaw[cs], doc.toRaw[ce - 1] + 1)).toBe('坚持**以人民为中心。');
  });

  it('says what it did in notes', () => {
    const doc = cleanDocument('序号\t名称\n1\t甲\n\n序号\t名称\n2\t乙\n\n12\n科 技 部');
    expect(doc.notes).toEqual(
      expect.arrayContaining(['dropped 1 repeated table headers (line 4)', expect.stringMatching(/dropped 1 noise lines.*\(line 7\)/), 'removed 2 spaces between CJK characters']),
    );
  });

  it('throws RangeError on a non-string', () => {
    expect(() => cleanDocument(42 as unknown as string)).toThrow(RangeError);
  });
});

describe('cleanDocument invariants', () => {
  const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));

  it.each(seeds)('seed %s', (file) => {
    const raw = readFileSync(new URL(file, SEEDS), 'utf8');
    const doc = cleanDocument(raw);
    expect(checkInvariants(doc)).toBe('');
    expect(doc.blocks.length).toBeGreaterThan(0);
    // Markup never survives into clean text.
    expect(doc.text).not.toMatch(/<\/?p>|\*\*|^#+ |^> /m);
    expect(doc.text).not.toMatch(/^---$/m);
  });

  const tokens = [
    '中', '文', '科', ' ', '\u3000', '\t', '\n', '\r\n', '\r', '。', '，', '、', '“', '”', 'a', 'Z', '.', ',', '1', '42',
    '#', '## ', '**', '*', '_', '__', '`', '~~', '> ', '- ', '|', '<p>', '</p>', '<br/>', '<', '&amp;', '&#x1F600;', '&', ';',
    '[', ']', '(', ')', '](u)', '---', '第一章 ', '（一）', '——', '😀', '\uD800', '\uDC00', '\uFEFF', '\u200B', '\0', '\\',
  ];
  const markupish = fc.array(fc.constantFrom(...tokens), { maxLength: 80 }).map((parts) => parts.join(''));

  it('holds on seeded random markup-heavy input', () => {
    fc.assert(
      fc.property(markupish, (raw) => checkInvariants(cleanDocument(raw)) === ''),
      { seed: 20240830, numRuns: 2000 },
    );
  });

  it('holds on seeded random strings of any code units', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (raw) => checkInvariants(cleanDocument(raw)) === ''),
      { seed: 7, numRuns: 1000 },
    );
  });
});
