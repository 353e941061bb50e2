import { describe, expect, it } from 'vitest';
import { highlightEvidence, writeHtmlReport } from '../../src/export/html-report';
import { escapeText } from '../../src/export/escape-markup';
import type { Evidence, Report, Segment } from '../../src/core/types';
import { AWKWARD_TEXTS, buildReport, loadSampleReport } from './report-builder';

// Attributes through which a page loads or navigates to something.
const RESOURCE_URL = /\b(?:src|href|srcset|action|formaction|poster|data|background|cite|ping|manifest)\s*=\s*["']?\s*(?:https?:)?\/\//i;

function hostileReport(): Report {
  const report = buildReport(AWKWARD_TEXTS.map((t) => [[t], [t]]), [
    {
      id: '"><script>alert(2)</script>',
      type: 'meaning',
      severity: 'major',
      source: ['s2'],
      target: ['t3'],
      message: '<script>alert(3)</script> & <img src=x onerror=alert(4)>',
      suggestion: '<a href="https://evil.example/">click</a>',
      evidence: [],
    },
  ]);
  const s2 = report.source.segments[1];
  report.flags[0].evidence = [{ side: 'source', segment: 's2', start: s2.start, end: s2.start + 8, text: '<script>' }];
  report.source.name = '<img src="https://evil.example/x.png">.txt';
  report.notes = ['<iframe src="http://evil.example"></iframe>'];
  return report;
}

describe('writeHtmlReport', () => {
  const report = loadSampleReport();
  const html = writeHtmlReport(report);

  it('is a standalone page: charset, a CSP forbidding external loads, no scripts, no remote resources', () => {
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &apos;none&apos;;/);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(RESOURCE_URL);
    expect(html).not.toMatch(/<link\b/i);
  });

  it('names both documents and their languages', () => {
    expect(html).toContain(`${report.source.name}</span> (Chinese, 12 clauses)`);
    expect(html).toContain(`${report.target.name}</span> (English, 13 clauses)`);
  });

  it('contains every flag message and suggestion', () => {
    for (const f of report.flags) {
      expect(html).toContain(escapeText(f.message));
      if (f.suggestion) expect(html).toContain(escapeText(f.suggestion));
    }
  });

  it('highlights the evidence of the entity flag on both sides', () => {
    expect(html).toContain('<mark>盐田港</mark>');
    expect(html).toContain('<mark>Yantai Port</mark>');
  });

  it('counts flags by type and severity', () => {
    expect(html).toMatch(/<tr><th>entity<\/th><td class="num">1<\/td><td class="num"><\/td>/);
    expect(html).toMatch(/<tr><th>All<\/th>(<td class="num">1<\/td>){4}<td class="num">4<\/td><\/tr>/);
  });

  it('lists every pair in the side-by-side table, linking flagged rows to their flag', () => {
    const table = html.slice(html.indexOf('<table class="pairs">'));
    expect(table.match(/<tr[ >]/g)).toHaveLength(report.pairs.length + 1);
    expect(table).toContain('href="#flag-3"');
    expect(html).toContain('id="flag-3"');
  });

  it('shows review states when given', () => {
    const reviewed = writeHtmlReport(report, { review: { f1: { status: 'dismissed', note: 'Publisher <preamble>' } } });
    expect(reviewed).toContain('<article class="flag minor dismissed"');
    expect(reviewed).toContain('Publisher &lt;preamble&gt;');
    expect(reviewed).toContain('<span class="badge review">open</span>');
  });

  it('makes hostile document text inert', () => {
    const out = writeHtmlReport(hostileReport());
    expect(out).not.toMatch(/<script/i);
    expect(out).not.toMatch(/<img/i);
    expect(out).not.toMatch(/<iframe/i);
    expect(out).not.toMatch(/<a href="https/i);
    expect(out).not.toMatch(RESOURCE_URL);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out).toContain('<mark>&lt;script&gt;</mark>');
  });

  it('states the filter of its side-by-side table, and that there is none', () => {
    expect(html).toContain('All pairs (no filter).');
    const filtered = writeHtmlReport(report, { filter: { confirmedOnly: true, minConfidence: 0.5 }, confirmedPairs: [] });
    expect(filtered).toContain('Only pairs a person confirmed.');
    expect(filtered).toContain('Only pairs with confidence 0.50 or more');
    expect(filtered.match(/<tr/g)!.length).toBeLessThan(html.match(/<tr/g)!.length);
  });

  it('refers to clauses by line when the files are given', () => {
    const lines = (s: typeof report.source) => s.segments.map((x) => x.text).join('\n');
    const withLines = writeHtmlReport(report, { files: { source: lines(report.source), target: lines(report.target) } });
    expect(withLines).toMatch(/4\.7\.3 · line \d+/);
  });

  it('says so when nothing was flagged', () => {
    expect(writeHtmlReport(buildReport([[['甲。'], ['A.']]]))).toContain('No divergences were flagged.');
  });
});

describe('highlightEvidence', () => {
  const seg: Segment = { id: 's1', start: 100, end: 110, number: '1', text: 'abcdefghij', clean: 'abcdefghij', kind: 'sentence', block: 0 };
  const ev = (start: number, end: number, segment = 's1'): Evidence => ({ side: 'source', segment, start, end, text: '' });

  it.each([
    ['no evidence', [], 'abcdefghij'],
    ['one span', [ev(102, 104)], 'ab<mark>cd</mark>efghij'],
    ['overlapping spans merge', [ev(102, 105), ev(104, 106)], 'ab<mark>cdef</mark>ghij'],
    ['spans sorted', [ev(108, 110), ev(100, 101)], '<mark>a</mark>bcdefgh<mark>ij</mark>'],
    ['clipped to the segment', [ev(95, 102), ev(109, 120)], '<mark>ab</mark>cdefghi<mark>j</mark>'],
    ['other segments ignored', [ev(102, 104, 's2')], 'abcdefghij'],
    ['empty or outside ignored', [ev(103, 103), ev(200, 210)], 'abcdefghij'],
  ])('%s', (_name, evidence, html) => {
    expect(highlightEvidence(seg, evidence)).toBe(html);
  });

  it('escapes text around and inside marks', () => {
    const s = { ...seg, text: '<b>&</b>', end: 108 };
    expect(highlightEvidence(s, [ev(103, 104)])).toBe('&lt;b&gt;<mark>&amp;</mark>&lt;/b&gt;');
  });
});
