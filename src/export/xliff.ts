// XLIFF 1.2 bilingual file from a report. 1.2 rather than 2.x because it is the version every
// CAT tool (Trados, memoQ, Wordfast, OmegaT, Phrase, Okapi) imports; 2.x support is still uneven.
import type { Flag, Report } from '../core/types';
import { collectPairRows, describeFlag, describePairFilter, langTag, selectPairRows, type ExportOptions, type PairRow } from './collect-pair-rows';
import { escapeAttribute, escapeText } from './escape-markup';

/** Writes an XLIFF 1.2 document: one trans-unit per pair with a source side (an omission gets an empty target with state="needs-translation"), flags as <note>s, clause numbers as context; additions and report-level flags become file header notes. */
export function writeXliff(report: Report, options: ExportOptions = {}): string {
  const { rows: all, looseFlags } = collectPairRows(report, options.files);
  const rows = selectPairRows(all, options);
  const review = options.review ?? {};
  const note = (f: Flag, indent: string) =>
    `${indent}<note from="duizhao" priority="${PRIORITY[f.severity]}">${escapeText(describeFlag(f, review[f.id]))}</note>`;

  const additions = rows.filter((r) => r.source.length === 0);
  const exported = new Set(rows.filter((r) => r.source.length > 0).flatMap((r) => r.flags));
  const headerFlags = [...new Set([...additions.flatMap((r) => r.flags), ...looseFlags])].filter((f) => !exported.has(f));

  const fileAttrs: [string, string][] = [
    ['original', report.source.name],
    ['source-language', langTag(report.source.lang)],
    ['target-language', langTag(report.target.lang)],
    ['datatype', 'plaintext'],
    ['tool-id', 'duizhao'],
  ];
  if (options.createdAt) fileAttrs.push(['date', options.createdAt]);

  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
    `  <file ${fileAttrs.map(([k, v]) => `${k}="${escapeAttribute(v)}"`).join(' ')}>`,
    '    <header>',
    '      <tool tool-id="duizhao" tool-name="Duizhao"/>',
    `      <note from="duizhao">${escapeText(`Translation: ${report.target.name}`)}</note>`,
    ...describePairFilter(options.filter).map((d) => `      <note from="duizhao">${escapeText(`Filter: ${d}`)}</note>`),
    ...additions.map(
      (r) => `      <note from="duizhao">${escapeText(`Added in the translation (${r.targetNumber}): ${r.targetText}`)}</note>`,
    ),
    ...headerFlags.map((f) => note(f, '      ')),
    '    </header>',
    '    <body>',
  ];
  for (const row of rows) if (row.source.length > 0) out.push(transUnit(row, (f) => note(f, '        '), review));
  out.push('    </body>', '  </file>', '</xliff>', '');
  return out.join('\n');
}

function transUnit(row: PairRow, note: (f: Flag) => string, review: NonNullable<ExportOptions['review']>): string {
  // xml:space="preserve" so tools keep the clause's own leading/trailing spaces.
  const lines = [`      <trans-unit id="${escapeAttribute(`p${row.index + 1}`)}" xml:space="preserve">`];
  lines.push(`        <source>${escapeText(row.sourceText)}</source>`);
  if (row.target.length === 0) {
    lines.push('        <target state="needs-translation"></target>');
  } else {
    // A flag nobody has dismissed means a person should look at the unit again.
    const open = row.flags.some((f) => review[f.id]?.status !== 'dismissed');
    lines.push(`        <target state="${open ? 'needs-review-translation' : 'translated'}">${escapeText(row.targetText)}</target>`);
  }
  lines.push('        <context-group name="duizhao" purpose="location">');
  lines.push(`          <context context-type="x-source-number">${escapeText(row.sourceNumber)}</context>`);
  if (row.sourceLine) lines.push(`          <context context-type="linenumber">${escapeText(row.sourceLine.split(' ')[0])}</context>`);
  if (row.target.length > 0) lines.push(`          <context context-type="x-target-number">${escapeText(row.targetNumber)}</context>`);
  if (row.target.length > 0 && row.targetLine) lines.push(`          <context context-type="x-target-line">${escapeText(row.targetLine)}</context>`);
  lines.push(`          <context context-type="x-score">${row.pair.score}</context>`);
  lines.push('        </context-group>');
  for (const f of row.flags) lines.push(note(f));
  lines.push('      </trans-unit>');
  return lines.join('\n');
}

// XLIFF note priority runs from 1 (highest) to 10.
const PRIORITY: Record<Flag['severity'], number> = { critical: 1, major: 3, minor: 6, info: 9 };
