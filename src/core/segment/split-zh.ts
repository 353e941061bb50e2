// Chinese sentence boundaries: 。！？… end a sentence (with any closing quotes or brackets that
// follow), and ； ends one only between two long independent clauses outside quotes and brackets.

const TERMINAL = new Set(['。', '！', '？', '…', '!', '?', '．']);
const CLOSERS: Record<string, string> = {
  '”': '“', '’': '‘', '」': '「', '』': '『', '）': '（', ')': '(', '】': '【', '》': '《', '〉': '〈', ']': '[',
};
const OPENERS = new Set(Object.values(CLOSERS));
// After a terminal these continue the same sentence: ……， or 。”、 never start a new one.
const CONTINUATION_PUNCT = /^[，、,：:；;）)]/;
// A clause after ； that starts with one of these leans on the clause before it.
const CONTINUATION_WORD = /^(?:并且|并|且|而且|而|但是|但|或者|或|以及|及|以|从而|进而|否则|则|即|其中|同时也|包括)/;
// Both clauses around ； need at least this many ideographs to stand as sentences of their own.
const MIN_CLAUSE_IDEOGRAPHS = 15;
// A quote or bracket pair longer than this is treated as unbalanced layout, not as protection.
const MAX_PROTECTED_SPAN = 300;

function isSpace(ch: string): boolean {
  return /\s/.test(ch);
}

function isIdeograph(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

/**
 * Depth of quote/bracket nesting before each UTF-16 unit, counting only pairs that close within
 * MAX_PROTECTED_SPAN units, so one stray “ cannot silence the rest of a paragraph.
 */
function protectedDepth(text: string): Uint16Array {
  const delta = new Int16Array(text.length + 1);
  const stack: Array<{ ch: string; at: number }> = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    // A straight double quote opens unless the innermost open pair is also a straight quote.
    if (ch === '"') {
      if (stack.length > 0 && stack[stack.length - 1].ch === '"') {
        const open = stack.pop()!;
        if (i - open.at <= MAX_PROTECTED_SPAN) {
          delta[open.at + 1]++;
          delta[i]--;
        }
      } else stack.push({ ch, at: i });
      continue;
    }
    if (OPENERS.has(ch)) {
      stack.push({ ch, at: i });
      continue;
    }
    const want = CLOSERS[ch];
    if (want === undefined) continue;
    // Pop to the matching opener; openers skipped on the way were never closed.
    let k = stack.length - 1;
    while (k >= 0 && stack[k].ch !== want && stack.length - k <= 4) k--;
    if (k >= 0 && stack[k].ch === want) {
      const open = stack[k];
      stack.length = k;
      if (i - open.at <= MAX_PROTECTED_SPAN) {
        delta[open.at + 1]++;
        delta[i]--;
      }
    }
  }
  const depth = new Uint16Array(text.length + 1);
  let d = 0;
  for (let i = 0; i <= text.length; i++) {
    d += delta[i];
    depth[i] = d;
  }
  return depth;
}

/** Prefix counts of ideographs, so any range is counted in constant time. */
function countIdeographPrefix(text: string): Uint32Array {
  const prefix = new Uint32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) prefix[i + 1] = prefix[i] + (isIdeograph(text.charCodeAt(i)) ? 1 : 0);
  return prefix;
}

/** End of the clause that starts at `from`: the next terminal, ；, or the end of the text. */
function clauseEnd(text: string, from: number, depth: Uint16Array): number {
  for (let i = from; i < text.length; i++) {
    if (depth[i] === 0 && (TERMINAL.has(text[i]) || text[i] === '；')) return i;
  }
  return text.length;
}

function trimRange(text: string, start: number, end: number): [number, number] | null {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return end > start ? [start, end] : null;
}

/**
 * Splits Chinese text into sentences, returned as half-open UTF-16 ranges into `text` in order,
 * trimmed of whitespace; text without a terminal is one sentence and blank text yields [].
 */
export function splitChineseSentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const depth = protectedDepth(text);
  const ideographs = countIdeographPrefix(text);
  let start = 0;
  const push = (end: number): void => {
    const r = trimRange(text, start, end);
    if (r) out.push(r);
    start = end;
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (TERMINAL.has(ch)) {
      // ASCII ! ? and the full-width period end a sentence only next to Chinese text.
      if ((ch === '!' || ch === '?' || ch === '．') && !isIdeograph(text.charCodeAt(i - 1))) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < text.length && TERMINAL.has(text[j])) j++;
      let d = depth[i];
      // Closers after the terminal belong to this sentence; a split is allowed only once they
      // bring the nesting back to the top level.
      while (j < text.length && (CLOSERS[text[j]] !== undefined || (text[j] === '"' && d > 0))) {
        if (d > 0) d--;
        j++;
      }
      let k = j;
      while (k < text.length && isSpace(text[k])) k++;
      if (d === 0 && depth[j] === 0 && !CONTINUATION_PUNCT.test(text.slice(k, k + 1))) push(j);
      i = j;
      continue;
    }
    if (ch === '；' && depth[i] === 0) {
      const nextEnd = clauseEnd(text, i + 1, depth);
      let k = i + 1;
      while (k < nextEnd && isSpace(text[k])) k++;
      const independent =
        ideographs[i] - ideographs[start] >= MIN_CLAUSE_IDEOGRAPHS &&
        ideographs[nextEnd] - ideographs[k] >= MIN_CLAUSE_IDEOGRAPHS &&
        !CONTINUATION_WORD.test(text.slice(k, k + 4));
      if (independent) push(i + 1);
    }
    i++;
  }
  push(text.length);
  return out;
}
