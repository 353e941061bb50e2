// The lines of a text as offsets, whatever its line ends: the one reading of "a line" that
// --segmented input and --bitext files share.

/** One line: [start, end) in the text, line end excluded, and its 1-based number. */
export interface LineRange {
  start: number;
  end: number;
  line: number;
}

/** Every line of `raw` (LF, CRLF, CR, U+2028 and U+2029 all end one), blank lines and a last empty line included. */
export function lineRanges(raw: string): LineRange[] {
  const lineBreak = /\r\n|[\n\r\u2028\u2029]/g;
  const out: LineRange[] = [];
  let start = 0;
  for (;;) {
    const m = lineBreak.exec(raw);
    out.push({ start, end: m ? m.index : raw.length, line: out.length + 1 });
    if (!m) return out;
    start = m.index + m[0].length;
  }
}
