// English sentence boundaries: natural's SentenceTokenizer finds them, after periods that do not
// end a sentence (abbreviations, initials, decimals, domains) are masked in a same-length copy of
// the text, so natural's sentence strings map straight back to offsets in the input.
// natural.d.ts (not owned by this stage) does not declare these two deep modules yet.
// @ts-ignore TS7016: untyped CommonJS module, typed at the use sites below.
import SentenceTokenizer from 'natural/lib/natural/tokenizers/sentence_tokenizer.js';
// @ts-ignore TS7016: untyped CommonJS module, typed at the use sites below.
import { knownAbbreviations } from 'natural/lib/natural/util/abbreviations_en.js';

// natural's own abbreviation matching is case-insensitive and ignores word boundaries ("art." would
// match the end of "start."), so it gets an empty list and the masking below does that job.
const tokenizer: { tokenize(text: string): string[] } = new SentenceTokenizer([], true);

// A private-use character replaces every period that must not end a sentence.
const MASK = '\uE000';

// Abbreviations that are followed by a name or a word and never end a sentence.
const ALWAYS = [
  'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Sr.', 'Jr.', 'St.', 'Mt.', 'Gen.', 'Gov.', 'Sen.', 'Rep.', 'Hon.',
  'Rev.', 'Capt.', 'Col.', 'Lt.', 'Sgt.', 'Messrs.', 'e.g.', 'i.e.', 'E.g.', 'I.e.', 'cf.', 'Cf.', 'viz.',
  'vs.', 'v.', 'approx.', 'ca.', 'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.',
  'Oct.', 'Nov.', 'Dec.', 'U.S.', 'U.K.', 'U.N.', 'E.U.', 'P.R.C.', 'Mme.', 'Mlle.',
];
// Abbreviations that introduce a number: "No. 5", "Art. 12", "pp. 3–9".
const BEFORE_NUMBER = [
  'No.', 'Nos.', 'no.', 'Art.', 'Arts.', 'art.', 'Fig.', 'Figs.', 'fig.', 'Sec.', 'Secs.', 'sec.', 'Vol.',
  'Vols.', 'vol.', 'p.', 'pp.', 'para.', 'paras.', 'Para.', 'Ch.', 'ch.', 'Eq.', 'Tab.', 'Ref.', 'Op.',
];
// Abbreviations that may end a sentence: one follows only when a capital letter does.
const MAYBE_FINAL = ['etc.', 'Inc.', 'Ltd.', 'Co.', 'Corp.', 'Bros.', 'a.m.', 'p.m.', 'al.', 'Esq.', 'Dept.'];

// Words that usually start a sentence, so "Plan B. The" ends after B while "John F. Kennedy" does not.
const SENTENCE_STARTERS = new Set(
  'The This That These Those It Its We Our They Their He She His Her There In On At By For To From As If When While A An All Each Any Both Some Such Then Thus However Also'.split(' '),
);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const CLASS = new Map<string, 'always' | 'number' | 'maybe'>();
for (const a of knownAbbreviations as string[]) if (a.endsWith('.')) CLASS.set(a, 'maybe');
for (const a of MAYBE_FINAL) CLASS.set(a, 'maybe');
for (const a of BEFORE_NUMBER) CLASS.set(a, 'number');
for (const a of ALWAYS) CLASS.set(a, 'always');
// Longest first, so "Nos." wins over "No." and "U.S.A." style chains match whole.
const ABBREVIATION = new RegExp(
  `(?<![\\p{L}\\p{N}\\uE000])(?:${[...CLASS.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})`,
  'gu',
);
const INITIAL = /(?<![\p{L}\p{N}\uE000'’])[A-Z]\.(?=\s+([A-Z][\p{L}'’-]*))/gu;
const NEXT_IS_INITIAL = /^\s+[A-Z]\.(?:\s|$)/;
const PREV_IS_INITIAL = /(?:^|\s)[A-Z]\.\s+$/;

function maskAt(chars: string[], from: number, to: number): void {
  for (let i = from; i < to; i++) if (chars[i] === '.') chars[i] = MASK;
}

/** A copy of `text` of the same length with every non-final period replaced by MASK. */
function maskPeriods(text: string): string {
  const chars = text.split('');
  for (const m of text.matchAll(ABBREVIATION)) {
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 12);
    const kind = CLASS.get(m[0]);
    const masked =
      kind === 'always' ||
      (kind === 'number' && /^\s?(?:\d|[IVXLC]+\b|\()/.test(after)) ||
      (kind === 'maybe' && (!/^\s+["“'‘(]?[A-Z]/.test(after) || CLASS.has(/^\s+(\S+)/.exec(after)?.[1] ?? '')));
    if (masked) maskAt(chars, m.index, end);
  }
  for (const m of text.matchAll(INITIAL)) {
    const end = m.index + 2;
    const next = text.slice(end, end + 4);
    const prev = text.slice(Math.max(0, m.index - 4), m.index);
    const chained = NEXT_IS_INITIAL.test(next) || PREV_IS_INITIAL.test(prev);
    // A lone capital "I." is more often a heading numeral or the pronoun than an initial.
    if (chained || (m[0][0] !== 'I' && !SENTENCE_STARTERS.has(m[1]))) chars[m.index + 1] = MASK;
  }
  // A period with a letter or digit right after it is inside a token: 3.5, example.com, U.S.-China.
  for (let i = 0; i + 1 < text.length; i++) {
    if (text[i] === '.' && /[\p{L}\p{N}]/u.test(text[i + 1]) && i > 0 && text[i - 1] !== '.') chars[i] = MASK;
  }
  return chars.join('');
}

// natural reverts its placeholders once per sentence per placeholder, which is quadratic, so long
// lines are cut first at boundaries natural would split at anyway.
const MAX_CHUNK = 2000;
const SAFE_CUT = /[.!?]["'”’)\]]*\s+(?=["“‘(]?[A-Z])/g;

function chunkLine(masked: string, from: number, to: number, out: Array<[number, number]>): void {
  let start = from;
  while (to - start > MAX_CHUNK) {
    SAFE_CUT.lastIndex = start + MAX_CHUNK / 2;
    const m = SAFE_CUT.exec(masked);
    let cut = m && m.index + m[0].length < to ? m.index + m[0].length : -1;
    if (cut === -1 || cut - start > MAX_CHUNK * 2) {
      const space = masked.lastIndexOf(' ', start + MAX_CHUNK);
      cut = space > start ? space + 1 : start + MAX_CHUNK;
    }
    out.push([start, cut]);
    start = cut;
  }
  out.push([start, to]);
}

function tokenizeRange(masked: string, from: number, to: number, out: Array<[number, number]>): void {
  const piece = masked.slice(from, to);
  let cursor = 0;
  let sentences: string[];
  try {
    sentences = tokenizer.tokenize(piece);
  } catch {
    sentences = [piece.trim()];
  }
  for (const s of sentences) {
    if (s.length === 0) continue;
    const at = piece.indexOf(s, cursor);
    // natural returns substrings of its input; if one is not found, keep the rest whole.
    if (at === -1) break;
    out.push([from + at, from + at + s.length]);
    cursor = at + s.length;
  }
  const rest = piece.slice(cursor);
  if (rest.trim() !== '') {
    const lead = rest.length - rest.trimStart().length;
    const trail = rest.length - rest.trimEnd().length;
    out.push([from + cursor + lead, to - trail]);
  }
}

/**
 * Splits English text into sentences, returned as half-open UTF-16 ranges into `text` in order,
 * trimmed of whitespace; line breaks always end a sentence and blank text yields [].
 */
export function splitEnglishSentences(text: string): Array<[number, number]> {
  const masked = maskPeriods(text);
  const chunks: Array<[number, number]> = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      if (i > lineStart) chunkLine(masked, lineStart, i, chunks);
      lineStart = i + 1;
    }
  }
  const raw: Array<[number, number]> = [];
  for (const [a, b] of chunks) tokenizeRange(masked, a, b, raw);
  // natural splits at every unmasked delimiter; a sentence never starts in lower case or with
  // closing punctuation, so those pieces rejoin the sentence before them.
  const out: Array<[number, number]> = [];
  for (const r of raw) {
    const prev = out[out.length - 1];
    const first = text[r[0]];
    const sameLine = prev !== undefined && !text.slice(prev[1], r[0]).includes('\n');
    if (sameLine && (/[\p{Ll},;:)\]}”’]/u.test(first) || (/\d/.test(first) && !/\s/.test(text[r[0] - 1] ?? ' ')))) {
      prev[1] = r[1];
    } else out.push([r[0], r[1]]);
  }
  return out;
}
