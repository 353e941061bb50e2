import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const ZH = join(ROOT, 'seeds/000_c81b22d7163bc932.txt');
const EN = join(ROOT, 'seeds/002_80d239db24bf15f2.txt');
const tmp = mkdtempSync(join(tmpdir(), 'duizhao-cli-'));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: string | Uint8Array): string {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
}

describe('duizhao check', () => {
  it('prints a JSON report of the seed pair with the fields REPORT-FORMAT.md names', () => {
    const r = cli('check', ZH, EN, '--format', 'json');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ format: 'duizhao-report', version: 1, source: { lang: 'zh', name: '000_c81b22d7163bc932.txt' }, target: { lang: 'en' } });
    const seg = report.source.segments[0];
    expect(Object.keys(seg)).toEqual(expect.arrayContaining(['id', 'start', 'end', 'number', 'text']));
    expect(report.pairs.length).toBeGreaterThan(80);
  });

  it('writes TMX that parses, one unit per two-sided pair', () => {
    const r = cli('check', ZH, EN, '--format', 'tmx');
    expect(r.status).toBe(0);
    const tmx = new XMLParser({ ignoreAttributes: false }).parse(r.stdout);
    expect(tmx.tmx.body.tu.length).toBeGreaterThan(80);
  });

  it('writes TSV that names the line of each clause in the files', () => {
    const r = cli('check', ZH, EN, '--format', 'tsv');
    expect(r.status).toBe(0);
    const [head, ...rows] = r.stdout.trim().split('\n').map((l) => l.split('\t'));
    const line = head.indexOf('target_line');
    const yantai = rows.find((row) => row.join(' ').includes('Yantai'))!;
    expect(Number(yantai[line])).toBe(25);
  });

  it('--segmented keeps one segment per line', () => {
    const a = file('a.txt', '第一句。第二句。\n第三句。\n');
    const b = file('b.txt', 'First. Second.\nThird.\n');
    const report = JSON.parse(cli('check', a, b, '--segmented').stdout);
    expect(report.source.segments.map((s: { text: string }) => s.text)).toEqual(['第一句。第二句。', '第三句。']);
    expect(report.target.segments.map((s: { text: string }) => s.text)).toEqual(['First. Second.', 'Third.']);
  });

  it('--bitext checks each line pair without aligning', () => {
    const b = file('bi.tsv', '在深圳盐田港加大探索力度。\tIncrease exploration at Yantai Port.\n深化改革。\tDeepen reform.\n');
    const r = cli('check', '--bitext', b);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.pairs).toHaveLength(2);
    expect(report.pairs.every((p: { source: string[]; target: string[] }) => p.source.length === 1 && p.target.length === 1)).toBe(true);
  });

  it('--fail-on critical exits 1 when the seed pair has a critical flag', () => {
    const r = cli('check', ZH, EN, '--fail-on', 'critical');
    const report = JSON.parse(r.stdout);
    const critical = report.flags.some((f: { severity: string }) => f.severity === 'critical');
    expect(r.status).toBe(critical ? 1 : 0);
  });

  it('repeats the report notes on stderr, e.g. for documents that hardly match', () => {
    const r = cli('check', join(ROOT, 'seeds/001_8ce3626b362c9b49.txt'), EN);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).notes.length).toBeGreaterThan(0);
    expect(r.stderr).toMatch(/^duizhao: note: The two documents share few words/m);
  });

  it('--help explains the command', () => {
    const r = cli('check', '--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/--segmented/);
    expect(r.stdout).toMatch(/--bitext/);
  });

  it.each([
    ['a missing file', () => [join(tmp, 'nope.txt'), EN], /no such file/],
    ['an empty file', () => [file('empty.txt', ''), EN], /empty/i],
    ['a binary file', () => [file('bin.dat', new Uint8Array([0, 1, 2, 0, 255, 0, 3, 0, 0, 7])), EN], /binary/i],
    ['both sides Chinese', () => [ZH, ZH], /Both files are in Chinese/],
    ['a folder', () => [tmp, EN], /folder/],
    ['an unknown format', () => [ZH, EN, '--format', 'pdf'], /.+/],
    ['an unknown language', () => [ZH, EN, '--source-lang', 'fr'], /.+/],
    ['a language set the same on both sides', () => [ZH, EN, '--target-lang', 'zh'], /Both files are in Chinese/],
  ])('rejects %s with one line on stderr, exit 2, nothing on stdout', (_name, args, message) => {
    const r = cli('check', ...(args() as string[]));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
