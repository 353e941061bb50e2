// TMX 1.4b translation memory from a report's two-sided pairs.
import type { Flag, Report, Segment } from '../core/types';
import { collectPairRows, describeFlag, describePairFilter, langTag, selectPairRows, type ExportOptions } from './collect-pair-rows';
import { escapeAttribute, escapeText } from './escape-markup';

/** Writes a TMX 1.4 document: one <tu> per pair the filter keeps with both sides (n-m texts joined per language), clause numbers (and lines, when the files are given) as x-duizhao props, each flag (with its review state) as a <note>; one-sided pairs are left out and their flags become header notes; the filter is stated in the header. */
export function writeTmx(report: Report, options: ExportOptions = {}): string {
  const { rows: all, looseFlags } = collectPairRows(report, options.files);
  const rows = selectPairRows(all, options);
  const srcLang = langTag(report.source.lang);
  const tgtLang = langTag(report.target.lang);
  const review = options.review ?? {};
  const note = (f: Flag) => `<note>${escapeText(describeFlag(f, review[f.id]))}</note>`;

  const headerAttrs: [string, string][] = [
    ['creationtool', 'Duizhao'],
    ['creationtoolversion', '1'],
    ['segtype', 'sentence'],
    ['o-tmf', 'duizhao-report'],
    ['adminlang', 'en'],
    ['srclang', srcLang],
    ['datatype', 'plaintext'],
  ];
  if (options.createdAt) headerAttrs.push(['creationdate', tmxDate(options.createdAt)]);

  // Flags of unpaired clauses have no <tu> to sit on; the header keeps them visible.
  const headerFlags = [...rows.filter((r) => r.source.length === 0 || r.target.length === 0).flatMap((r) => r.flags), ...looseFlags];
  const onTu = new Set(rows.filter((r) => r.source.length > 0 && r.target.length > 0).flatMap((r) => r.flags));
  const headerNotes = [...new Set(headerFlags)].filter((f) => !onTu.has(f)).map(note);

  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header ${headerAttrs.map(([k, v]) => `${k}="${escapeAttribute(v)}"`).join(' ')}>`,
    `    <prop type="x-duizhao-source">${escapeText(report.source.name)}</prop>`,
    `    <prop type="x-duizhao-target">${escapeText(report.target.name)}</prop>`,
    ...describePairFilter(options.filter).map((d) => `    <prop type="x-duizhao-filter">${escapeText(d)}</prop>`),
    ...headerNotes.map((n) => `    ${n}`),
    '  </header>',
    '  <body>',
  ];
  for (const row of rows) {
    if (row.source.length === 0 || row.target.length === 0) continue;
    out.push(`    <tu tuid="${escapeAttribute(String(row.index + 1))}">`);
    out.push(`      <prop type="x-duizhao-score">${row.pair.score}</prop>`);
    for (const f of row.flags) out.push(`      ${note(f)}`);
    out.push(tuv(srcLang, row.source, row.sourceText, row.sourceLine));
    out.push(tuv(tgtLang, row.target, row.targetText, row.targetLine));
    out.push('    </tu>');
  }
  out.push('  </body>', '</tmx>', '');
  return out.join('\n');
}

function tuv(lang: string, segments: Segment[], text: string, lines: string): string {
  const numbers = segments.map((s) => s.number).join(' ');
  const ids = segments.map((s) => s.id).join(' ');
  return [
    `      <tuv xml:lang="${escapeAttribute(lang)}">`,
    `        <prop type="x-duizhao-number">${escapeText(numbers)}</prop>`,
    ...(lines ? [`        <prop type="x-duizhao-line">${escapeText(lines)}</prop>`] : []),
    `        <prop type="x-duizhao-segments">${escapeText(ids)}</prop>`,
    `        <seg>${escapeText(text)}</seg>`,
    '      </tuv>',
  ].join('\n');
}

// TMX dates are ISO 8601 basic format in UTC: YYYYMMDDThhmmssZ.
function tmxDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new RangeError(`createdAt ${JSON.stringify(iso)} is not an ISO 8601 date`);
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}
