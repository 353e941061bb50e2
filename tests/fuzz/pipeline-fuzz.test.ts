// Seeded fuzzing of the whole pipeline (issue 8, item 9): random Unicode, files cut anywhere,
// mixed encodings and extreme sizes go through decode → describe → clean → segment → align →
// check → report, as the CLI runs them. Every run must keep the report invariants (segment text
// equals the user's text at its offsets, every segment in exactly one pair and in order, the report
// round-trips JSON, no line of text lost without a note) and no exception may escape.
//
// Size: 289 cases (60 + 80 + 100 + 9 + 40), most of them small: whole-pipeline cost grows with
// length, and the machine has two shared cores. FUZZ_SCALE=5 runs five times as many. Seeds are
// fixed, so a failure replays exactly; fast-check prints the seed and the shrunk case.
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeResources, type NodeResources } from '../../src/cli/resources';
import { buildBitextReport } from '../../src/core/bitext';
import { decodeBytes, describeUnusableInput } from '../../src/core/input/decode';
import { buildReport, describeInputProblem } from '../../src/core/pipeline';
import { expectReportInvariants, linesLostWithoutNote } from '../core/report-invariants';

const NAMES: Record<string, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE', gb18030: 'GB18030', big5: 'Big5', 'windows-1252': 'Windows-1252' };

function decodesCleanly(encoding: string, bytes: Uint8Array): boolean {
  try {
    new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const FUZZ_SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const runs = (n: number) => Math.max(1, Math.round(n * FUZZ_SCALE));
// About 15 s of CPU in all; the generous limit is for a machine shared with other test runs.
const FUZZ_TIMEOUT = 300_000 * FUZZ_SCALE;

const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');
const ZH = seed('000_c81b22d7163bc932.txt');
const EN = seed('002_80d239db24bf15f2.txt');
const TRAD = OpenCC.Converter({ from: 'cn', to: 'tw' })(ZH);

let res: NodeResources;
beforeAll(async () => {
  res = await loadNodeResources();
});

/** What the CLI does with two files' bytes; returns the report, or the one-sentence refusal. */
function runLikeTheCli(a: Uint8Array, b: Uint8Array): string {
  for (const bytes of [a, b]) {
    const problem = describeUnusableInput(bytes);
    if (problem !== null) {
      expect(problem).toMatch(/^[A-Z].*\.$/);
      expect(problem).not.toMatch(/\n/);
      return problem;
    }
  }
  const [da, db] = [decodeBytes(a), decodeBytes(b)];
  return runTexts(da.text, db.text, da.notes, db.notes);
}

/** The whole pipeline on two texts, with every invariant checked; returns a short description. */
function runTexts(a: string, b: string, notesA: string[] = [], notesB: string[] = []): string {
  const source = { name: 'a.txt', text: a, notes: notesA };
  const target = { name: 'b.txt', text: b, notes: notesB };
  const problem = describeInputProblem(source, target);
  // The CLI refuses these; the core still has to produce a sound (degraded) report for them.
  const report = buildReport(source, target, res);
  expectReportInvariants(report, a, b);
  expect(linesLostWithoutNote(report, 'source', a)).toEqual([]);
  expect(linesLostWithoutNote(report, 'target', b)).toEqual([]);
  for (const flag of report.flags) {
    for (const e of flag.evidence) expect(e.text).toBe((e.side === 'source' ? a : b).slice(e.start, e.end));
  }
  return problem ?? `${report.pairs.length} pairs`;
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const ENCODERS: Record<string, (s: string) => Uint8Array> = {
  'utf-8': utf8,
  'utf-8-bom': (s) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(s)]),
  'utf-16le': (s) => new Uint8Array(Buffer.from(s, 'utf16le')),
  'utf-16be': (s) => new Uint8Array(Buffer.from(s, 'utf16le')).map((_, i, x) => x[i ^ 1]),
  'utf-16le-bom': (s) => new Uint8Array([0xff, 0xfe, ...Buffer.from(s, 'utf16le')]),
  gb18030: (s) => new Uint8Array(iconv.encode(s, 'gb18030')),
  big5: (s) => new Uint8Array(iconv.encode(s, 'big5')),
};

/** A slice of a seed text, in characters. */
const excerpt = (text: string, max: number) =>
  fc.tuple(fc.nat({ max: text.length }), fc.nat({ max })).map(([from, len]) => text.slice(from, from + len));

describe('fuzz: random Unicode through the whole pipeline', () => {
  it('keeps every invariant and throws nothing', () => {
    const unicode = fc.string({ unit: 'binary', maxLength: 200 });
    const mixed = fc.array(fc.oneof(unicode, excerpt(ZH, 120), excerpt(EN, 300), fc.constantFrom('\n', '\r', '\r\n', '\u2028', '\u2029', '\t', '---', '# ', '1. ', '（一）', '<p>', '&amp;', '|', '\uFEFF', '\uD800')), {
      maxLength: 12,
    }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(mixed, mixed, (a, b) => {
        runTexts(a, b);
      }),
      { seed: 20261129, numRuns: runs(60) },
    );
  }, FUZZ_TIMEOUT);
});

describe('fuzz: files cut anywhere, in any encoding', () => {
  it('refuses with one sentence or reads with the invariants', () => {
    const cut = fc.tuple(fc.constantFrom(...Object.keys(ENCODERS)), fc.constantFrom(ZH, TRAD, EN), fc.nat(), fc.nat({ max: 1500 })).map(([enc, text, from, len]) => {
      const bytes = ENCODERS[enc](text);
      const start = from % bytes.length;
      return bytes.subarray(start, start + len);
    });
    fc.assert(
      fc.property(cut, cut, (a, b) => {
        runLikeTheCli(a, b);
      }),
      { seed: 8, numRuns: runs(80) },
    );
  }, FUZZ_TIMEOUT);
});

describe('fuzz: mixed encodings and random bytes', () => {
  it('never reads them silently as another encoding, and throws nothing', () => {
    const chunk = fc.oneof(
      fc.tuple(fc.constantFrom(...Object.keys(ENCODERS)), excerpt(ZH, 200)).map(([enc, s]) => ENCODERS[enc](s)),
      fc.tuple(fc.constantFrom(...Object.keys(ENCODERS)), excerpt(TRAD, 200)).map(([enc, s]) => (enc === 'gb18030' || enc === 'big5' ? ENCODERS[enc](s) : utf8(s))),
      fc.uint8Array({ maxLength: 40 }),
    );
    const file = fc.array(chunk, { minLength: 1, maxLength: 4 }).map((parts) => new Uint8Array(parts.flatMap((p) => [...p])));
    fc.assert(
      fc.property(file, (bytes) => {
        const problem = describeUnusableInput(bytes);
        const decoded = decodeBytes(bytes);
        if (problem === null) {
          const notes = decoded.notes?.join(' ') ?? '';
          // Read through damage: a note names the encoding and the damaged places.
          if (!decodesCleanly(decoded.encoding, bytes)) expect(notes).toMatch(new RegExp(`damaged places? in the ${NAMES[decoded.encoding]} text`));
          // Neither declared by a BOM nor proven UTF-8: a note says which encoding was recognised.
          const bom = bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe;
          if (decoded.encoding !== 'utf-8' && !bom) expect(notes).toMatch(/decoded as/);
        }
        if (problem === null) runTexts(decoded.text, EN, decoded.notes);
      }),
      { seed: 18030, numRuns: runs(100) },
    );
  }, FUZZ_TIMEOUT);
});

describe('fuzz: extreme sizes and shapes', () => {
  const longLine = 'a'.repeat(200_000);
  it.each([
    ['one character against the seed translation', '中', EN],
    ['the seed original against one word', ZH, 'Reform.'],
    ['the seed original against the translation three times over', ZH, EN.repeat(3)],
    ['an excerpt against the translation eight times over', ZH.slice(400, 700), EN.repeat(8)],
    ['a 200,000-character line with no break', longLine, ZH],
    ['a single character repeated 100,000 times', '的'.repeat(100_000), EN],
    ['10,000 blank lines around one sentence', `${'\n'.repeat(5000)}深化改革。${'\r\n'.repeat(5000)}`, 'Deepen reform.'],
    ['only front matter and noise on one side', `${ZH.slice(0, ZH.indexOf('---', 4) + 4)}\n- 3 -\n***\n`, EN],
    ['every line a numbered heading', Array.from({ length: 500 }, (_, i) => `第${i + 1}条`).join('\n'), Array.from({ length: 500 }, (_, i) => `Article ${i + 1}`).join('\n')],
  ])('%s', (_name, a, b) => {
    expect(typeof runTexts(a, b)).toBe('string');
  });

  it('random TSV through --bitext keeps the invariants', () => {
    const cell = fc.oneof(excerpt(ZH, 60), excerpt(EN, 120), fc.string({ unit: 'binary', maxLength: 30 }));
    const line = fc.tuple(cell, fc.constantFrom('\t', '\t\t', '', '\t \t'), cell).map(([x, tab, y]) => `${x}${tab}${y}`);
    const tsv = fc.tuple(fc.array(line, { maxLength: 20 }), fc.constantFrom('\n', '\r\n', '\r', '\u2028')).map(([lines, eol]) => lines.join(eol));
    fc.assert(
      fc.property(tsv, (text) => {
        const report = buildBitextReport({ name: 'bi.tsv', text }, res);
        expectReportInvariants(report, text, text);
      }),
      { seed: 9, numRuns: runs(40) },
    );
  }, FUZZ_TIMEOUT);
});
