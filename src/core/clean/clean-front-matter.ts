// YAML front matter (--- … --- at the very top of a Markdown file) read as simple metadata.
// A full YAML parser was rejected: front matter in the documents we see is flat `key: value`
// lines and `- item` lists, and metadata is shown, never aligned, so a lenient reader is enough.
//
// The danger is the other way round: a Markdown document may open with a `---` rule and have a
// second rule later, and everything between would vanish as "metadata". So a block is front matter
// only when it closes within MAX_LINES lines and every line in it reads as YAML (a `key: value`,
// a `- item`, an indented continuation of a key, a comment); anything else is a rule and its text
// is kept. Line ends are LF, CRLF, CR, U+2028 and U+2029 alike.

/** Where the front matter ends (raw offset of the body), what it said, and which lines it took. */
export interface FrontMatter {
  bodyStart: number;
  meta: Record<string, string>;
  /** 1-based number of the closing line (0 when there is no front matter). */
  lastLine: number;
}

/** Front matter longer than this many lines is not metadata but a document between two rules. */
export const MAX_FRONT_MATTER_LINES = 100;

const NONE: FrontMatter = { bodyStart: 0, meta: {}, lastLine: 0 };
const LINE_END = /\r\n|[\n\r\u2028\u2029]/g;
const OPEN = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
// A YAML key: a word or short phrase of letters, digits, `_`, `-`, `.` or spaces, then `:` and a
// space or the end. Sentences fail it: they have commas, full stops mid-way or CJK punctuation.
const PAIR = /^([\p{L}_][\p{L}\p{N}_ .-]{0,40}):(?:[ \t]+(.*))?$/u;
const QUOTED_PAIR = /^(["'])([^"']{1,60})\1:(?:[ \t]+(.*))?$/u;
const ITEM = /^[ \t]*-(?:[ \t]+(.*))?$/;

function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0]) return v.slice(1, -1);
  return v;
}

/**
 * Reads front matter at raw offset 0: a `---` line, YAML lines only, and a closing `---` or `...`
 * within MAX_FRONT_MATTER_LINES lines. Anything else (never closed, too long, a line that is not
 * YAML, no key at all) is no front matter: bodyStart 0, meta empty, lastLine 0.
 */
export function readFrontMatter(raw: string): FrontMatter {
  if (!raw.startsWith('---')) return NONE;
  const meta: Record<string, string> = {};
  let key = '';
  let keys = 0;
  let at = 0;
  let line = 0;
  LINE_END.lastIndex = 0;
  while (at <= raw.length && line <= MAX_FRONT_MATTER_LINES) {
    const m = LINE_END.exec(raw);
    const end = m ? m.index : raw.length;
    const next = m ? m.index + m[0].length : raw.length + 1;
    const text = raw.slice(at, end);
    line++;
    at = next;
    if (line === 1) {
      if (!OPEN.test(text) || !m) return NONE;
      continue;
    }
    if (CLOSE.test(text)) return keys > 0 ? { bodyStart: Math.min(next, raw.length), meta, lastLine: line } : NONE;
    const trimmed = text.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const plain = /^\s/.test(text) ? null : PAIR.exec(text);
    const quoted = plain || /^\s/.test(text) ? null : QUOTED_PAIR.exec(text);
    const item = ITEM.exec(text);
    if (plain || quoted) {
      key = plain ? plain[1].trim() : quoted![2];
      const value = unquote((plain ? plain[2] : quoted![3]) ?? '');
      meta[key] = value === '|' || value === '>' || value === '|-' || value === '>-' ? '' : value;
      keys++;
    } else if (item && key) {
      const value = unquote(item[1] ?? '');
      meta[key] = meta[key] ? `${meta[key]}, ${value}` : value;
    } else if (key && /^\s/.test(text)) {
      // Continuation of a folded or block value, or a nested mapping under the key.
      meta[key] = meta[key] ? `${meta[key]} ${trimmed}` : trimmed;
    } else {
      return NONE;
    }
    if (!m) break;
  }
  return NONE;
}
