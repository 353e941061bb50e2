// Bitext mode: an already aligned file checked pair by pair, without aligning. A plain TSV (one
// `source<TAB>translation` pair per line) keeps offsets into the file's own text; TMX, XLIFF and
// CSV units are laid out one per paragraph per side, and the report carries that text.
import { checkAlignment, describeInputProblem, type DocumentInput, type PipelineOptions, type PipelineResources } from './pipeline';
import { detectLanguage } from './input/detect-language';
import { lineRanges } from './segment/lines';
import type { BitextUnit, ExtractedDocument } from './input/extracted';
import type { Lang, Pair, Report, Segment, Side } from './types';

function segmentAt(raw: string, start: number, end: number, id: string, line: number): Segment | null {
  // Trim so a segment never starts or ends with white space.
  while (start < end && /\s/u.test(raw[start])) start++;
  while (end > start && /\s/u.test(raw[end - 1])) end--;
  if (start === end) return null;
  const text = raw.slice(start, end);
  return { id, start, end, number: String(line), text, clean: text, kind: 'sentence', block: line - 1 };
}

/**
 * Splits a bitext into the two columns' segments and one pair per line (LF, CRLF, CR, U+2028 and
 * U+2029 end a line). Lines without a tab are listed in `problems` and kept as one-sided pairs; lines
 * with more than one tab in `extraTabs` (the translation column keeps everything after the first
 * tab, tabs included, so nothing is lost). Both lists hold 1-based line numbers.
 */
export function parseBitext(raw: string): { source: Segment[]; target: Segment[]; pairs: Pair[]; problems: number[]; extraTabs: number[] } {
  const source: Segment[] = [];
  const target: Segment[] = [];
  const pairs: Pair[] = [];
  const problems: number[] = [];
  const extraTabs: number[] = [];
  for (const { start: lineStart, end: lineEnd, line } of lineRanges(raw)) {
    const tab = raw.indexOf('\t', lineStart);
    const hasTab = tab >= 0 && tab < lineEnd;
    if (raw.slice(lineStart, lineEnd).trim() !== '') {
      if (!hasTab) problems.push(line);
      else if (raw.slice(tab + 1, lineEnd).trim().includes('\t')) extraTabs.push(line);
      const s = segmentAt(raw, lineStart, hasTab ? tab : lineEnd, `s${source.length + 1}`, line);
      const t = hasTab ? segmentAt(raw, tab + 1, lineEnd, `t${target.length + 1}`, line) : null;
      if (s) source.push(s);
      if (t) target.push(t);
      if (s || t) pairs.push({ source: s ? [s.id] : [], target: t ? [t.id] : [], score: 1 });
    }
  }
  return { source, target, pairs, problems, extraTabs };
}

const lineList = (lines: number[]): string => `${lines.slice(0, 10).join(', ')}${lines.length > 10 ? ', …' : ''}`;

/** Checks each line pair of a bitext file; same report shape as buildReport, one pair per line. */
export function buildBitextReport(doc: DocumentInput, resources: PipelineResources, options: PipelineOptions = {}): Report {
  const { source, target, pairs, problems, extraTabs } = parseBitext(doc.text);
  const notes: string[] = (doc.notes ?? []).map((n) => `${doc.name}: ${n}`);
  if (problems.length > 0) notes.push(`${problems.length} line(s) have no tab between original and translation: ${lineList(problems)}.`);
  if (extraTabs.length > 0) {
    notes.push(`${extraTabs.length} line(s) have more than one tab; everything after the first tab was read as the translation, tabs included: ${lineList(extraTabs)}.`);
  }
  const column = (segments: Segment[]) => ({ name: doc.name, text: segments.map((s) => s.text).join('\n') });
  const [original, translation] = [column(source), column(target)];
  const srcLang = detectLanguage(original.text) ?? 'zh';
  const tgtLang = srcLang === 'zh' ? 'en' : 'zh';
  const src: Side = { name: doc.name, lang: srcLang, segments: source };
  const tgt: Side = { name: doc.name, lang: tgtLang, segments: target };
  const problem = describeInputProblem(original, translation);
  if (problem) notes.push(problem);
  const checked = problem ? { flags: [], notes: [] } : checkAlignment(src, tgt, pairs, resources, options.glossary);
  return { format: 'duizhao-report', version: 1, source: src, target: tgt, pairs, flags: checked.flags, notes: [...notes, ...checked.notes] };
}

/** Lays out one side of aligned units as text (one unit per paragraph) with a segment per non-empty unit. */
function layoutUnits(units: BitextUnit[], side: 'source' | 'target', prefix: string): { text: string; segments: Segment[]; ids: Array<string | null> } {
  const parts: string[] = [];
  const segments: Segment[] = [];
  const ids: Array<string | null> = [];
  let length = 0;
  units.forEach((u, i) => {
    const raw = u[side];
    // Trim so a segment never starts or ends with white space; the unit's own text is kept inside.
    const text = raw.trim();
    if (text === '') {
      ids.push(null);
      return;
    }
    if (parts.length > 0) (parts.push('\n\n'), (length += 2));
    const id = `${prefix}${segments.length + 1}`;
    const number = (side === 'source' ? u.sourceNumber : u.targetNumber) ?? String(i + 1);
    segments.push({ id, start: length, end: length + text.length, number, text, clean: text, kind: 'sentence', block: i });
    parts.push(text);
    length += text.length;
    ids.push(id);
  });
  return { text: parts.join(''), segments, ids };
}

function langOf(tag: string | undefined): Lang | null {
  const base = tag?.toLowerCase().split(/[-_]/)[0];
  return base === 'zh' ? 'zh' : base === 'en' ? 'en' : null;
}

/** Checks the units of a bilingual file (TMX, XLIFF, CSV, a Duizhao TSV) pair by pair; each side's text is its units one per paragraph, carried in `extracted`. */
export function buildUnitsReport(doc: ExtractedDocument, resources: PipelineResources, options: PipelineOptions = {}): Report {
  const units = doc.units ?? [];
  const src = layoutUnits(units, 'source', 's');
  const tgt = layoutUnits(units, 'target', 't');
  const pairs: Pair[] = [];
  units.forEach((_, i) => {
    const s = src.ids[i];
    const t = tgt.ids[i];
    if (s || t) pairs.push({ source: s ? [s] : [], target: t ? [t] : [], score: 1 });
  });
  const srcLang = langOf(doc.langs?.source) ?? detectLanguage(src.text) ?? 'zh';
  const tgtLang: Lang = srcLang === 'zh' ? 'en' : 'zh';
  const side = (lang: Lang, laid: typeof src): Side => ({ name: doc.name, lang, segments: laid.segments, format: doc.format, extracted: laid.text });
  const source = side(srcLang, src);
  const target = side(tgtLang, tgt);
  const notes = [...doc.notes];
  const problem = describeInputProblem({ name: doc.name, text: src.text }, { name: doc.name, text: tgt.text });
  if (problem) notes.push(problem);
  const checked = problem ? { flags: [], notes: [] } : checkAlignment(source, target, pairs, resources, options.glossary);
  return { format: 'duizhao-report', version: 1, source, target, pairs, flags: checked.flags, notes: [...notes, ...checked.notes] };
}
