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
  let out = '';
  let at = 0;
  for (const s of segments) {
    // Halves of a split clause are adjacent; a range already written is never written twice.
    const start = Math.max(at, Math.min(s.start, file.length));
    out += file.slice(at, start) + s.text;
    at = Math.max(start, Math.min(s.end, file.length));
  }
  return out + file.slice(at);
}
