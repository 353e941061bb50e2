// The translation as the reviewer corrected it: the user's own file with each corrected clause's
// text put in its place, so layout, markup and everything between clauses stay as they were.
import type { Side } from '../core/types';

/**
 * The side's text with every clause's current text at the clause's place in `file` (the decoded
 * file the side was segmented from). Without the file (a report opened as it is) the clauses are
 * joined: a new block starts a new paragraph.
 */
export function writeCorrectedText(side: Side, file?: string): string {
  const segments = [...side.segments].sort((a, b) => a.start - b.start);
  if (file === undefined) {
    let out = '';
    segments.forEach((s, i) => {
      if (i > 0) out += s.block !== segments[i - 1].block ? '\n\n' : side.lang === 'zh' ? '' : ' ';
      out += s.text;
    });
    return out + (out ? '\n' : '');
  }
  return correctFile(side, file).text;
}

/**
 * `file` with every clause's current text at the clause's place, and `at`, which says where an
 * offset of `file` landed in the result: an offset inside a corrected clause lands at the end of
 * its text, one at a clause's start at the start of its text.
 */
export function correctFile(side: Side, file: string): { text: string; at(offset: number): number } {
  const segments = [...side.segments].sort((a, b) => a.start - b.start);
  const edits: Array<{ from: number; to: number; newFrom: number; newTo: number }> = [];
  let out = '';
  let at = 0;
  for (const s of segments) {
    // Halves of a split clause are adjacent; a range already written is never written twice.
    const start = Math.max(at, Math.min(s.start, file.length));
    out += file.slice(at, start);
    const newFrom = out.length;
    out += s.text;
    at = Math.max(start, Math.min(s.end, file.length));
    edits.push({ from: start, to: at, newFrom, newTo: out.length });
  }
  const text = out + file.slice(at);
  return {
    text,
    at(offset) {
      let last = null;
      for (const e of edits) {
        if (e.from > offset) break;
        last = e;
      }
      if (!last) return offset;
      if (offset === last.from) return last.newFrom;
      return offset < last.to ? last.newTo : last.newTo + (offset - last.to);
    },
  };
}
