// The inputs of issue 8 ("Nothing lost, nothing hung") run through the CLI of this tree, one line
// each: exit status, time, and what came out (segments, major/critical flags, first stderr line).
//
//     npx tsx scripts/edge-inputs.ts
//
// Each run is bounded (1 GB of heap; 10 s for the device and FIFO, 120 s for the rest), so the old
// hangs show as "killed" instead of hanging. Times include Node and tsx start-up (about 1 s).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';

const ROOT = new URL('../', import.meta.url).pathname;
const ZH_PATH = join(ROOT, 'seeds/000_c81b22d7163bc932.txt');
const EN = join(ROOT, 'seeds/002_80d239db24bf15f2.txt');
const ZH = readFileSync(ZH_PATH, 'utf8');
const body = ZH.slice(ZH.indexOf('\n---', 4) + 5);
const tmp = mkdtempSync(join(tmpdir(), 'duizhao-edge-'));
const file = (name: string, content: string | Uint8Array) => {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
};

const paragraphs = body.split('\n\n');
const half = Math.floor(paragraphs.length / 2);
const trad = OpenCC.Converter({ from: 'cn', to: 'tw' })(ZH);
const utf8 = Buffer.from(ZH, 'utf8');
const damaged = new Uint8Array(utf8);
for (let i = damaged.length >> 1; i < damaged.length; i++) damaged[i] = (i * 7919) & 0xff;
const u16 = Buffer.from(ZH, 'utf16le');
const fifo = join(tmp, 'fifo');
execFileSync('mkfifo', [fifo]);

const HANGS = new Set(['/dev/zero', 'FIFO with no writer']);
const cases: Array<[string, string[]]> = [
  ['seed pair (reference)', [ZH_PATH, EN]],
  ['Markdown opening with a --- rule, another --- later', [file('rule.md', `---\n\n${paragraphs.slice(0, half).join('\n\n')}\n\n---\n\n${paragraphs.slice(half).join('\n\n')}`), EN]],
  ['front matter never closed', [file('open.md', `---\ntitle: 意见\n${body}`), EN]],
  ['/dev/zero', ['/dev/zero', EN]],
  ['FIFO with no writer', [fifo, EN]],
  ['Big5 traditional original', [file('big5.txt', iconv.encode(trad, 'big5')), EN]],
  ['UTF-8 traditional original', [file('trad.txt', trad), EN]],
  ['UTF-8 with a damaged second half', [file('half.txt', damaged), EN]],
  ['UTF-16LE (no BOM) with one byte lost', [file('u16.txt', Buffer.concat([u16.subarray(0, 3001), u16.subarray(3002)])), EN]],
  ['CR-only line ends', [file('cr-zh.txt', ZH.replace(/\n/g, '\r')), file('cr-en.txt', readFileSync(EN, 'utf8').replace(/\n/g, '\r'))]],
  ['U+2028 line ends', [file('ls-zh.txt', ZH.replace(/\n/g, '\u2028')), file('ls-en.txt', readFileSync(EN, 'utf8').replace(/\n/g, '\u2028'))]],
  ['Chinese file holding only metadata', [file('meta.md', ZH.slice(0, ZH.indexOf('\n---', 4) + 5)), EN]],
  ['file one byte over 20 MiB', [file('big.txt', new Uint8Array(20 * 1024 * 1024 + 1).fill(0x61)), EN]],
  ['--bitext line with two tabs', ['--bitext', file('tabs.tsv', '深化改革。\tDeepen reform.\textra words\n扩大开放。\tOpen wider.\n')]],
];

for (const [name, args] of cases) {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, ['--max-old-space-size=1024', '--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'check', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: HANGS.has(name) ? 10_000 : 120_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  let out = '';
  if (r.status === 0) {
    const report = JSON.parse(r.stdout);
    const major = report.flags.filter((f: { severity: string }) => f.severity === 'major' || f.severity === 'critical');
    const unpaired = report.pairs.filter((p: { source: string[]; target: string[] }) => p.source.length === 0 || p.target.length === 0).length;
    out = `${report.source.segments.length} original segments, ${unpaired} unpaired pairs, ${report.flags.length} flags; major+: ${major.map((f: { message: string }) => f.message.slice(0, 50)).join(' | ')}`;
    if (report.notes.length) out += `; notes: ${report.notes.map((n: string) => n.slice(0, 70)).join(' | ')}`;
  } else {
    out = (r.stderr ?? '').split('\n')[0].slice(0, 160);
  }
  const status = r.signal ? `killed (${r.signal})` : `exit ${r.status}`;
  console.log(`${name}: ${status}, ${seconds} s: ${out}`);
}
