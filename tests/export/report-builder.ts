// Builds small reports for export tests: each pair is [source clauses, target clauses], texts taken literally.
import { readFileSync } from 'node:fs';
import type { Flag, Pair, Report, Segment } from '../../src/core/types';

/** The shared fixture (fixtures/sample-report.json), freshly parsed so tests may mutate it. */
export function loadSampleReport(): Report {
  return JSON.parse(readFileSync(new URL('../../fixtures/sample-report.json', import.meta.url), 'utf8')) as Report;
}

/** A report whose sides are the clauses of `pairs` in order (ids s1… and t1…), each side's raw text being its clauses joined by '\n'. */
export function buildReport(pairs: [string[], string[]][], flags: Flag[] = []): Report {
  const source: Segment[] = [];
  const target: Segment[] = [];
  const raw = { s: '', t: '' };
  const add = (list: Segment[], side: 's' | 't', text: string): string => {
    if (raw[side]) raw[side] += '\n';
    const start = raw[side].length;
    raw[side] += text;
    const id = `${side}${list.length + 1}`;
    list.push({ id, start, end: start + text.length, number: `1.${list.length + 1}`, text, clean: text, kind: 'sentence', block: list.length });
    return id;
  };
  const out: Pair[] = pairs.map(([s, t]) => ({
    source: s.map((text) => add(source, 's', text)),
    target: t.map((text) => add(target, 't', text)),
    score: 0.5,
  }));
  return {
    format: 'duizhao-report',
    version: 1,
    source: { name: 'a.txt', lang: 'zh', segments: source },
    target: { name: 'b.txt', lang: 'en', segments: target },
    pairs: out,
    flags,
    notes: [],
  };
}

/** Texts that must survive every writer: markup, quotes, CJK, emoji, tabs and line breaks. */
export const AWKWARD_TEXTS = [
  'Tom & Jerry <b>bold</b> "double" \'single\'',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '盐田港 😀 👩‍👩‍👧 ①',
  '  leading and trailing spaces  ',
  'tab\there\r\nCRLF\nLF',
  ']]> &amp; &#13; &lt;',
];
