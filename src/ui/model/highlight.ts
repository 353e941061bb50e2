// Marks inside a clause (flag evidence, search hits, corresponding words) become runs of plain text
// with class names: components render runs as text nodes, never as HTML.
import type { Flag, Segment } from '../../core/types';

export type MarkKind = 'evidence' | 'search' | 'match' | 'word';

/** A highlighted range, as offsets into the segment's own text. */
export interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
}

/** A run of text and the marks covering all of it. */
export interface Run {
  text: string;
  start: number;
  kinds: MarkKind[];
}

/** Cuts `text` into runs at every mark boundary and extra cut; overlapping marks stack; out-of-range marks are clipped. */
export function splitRuns(text: string, marks: readonly Mark[], extraCuts: readonly number[] = []): Run[] {
  const cuts = new Set<number>([0, text.length, ...extraCuts.filter((c) => c > 0 && c < text.length)]);
  const valid = marks
    .map((m) => ({ ...m, start: Math.max(0, m.start), end: Math.min(text.length, m.end) }))
    .filter((m) => m.end > m.start);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    const kinds = [...new Set(valid.filter((m) => m.start <= start && m.end >= end).map((m) => m.kind))];
    runs.push({ text: text.slice(start, end), start, kinds });
  }
  return runs.length ? runs : [{ text, start: 0, kinds: [] }];
}

/** Evidence of the given flags that falls in `segment`, as marks relative to the segment's text. */
export function evidenceMarks(segment: Segment, flags: readonly Flag[]): Mark[] {
  const out: Mark[] = [];
  for (const f of flags) {
    for (const e of f.evidence ?? []) {
      if (e.segment !== segment.id && !(e.start >= segment.start && e.end <= segment.end)) continue;
      out.push({ start: e.start - segment.start, end: e.end - segment.start, kind: 'evidence' });
    }
  }
  return out;
}

/** Every case-insensitive occurrence of `query` in `text`, as marks. */
export function searchMarks(text: string, query: string): Mark[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const hay = text.toLowerCase();
  const out: Mark[] = [];
  // toLowerCase keeps UTF-16 length for CJK and Latin; it can change it for a few letters (İ), so check.
  if (hay.length !== text.length) return out;
  for (let i = hay.indexOf(q); i >= 0; i = hay.indexOf(q, i + q.length)) out.push({ start: i, end: i + q.length, kind: 'search' });
  return out;
}

/** Marks over a row's joined text (clauses joined by `sep`) cut back into marks per clause, relative to each clause. */
export function marksPerSegment(segments: readonly Segment[], marks: readonly Mark[], sep: string): Map<string, Mark[]> {
  const out = new Map<string, Mark[]>();
  let offset = 0;
  for (const seg of segments) {
    const end = offset + seg.text.length;
    const mine = marks
      .filter((m) => m.start < end && m.end > offset)
      .map((m) => ({ start: Math.max(m.start, offset) - offset, end: Math.min(m.end, end) - offset, kind: m.kind }));
    out.set(seg.id, mine);
    offset = end + sep.length;
  }
  return out;
}
