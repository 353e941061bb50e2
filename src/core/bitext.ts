// Bitext mode: an already aligned file (one `source<TAB>translation` pair per line) checked pair
// by pair, without aligning. Offsets point into the file's own text, so evidence still locates.
import { checkAlignment, describeInputProblem, type DocumentInput, type PipelineOptions, type PipelineResources } from './pipeline';
import { detectLanguage } from './input/detect-language';
import type { Pair, Report, Segment, Side } from './types';

function segmentAt(raw: string, start: number, end: number, id: string, line: number): Segment | null {
  // Trim so a segment never starts or ends with white space.
  while (start < end && /\s/u.test(raw[start])) start++;
  while (end > start && /\s/u.test(raw[end - 1])) end--;
  if (start === end) return null;
  const text = raw.slice(start, end);
  return { id, start, end, number: String(line), text, clean: text, kind: 'sentence', block: line - 1 };
}

/**
 * Splits a bitext into the two columns' segments and one pair per line; lines without a tab
 * are reported in `problems` (1-based line numbers) and kept as one-sided pairs.
 */
export function parseBitext(raw: string): { source: Segment[]; target: Segment[]; pairs: Pair[]; problems: number[] } {
  const source: Segment[] = [];
  const target: Segment[] = [];
  const pairs: Pair[] = [];
  const problems: number[] = [];
  let lineStart = 0;
  let line = 0;
  while (lineStart <= raw.length) {
    let lineEnd = raw.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = raw.length;
    line++;
    const tab = raw.indexOf('\t', lineStart);
    const hasTab = tab >= 0 && tab < lineEnd;
    if (raw.slice(lineStart, lineEnd).trim() !== '') {
      if (!hasTab) problems.push(line);
      const s = segmentAt(raw, lineStart, hasTab ? tab : lineEnd, `s${source.length + 1}`, line);
      const t = hasTab ? segmentAt(raw, tab + 1, lineEnd, `t${target.length + 1}`, line) : null;
      if (s) source.push(s);
      if (t) target.push(t);
      if (s || t) pairs.push({ source: s ? [s.id] : [], target: t ? [t.id] : [], score: 1 });
    }
    lineStart = lineEnd + 1;
  }
  return { source, target, pairs, problems };
}

/** Checks each line pair of a bitext file; same report shape as buildReport, one pair per line. */
export function buildBitextReport(doc: DocumentInput, resources: PipelineResources, options: PipelineOptions = {}): Report {
  const { source, target, pairs, problems } = parseBitext(doc.text);
  const notes: string[] = [];
  if (problems.length > 0) notes.push(`${problems.length} line(s) have no tab between original and translation: ${problems.slice(0, 10).join(', ')}${problems.length > 10 ? ', …' : ''}.`);
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
