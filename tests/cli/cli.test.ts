import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const ZH = join(ROOT, 'seeds/000_c81b22d7163bc932.txt');
const EN = join(ROOT, 'seeds/002_80d239db24bf15f2.txt');
const tmp = mkdtempSync(join(tmpdir(), 'duizhao-cli-'));

function cli(...args: string[]) {
  return cliWithInput(undefined, ...args);
}

function cliWithInput(input: string | Uint8Array | undefined, ...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    input,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ZH_TEXT = readFileSync(ZH, 'utf8');
const FIFO = join(tmp, 'fifo');
execFileSync('mkfifo', [FIFO]);

function damagedHalf(): Uint8Array {
  const bytes = new Uint8Array(Buffer.from(ZH_TEXT, 'utf8'));
  for (let i = bytes.length >> 1; i < bytes.length; i++) bytes[i] = (i * 7919) & 0xff;
  return bytes;
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
    ['/dev/zero', () => ['/dev/zero', EN], /\/dev\/zero is a character device, not a regular file/],
    ['a FIFO with no writer', () => [FIFO, EN], /is a named pipe \(FIFO\), not a regular file/],
    ['a file one byte over the limit', () => [file('big.txt', new Uint8Array(20 * 1024 * 1024 + 1).fill(0x61)), EN], /is 20,971,521 bytes \(20 MiB\); the limit is 20,971,520 bytes \(20 MiB\)\.$/],
    ['a Chinese file holding only metadata', () => [file('meta.md', ZH_TEXT.slice(0, ZH_TEXT.indexOf('---', 4) + 4)), EN], /^duizhao: The original \(meta\.md\) contains no text after its metadata\.$/],
    ['UTF-8 with a damaged half', () => [file('half.txt', damagedHalf()), EN], /half\.txt: The file is damaged UTF-8 text \(decoding fails at byte [\d,]+ and in [\d,]+ more places\)/],
    ['both sides read from standard input', () => ['-', '-'], /Only one of the two files can be -/],
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

describe('duizhao check: input at the edges', () => {
  it('reads the original from standard input (-)', () => {
    const r = cliWithInput(ZH_TEXT, 'check', '-', EN);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.source).toMatchObject({ name: 'stdin', lang: 'zh' });
    expect(report.pairs.length).toBeGreaterThan(80);
  });

  it('refuses standard input over the size limit with one line, exit 2', () => {
    const r = cliWithInput(new Uint8Array(20 * 1024 * 1024 + 10).fill(0x61), 'check', '-', EN);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('duizhao: Standard input is more than 20,971,520 bytes (20 MiB); the limit is 20,971,520 bytes (20 MiB).\n');
  });

  it('reads a Big5 original and says so in a note, with the Yantai flag', () => {
    const trad = OpenCC.Converter({ from: 'cn', to: 'tw' })(ZH_TEXT);
    const r = cli('check', file('big5.txt', new Uint8Array(iconv.encode(trad, 'big5'))), EN);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.notes[0]).toMatch(/^big5\.txt: decoded as Big5/);
    expect(r.stderr).toMatch(/^duizhao: note: big5\.txt: decoded as Big5/m);
    expect(report.flags.filter((f: { severity: string }) => f.severity === 'critical' || f.severity === 'major').map((f: { message: string }) => f.message)).toEqual([
      expect.stringMatching(/^鹽田港 is Yantian Port/),
    ]);
  });

  it('--bitext names lines with more than one tab, and keeps what follows the first tab', () => {
    const b = file('tabs.tsv', '深化改革。\tDeepen reform.\textra\r\n扩大开放。\tOpen wider.\r\n');
    const r = cli('check', '--bitext', b);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.pairs).toHaveLength(2);
    expect(report.target.segments[0].text).toBe('Deepen reform.\textra');
    expect(report.notes).toContain('1 line(s) have more than one tab; everything after the first tab was read as the translation, tabs included: 1.');
  });
});
