// The API the worker exposes, run in Node over the CLI's resource loader (same core, same data).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeResources } from '../../src/cli/resources';
import { createPipelineApi, type PipelineApi } from '../../src/client/pipeline-api';
import { parseGlossary } from '../../src/core/lexicon/glossary';
import { buildReport, type Progress } from '../../src/core/pipeline';
import type { Flag, Report } from '../../src/core/types';

const seed = (f: string) => readFileSync(new URL(`../../seeds/${f}`, import.meta.url), 'utf8');
const source = { name: '000_c81b22d7163bc932.txt', text: seed('000_c81b22d7163bc932.txt') };
const target = { name: '002_80d239db24bf15f2.txt', text: seed('002_80d239db24bf15f2.txt') };

let api: PipelineApi;
let report: Report;
let aligned: Report | null = null;
const progress: Progress[] = [];

beforeAll(async () => {
  api = createPipelineApi(loadNodeResources);
  report = await api.buildReport(source, target, (p) => progress.push(p), (r) => (aligned ??= r));
}, 120_000);

describe('pipeline API', () => {
  it('gives the same report as the core pipeline, after showing the aligned rows first', async () => {
    const direct = buildReport(source, target, await loadNodeResources());
    expect(report.pairs).toEqual(direct.pairs);
    expect(report.flags).toEqual(direct.flags);
    expect(aligned?.pairs).toEqual(report.pairs);
    expect(aligned?.flags).toEqual([]);
  });

  it('sends the first screen, then every row, while the dictionary loads; none once it is loaded', async () => {
    const fresh = createPipelineApi(loadNodeResources);
    const sent: Array<{ pairs: number; complete: boolean }> = [];
    const onProvisional = (r: Report, complete: boolean) => sent.push({ pairs: r.pairs.length, complete });
    const done = await fresh.buildReport(source, target, undefined, undefined, [], onProvisional);
    expect(sent.map((s) => s.complete)).toEqual([false, true]);
    expect(sent[0].pairs).toBeLessThan(sent[1].pairs);
    expect(sent[0].pairs).toBeGreaterThan(0);
    sent.length = 0;
    expect((await fresh.buildReport(source, target, undefined, undefined, [], onProvisional)).pairs).toEqual(done.pairs);
    expect(sent).toEqual([]);
  }, 120_000);

  it('reports progress stage by stage, ending with every check done', () => {
    const stages = progress.map((p) => p.stage).filter((s, i, a) => s !== a[i - 1]);
    expect(stages).toEqual(['segment', 'align', 'check']);
    const last = progress[progress.length - 1];
    expect(last.done).toBe(last.total);
  });

  it('re-checks only the pairs it is given', async () => {
    const yantai = report.flags.find((f) => f.suggestion === 'Yantian Port')!;
    const pair = report.pairs.find((p) => p.source.includes(yantai.source[0]))!;
    const flags = await api.checkPairs(report.source, report.target, [pair]);
    expect(flags.some((f) => f.type === 'entity' && /Yantian Port/.test(f.message + f.suggestion))).toBe(true);
    expect(flags.every((f) => [...f.source, ...f.target].every((id) => pair.source.includes(id) || pair.target.includes(id)))).toBe(true);
  });

  it('passes a glossary to the checks of a run and of a re-check', async () => {
    const { entries, problems } = parseGlossary('Chinese,English\n施行,enter into force\n');
    expect(problems).toEqual([]);
    const zh = { name: 'zh.txt', text: '第一条 为了规范数据管理工作，制定本办法。\n\n第二条 本办法自发布之日起施行。' };
    const en = { name: 'en.txt', text: 'Article 1 These measures are formulated to regulate data management.\n\nArticle 2 These measures take effect on the date of issue.' };
    const isGlossaryFlag = (f: Flag) => f.type === 'terminology' && f.suggestion === 'enter into force';
    const withGlossary = await api.buildReport(zh, en, undefined, undefined, entries);
    const flag = withGlossary.flags.find(isGlossaryFlag);
    expect(flag?.message).toMatch(/施行/);
    expect((await api.buildReport(zh, en)).flags.some(isGlossaryFlag)).toBe(false);
    const pair = withGlossary.pairs.find((p) => p.source.includes(flag!.source[0]))!;
    expect((await api.checkPairs(withGlossary.source, withGlossary.target, [pair], entries)).some(isGlossaryFlag)).toBe(true);
    expect((await api.checkPairs(withGlossary.source, withGlossary.target, [pair])).some(isGlossaryFlag)).toBe(false);
  }, 60_000);

  it('rejects unusable input with one sentence', async () => {
    await expect(api.buildReport({ name: 'a.txt', text: 'Hello there.' }, { name: 'b.txt', text: 'Good morning.' })).rejects.toThrow(/^Both files are in English/);
  });

  it('looks up the Chinese word under a click: extent, pinyin and glosses', async () => {
    const info = await api.lookupWord('为深入推进深圳综合改革试点', 2);
    expect(info?.word).toBe('深入');
    expect([info?.start, info?.end]).toEqual([1, 3]);
    expect(info?.pinyin).toBe('shēn rù');
    expect(info?.entries[0].glosses.join(' ')).toMatch(/deep/);
  });

  it('looks up a traditional word through its simplified form and shows it as written', async () => {
    const info = await api.lookupWord('為深入推進深圳綜合改革試點', 2);
    expect(info?.word).toBe('深入');
    const port = await api.lookupWord('建設國際港口', 4);
    expect(port?.word).toBe('港口');
    expect(port?.entries[0].glosses.join(' ')).toMatch(/port|harbo/);
    const reform = await api.lookupWord('綜合改革', 0);
    expect(reform?.word).toBe('綜合');
    expect(reform?.entries.length).toBeGreaterThan(0);
  });

  it('finds dictionary matches between a Chinese and an English clause', async () => {
    const zh = '支持深圳建设国际港口';
    const en = 'Support Shenzhen in building an international port';
    const m = await api.matchWords(zh, en);
    const zhWords = m.zh.map((r) => zh.slice(r.start, r.end));
    const enWords = m.en.map((r) => en.slice(r.start, r.end));
    expect(zhWords).toEqual(expect.arrayContaining(['深圳', '港口']));
    expect(enWords).toEqual(expect.arrayContaining(['Shenzhen', 'port']));
  });
});
