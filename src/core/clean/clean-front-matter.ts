// YAML front matter (--- … --- at the very top of a Markdown file) read as simple metadata.
// A full YAML parser was rejected: front matter in the documents we see is flat `key: value`
// lines and `- item` lists, and metadata is shown, never aligned, so a lenient reader is enough.

/** Where the front matter ends (raw offset of the body) and what it said. */
export interface FrontMatter {
  bodyStart: number;
  meta: Record<string, string>;
}

const OPEN = /^---[ \t]*(?:\r\n|\r|\n)/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0]) return v.slice(1, -1);
  return v;
}

/** Reads front matter at raw offset 0; bodyStart is 0 and meta empty when there is none or it never closes. */
export function readFrontMatter(raw: string): FrontMatter {
  const open = OPEN.exec(raw);
  if (!open) return { bodyStart: 0, meta: {} };
  const meta: Record<string, string> = {};
  let key = '';
  let at = open[0].length;
  while (at < raw.length) {
    let lineEnd = raw.indexOf('\n', at);
    const next = lineEnd === -1 ? raw.length : lineEnd + 1;
    if (lineEnd === -1) lineEnd = raw.length;
    const line = raw.slice(at, lineEnd).replace(/\r$/, '');
    if (CLOSE.test(line)) return { bodyStart: next, meta };
    const pair = /^([^\s:#][^:]*?):(?:\s+(.*))?$/.exec(line);
    const item = /^\s*-\s+(.*)$/.exec(line);
    if (pair && !/^\s/.test(line)) {
      key = pair[1].trim();
      const value = unquote(pair[2] ?? '');
      meta[key] = value === '|' || value === '>' ? '' : value;
    } else if (item && key) {
      meta[key] = meta[key] ? `${meta[key]}, ${unquote(item[1])}` : unquote(item[1]);
    } else if (key && line.trim() && !line.trim().startsWith('#')) {
      // Continuation of a folded or block value.
      meta[key] = meta[key] ? `${meta[key]} ${line.trim()}` : line.trim();
    }
    at = next;
  }
  // Never closed: an opening rule, not front matter.
  return { bodyStart: 0, meta: {} };
}
