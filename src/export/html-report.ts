// Self-contained HTML audit report: one file a reviewer can open, print or mail.
import type { Evidence, Flag, FlagType, Report, Segment, Severity, Side } from '../core/types';
import { collectPairRows, describePairFilter, langTag, selectPairRows, type ExportOptions, type PairRow, type ReviewState } from './collect-pair-rows';
import { makeLineOf, type LineOf } from './lines';
import { escapeAttribute as attr, escapeText as esc } from './escape-markup';
import { HTML_REPORT_STYLE } from './html-report-style';

const SEVERITIES: Severity[] = ['critical', 'major', 'minor', 'info'];

// No scripts, no network: the report shows untrusted document text, so the page may load nothing.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** Writes a standalone HTML page (inline CSS, no scripts, CSP forbidding every external load): documents, summary counts, every flag with its clauses and highlighted evidence, and the side-by-side table of pairs; all report text is escaped. */
export function writeHtmlReport(report: Report, options: ExportOptions = {}): string {
  const { rows: all, segments } = collectPairRows(report, options.files);
  const rows = selectPairRows(all, options);
  const filters = describePairFilter(options.filter);
  const lineOf = {
    source: options.files?.source === undefined ? null : makeLineOf(options.files.source),
    target: options.files?.target === undefined ? null : makeLineOf(options.files.target),
  };
  const review = options.review ?? {};
  const anchor = new Map(report.flags.map((f, i) => [f, `flag-${i + 1}`]));
  const ordered = [...report.flags].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  const title = `Duizhao audit report: ${report.source.name} ↔ ${report.target.name}`;

  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${attr(CSP)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    `<style>${HTML_REPORT_STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    '<h1>Duizhao audit report</h1>',
    '<dl class="docs">',
    describeSide('Original', report.source),
    describeSide('Translation', report.target),
    options.createdAt ? `<dt>Generated</dt><dd>${esc(options.createdAt)}</dd>` : '',
    `<dt>Pairs shown</dt><dd class="filters">${filters.length ? filters.map(esc).join(' ') : 'All pairs (no filter).'}</dd>`,
    '</dl>',
    '</header>',
    '<main>',
    renderSummary(report, all.length),
    renderNotes(report.notes),
    '<h2 id="flags">Flags</h2>',
    ordered.length === 0
      ? '<p class="empty">No divergences were flagged.</p>'
      : ordered.map((f) => renderFlag(f, anchor.get(f)!, report, segments, options.review && (review[f.id] ?? { status: 'open' }), lineOf)).join('\n'),
    '<h2 id="pairs">Side by side</h2>',
    renderPairs(rows, report, anchor),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function describeSide(role: string, side: Side): string {
  const lang = side.lang === 'zh' ? 'Chinese' : 'English';
  return `<dt>${role}</dt><dd><span lang="${langTag(side.lang)}">${esc(side.name)}</span> (${lang}, ${side.segments.length} clauses)</dd>`;
}

function renderSummary(report: Report, pairCount: number): string {
  const types = [...new Set(report.flags.map((f) => f.type))].sort() as FlagType[];
  const count = (type: FlagType | null, sev: Severity | null) =>
    report.flags.filter((f) => (type === null || f.type === type) && (sev === null || f.severity === sev)).length;
  const cells = (type: FlagType | null) =>
    [...SEVERITIES.map((s) => count(type, s)), count(type, null)].map((n) => `<td class="num">${n || ''}</td>`).join('');
  const head = SEVERITIES.map((s) => `<th class="num"><span class="badge ${s}">${s}</span></th>`).join('');
  return [
    '<h2 id="summary">Summary</h2>',
    `<p>${pairCount} pairs, ${report.flags.length} flags.</p>`,
    '<table class="summary">',
    `<thead><tr><th>Type</th>${head}<th class="num">Total</th></tr></thead>`,
    '<tbody>',
    ...types.map((t) => `<tr><th>${esc(t)}</th>${cells(t)}</tr>`),
    `<tr><th>All</th>${cells(null)}</tr>`,
    '</tbody>',
    '</table>',
  ].join('\n');
}

function renderNotes(notes: string[]): string {
  if (notes.length === 0) return '';
  return `<h2 id="notes">Notes</h2>\n<ul>${notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>`;
}

function renderFlag(
  flag: Flag,
  id: string,
  report: Report,
  segments: Map<string, Segment>,
  review: ReviewState | undefined,
  lineOf: { source: LineOf | null; target: LineOf | null },
): string {
  const status = review?.status ?? 'open';
  const clauses = (ids: string[], side: 'source' | 'target', heading: string, lang: string) => {
    const body = ids.length
      ? ids.map((sid) => renderClause(segments.get(sid)!, flag.evidence.filter((e) => e.side === side), lang, lineOf[side])).join('')
      : '<p class="none">No counterpart.</p>';
    return `<section><h4>${heading}</h4>${body}</section>`;
  };
  return [
    `<article class="flag ${attr(flag.severity)} ${attr(status)}" id="${attr(id)}">`,
    `<h3><span class="badge ${attr(flag.severity)}">${esc(flag.severity)}</span><span class="type">${esc(flag.type)}</span>` +
      (review ? ` <span class="badge review">${esc(status)}</span>` : '') +
      '</h3>',
    `<p class="message">${esc(flag.message)}</p>`,
    flag.suggestion ? `<p class="suggestion"><strong>Suggestion:</strong> ${esc(flag.suggestion)}</p>` : '',
    review?.note ? `<p class="review-note"><strong>Reviewer:</strong> ${esc(review.note)}</p>` : '',
    '<div class="clauses">',
    clauses(flag.source, 'source', 'Original', langTag(report.source.lang)),
    clauses(flag.target, 'target', 'Translation', langTag(report.target.lang)),
    '</div>',
    '</article>',
  ].join('\n');
}

function renderClause(seg: Segment, evidence: Evidence[], lang: string, lineOf: LineOf | null): string {
  const ref = lineOf ? `${seg.number} · line ${lineOf(seg.start)}` : seg.number;
  return `<p lang="${attr(lang)}"><span class="clause-no">${esc(ref)}</span>${highlightEvidence(seg, evidence)}</p>`;
}

/** Escapes a segment's text, wrapping the evidence spans that fall inside it in <mark>; spans are raw offsets, clipped to the segment and merged where they overlap. */
export function highlightEvidence(seg: Segment, evidence: Evidence[]): string {
  const spans = evidence
    .filter((e) => e.segment === seg.id)
    .map((e) => [Math.max(0, e.start - seg.start), Math.min(seg.text.length, e.end - seg.start)] as [number, number])
    .filter(([a, b]) => a < b)
    .sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([...s]);
  }
  let html = '';
  let at = 0;
  for (const [a, b] of merged) {
    html += esc(seg.text.slice(at, a)) + `<mark>${esc(seg.text.slice(a, b))}</mark>`;
    at = b;
  }
  return html + esc(seg.text.slice(at));
}

function renderPairs(rows: PairRow[], report: Report, anchor: Map<Flag, string>): string {
  const src = attr(langTag(report.source.lang));
  const tgt = attr(langTag(report.target.lang));
  const body = rows.map((r) => {
    const worst = SEVERITIES.find((s) => r.flags.some((f) => f.severity === s));
    const classes = [r.source.length === 0 ? 'addition' : '', r.target.length === 0 ? 'omission' : '', worst ? `flagged-${worst}` : '']
      .filter(Boolean)
      .join(' ');
    const links = r.flags
      .map((f) => `<a class="flag-link" href="#${attr(anchor.get(f)!)}"><span class="badge ${attr(f.severity)}">${esc(f.severity)}</span> ${esc(f.type)}</a>`)
      .join('');
    return [
      `<tr${classes ? ` class="${classes}"` : ''}>`,
      `<td class="num">${r.index + 1}</td>`,
      `<td class="clause-no">${esc(r.sourceNumber)}${r.sourceLine ? `<br><span class="line">line ${esc(r.sourceLine)}</span>` : ''}</td>`,
      `<td class="text" lang="${src}">${r.source.length ? esc(r.sourceText) : '<span class="empty">(added in translation)</span>'}</td>`,
      `<td class="clause-no">${esc(r.targetNumber)}${r.targetLine ? `<br><span class="line">line ${esc(r.targetLine)}</span>` : ''}</td>`,
      `<td class="text" lang="${tgt}">${r.target.length ? esc(r.targetText) : '<span class="empty">(not translated)</span>'}</td>`,
      `<td class="num">${r.source.length && r.target.length && Number.isFinite(r.pair.score) ? r.pair.score.toFixed(2) : ''}</td>`,
      `<td>${links}</td>`,
      '</tr>',
    ].join('');
  });
  return [
    '<table class="pairs">',
    '<thead><tr><th class="num">#</th><th>No.</th><th>Original</th><th>No.</th><th>Translation</th><th class="num">Score</th><th>Flags</th></tr></thead>',
    '<tbody>',
    ...body,
    '</tbody>',
    '</table>',
  ].join('\n');
}
