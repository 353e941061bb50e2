// `duizhao batch`, tested by spawning the CLI as a user would.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseShard, reportFileNames, takeShard } from '../../src/cli/batch-manifest';

const ROOT = new URL('../../', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'duizhao-batch-'));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, lines: r.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) };
}

function file(path: string, content: string): string {
  const p = join(tmp, path);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, content);
  return p;
}

// Small real pairs: one with the seed's Yantai error, one clean.
const ZH_PORT = '一、总体要求\n\n在便利通关等方面支持深圳盐田港加大探索力度。\n\n二、保障措施\n\n加强组织领导，确保各项措施落地见效。';
const EN_PORT = 'I. General Requirements\n\nSupport Shenzhen Yantai Port in intensifying exploration in facilitating customs clearance.\n\nII. Safeguards\n\nStrengthen organisational leadership and ensure that every measure takes effect.';
const ZH_OK = '第一条 为了规范数据管理工作，保障数据安全，制定本办法。\n\n第二条 本办法自发布之日起施行。';
const EN_OK = 'Article 1 These measures are formulated to regulate data management and protect data security.\n\nArticle 2 These measures take effect on the date of issue.';

describe('batch manifest helpers', () => {
  it('--shard i/n takes every n-th pair from the i-th, and the shards cover the list once', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    expect(takeShard(items, parseShard('1/2'))).toEqual(['b', 'd']);
    expect([0, 1, 2].flatMap((i) => takeShard(items, parseShard(`${i}/3`))).sort()).toEqual(items);
    expect(() => parseShard('2/2')).toThrow(RangeError);
    expect(() => parseShard('x')).toThrow(/expected i\/n/);
  });

  it('report file names are safe and unique', () => {
    expect(reportFileNames(['a/b', 'a b', '..', 'ch-1', 'ch-1', '第一章'])).toEqual(['a_b', 'a_b~2', '_', 'ch-1', 'ch-1~2', '第一章']);
  });
});

describe('duizhao batch', () => {
  it('checks every pair of a manifest, keeps going past bad lines, one report and one JSON line per pair', () => {
    file('m/zh/port.txt', ZH_PORT);
    file('m/en/port.txt', EN_PORT);
    file('m/zh/ok.txt', ZH_OK);
    file('m/en/ok.txt', EN_OK);
    const manifest = file(
      'm/pairs.jsonl',
      [
        JSON.stringify({ id: 'port', original: 'zh/port.txt', translation: 'en/port.txt' }),
        JSON.stringify({ id: 'ok', original: 'zh/ok.txt', translation: 'en/ok.txt' }),
        JSON.stringify({ id: 'missing', original: 'zh/none.txt', translation: 'en/ok.txt' }),
        '{not json',
        '',
      ].join('\n'),
    );
    const out = join(tmp, 'out1');
    const r = cli('batch', manifest, '--out', out, '--jobs', '2', '--fail-on', 'critical');
    expect(r.lines.map((l) => [l.id, l.status]).sort()).toEqual([['line-4', 'failed'], ['missing', 'failed'], ['ok', 'ok'], ['port', 'ok']]);
    const port = r.lines.find((l) => l.id === 'port');
    expect(port.flags.critical).toBeGreaterThanOrEqual(1);
    expect(port.ms).toBeGreaterThan(0);
    expect(r.lines.find((l) => l.id === 'missing').error).toMatch(/none\.txt: no such file/);
    const report = JSON.parse(readFileSync(join(out, 'port.json'), 'utf8'));
    expect(report).toMatchObject({ format: 'duizhao-report', source: { name: 'port.txt', lang: 'zh' } });
    expect(existsSync(join(out, 'ok.json'))).toBe(true);
    expect(r.stderr).toMatch(/batch: 4 pair\(s\), 2 checked, 2 failed/);
    // A critical flag in any pair fails the run under --fail-on critical.
    expect(r.status).toBe(1);
  });

  it('pairs two folders by file name, writes the chosen format, and takes only its shard', () => {
    file('d/zh/01.txt', ZH_PORT);
    file('d/en/01.md', EN_PORT);
    file('d/zh/02.txt', ZH_OK);
    file('d/en/02.txt', EN_OK);
    const out = join(tmp, 'out2');
    const r = cli('batch', join(tmp, 'd/zh'), join(tmp, 'd/en'), '--out', out, '--format', 'tsv', '--shard', '1/2');
    expect(r.status).toBe(0);
    expect(r.lines).toEqual([expect.objectContaining({ id: '02', status: 'ok', report: join(out, '02.tsv') })]);
    expect(readFileSync(join(out, '02.tsv'), 'utf8')).toMatch(/^source_number\tsource_line\tsource_text/);
  });

  it('exits 2 when nothing could run', () => {
    const manifest = file('bad.jsonl', JSON.stringify({ id: 'x', original: 'nope.txt', translation: 'nope2.txt' }) + '\n');
    const r = cli('batch', manifest, '--out', join(tmp, 'out3'));
    expect(r.status).toBe(2);
    expect(r.lines).toEqual([expect.objectContaining({ id: 'x', status: 'failed' })]);
    expect(cli('batch', join(tmp, 'no-such.jsonl'), '--out', join(tmp, 'out4')).stderr).toBe(`duizhao: Cannot read the manifest ${join(tmp, 'no-such.jsonl')}.\n`);
  });
});

describe('built CLI', () => {
  it('npm run cli runs dist/cli.mjs (plain JavaScript), the way ../shared/tools call it', () => {
    const tmx = file('x.tmx', '<tmx version="1.4"><header srclang="zh-CN"/><body><tu><tuv xml:lang="zh-CN"><seg>支持深圳盐田港发展。</seg></tuv><tuv xml:lang="en"><seg>Support the growth of Yantai Port in Shenzhen.</seg></tuv></tu></body></tmx>');
    const r = spawnSync('npm', ['run', '--silent', 'cli', '--', 'check', tmx], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.source).toMatchObject({ format: 'tmx', lang: 'zh', extracted: '支持深圳盐田港发展。' });
    expect(report.flags.map((f: { type: string }) => f.type)).toContain('entity');
    expect(existsSync(join(ROOT, 'dist/cli.mjs'))).toBe(true);
  });

  it('the built batch finds its worker thread file', () => {
    file('built/zh.txt', ZH_OK);
    file('built/en.txt', EN_OK);
    const manifest = file('built/pairs.jsonl', JSON.stringify({ id: 'ok', original: 'zh.txt', translation: 'en.txt' }) + '\n');
    const r = spawnSync('npm', ['run', '--silent', 'cli', '--', 'batch', manifest, '--out', join(tmp, 'built/out')], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: 'ok', status: 'ok' });
  });
});
