import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/core/input/extract-document';
import type { BitextUnit } from '../../src/core/input/extracted';
import { parseCsv } from '../../src/core/input/read-bitext-table';
import type { Report } from '../../src/core/types';
import { collectPairRows } from '../../src/export/collect-pair-rows';
import { writeTmx } from '../../src/export/tmx';
import { writeTsv } from '../../src/export/tsv';
import { writeXliff } from '../../src/export/xliff';
import { buildReport, loadSampleReport } from '../export/report-builder';

const bytes = (s: string) => new TextEncoder().encode(s);

async function unitsOf(text: string, name: string): Promise<BitextUnit[]> {
  const r = await extractDocument(bytes(text), name);
  if (!r.ok) throw new Error(r.problem);
  return r.doc.units ?? [];
}

/** The pairs of a report as (source text, target text), n-m sides joined as the writers join them. */
function pairTexts(report: Report, twoSidedOnly: boolean, withAdditions = true): Array<[string, string]> {
  return collectPairRows(report)
    .rows.filter((r) => (twoSidedOnly ? r.source.length > 0 && r.target.length > 0 : withAdditions || r.source.length > 0))
    .map((r) => [r.sourceText, r.targetText]);
}

const report = loadSampleReport();
const awkward = buildReport([
  [['Tom & Jerry <b>bold</b> "double"'], ['汤姆与杰瑞']],
  [['盐田港 😀 ①', ']]> &amp; &#13;'], ['Yantian Port']],
  [['只有原文。'], []],
]);

describe('Duizhao\'s own exports read back unchanged', () => {
  it.each([
    ['TMX', () => writeTmx(report), 'r.tmx', true, report],
    ['XLIFF 1.2', () => writeXliff(report), 'r.xlf', false, report],
    ['TMX with markup-like text', () => writeTmx(awkward), 'a.tmx', true, awkward],
    ['XLIFF with markup-like text', () => writeXliff(awkward), 'a.xlf', false, awkward],
  ])('%s', async (_, write, name, twoSidedOnly, r) => {
    const units = await unitsOf(write(), name);
    // XLIFF keeps omissions (empty target) and moves additions into header notes.
    expect(units.map((u) => [u.source, u.target])).toEqual(pairTexts(r, twoSidedOnly, false));
  });

  it('TSV (header row, formula-guarded cells) reads back every pair', async () => {
    const units = await unitsOf(writeTsv(report), 'r.tsv');
    expect(units.map((u) => [u.source, u.target])).toEqual(pairTexts(report, false));
  });

  it('clause numbers written by the TMX writer come back as the segments\' numbers', async () => {
    const units = await unitsOf(writeTmx(report), 'r.tmx');
    const byId = new Map(report.source.segments.map((s) => [s.id, s.number]));
    const first = report.pairs.find((p) => p.source.length > 0 && p.target.length > 0)!;
    expect(units[0].sourceNumber).toBe(first.source.map((id) => byId.get(id)).join(' '));
  });
});

describe('files written by other tools', () => {
  it('a hand-written TMX 1.4 with <prop>, <note> and inline tags', async () => {
    const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="Handmade" creationtoolversion="1" segtype="sentence" o-tmf="none" adminlang="en-US" srclang="en-US" datatype="html">
    <prop type="x-client">ACME</prop>
    <note>Written by hand.</note>
  </header>
  <body>
    <tu tuid="1">
      <prop type="x-domain">policy</prop>
      <note>Check the port name.</note>
      <tuv xml:lang="zh-CN"><seg>支持<bpt i="1" x="1">&lt;b&gt;</bpt>盐田港<ept i="1">&lt;/b&gt;</ept>发展。</seg></tuv>
      <tuv xml:lang="en-US"><prop type="x-origin">MT</prop><seg>Support <bpt i="1" x="1">&lt;b&gt;</bpt>Yantian Port<ept i="1">&lt;/b&gt;</ept> growth.</seg></tuv>
    </tu>
    <tu>
      <tuv xml:lang="en-US"><seg>Press <ph x="2">&lt;br/&gt;</ph>the <hi type="b">red</hi> button&#x21;</seg></tuv>
      <tuv xml:lang="zh-CN"><seg>按<it pos="begin">&lt;i&gt;</it>红色按钮！</seg></tuv>
    </tu>
  </body>
</tmx>`;
    const r = await extractDocument(bytes(tmx), 'handmade.tmx');
    if (!r.ok) throw new Error(r.problem);
    expect(r.doc.format).toBe('tmx');
    expect(r.doc.langs).toEqual({ source: 'en-US', target: 'zh-CN' });
    // srclang says English is the source, whatever order the <tuv>s come in.
    expect(r.doc.units!.map((u) => [u.source, u.target])).toEqual([
      ['Support Yantian Port growth.', '支持盐田港发展。'],
      ['Press the red button!', '按红色按钮！'],
    ]);
  });

  it('an XLIFF 2.0 file with groups, several segments per unit and inline codes', async () => {
    const xliff = `<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh-CN" trgLang="en">
  <file id="f1">
    <group id="g1">
      <unit id="u1">
        <originalData><data id="d1">&lt;b&gt;</data></originalData>
        <segment><source>一、<pc id="1">总体</pc>要求</source><target>I. General <pc id="1">Requirements</pc></target></segment>
        <ignorable><source> </source></ignorable>
        <segment><source>深化改革<ph id="2"/>。</source><target>Deepen reform<cp hex="0021"/></target></segment>
      </unit>
    </group>
    <unit id="u2"><segment><source>未翻译。</source></segment></unit>
  </file>
</xliff>`;
    expect(await unitsOf(xliff, 'x2.xlf')).toEqual([
      { source: '一、总体要求', target: 'I. General Requirements' },
      { source: '深化改革。', target: 'Deepen reform!' },
      { source: '未翻译。', target: '' },
    ]);
  });

  it('a CSV with quoted fields, commas and line breaks inside them', async () => {
    expect(parseCsv('a,"b, c"\r\n"say ""hi""","two\nlines"\n')).toEqual([['a', 'b, c'], ['say "hi"', 'two\nlines']]);
    expect(await unitsOf('原文,译文\n"盐田港,深圳",Yantian Port\n', 'pairs.csv')).toEqual([{ source: '盐田港,深圳', target: 'Yantian Port', sourceNumber: undefined, targetNumber: undefined }]);
  });

  it.each([
    ['malformed XML', '<tmx version="1.4"><body><tu></body></tmx>', 'bad.tmx', /^bad\.tmx is not well-formed XML \(line 1/],
    ['a TMX without units', '<tmx version="1.4"><header srclang="en"/><body/></tmx>', 'empty.tmx', /^empty\.tmx contains no translation units\.$/],
  ])('%s gets one sentence', async (_, text, name, message) => {
    const r = await extractDocument(bytes(text), name);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatch(message);
  });
});
