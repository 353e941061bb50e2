// The negation check's cue readers: where each side of a pair negates, prohibits, exempts, restricts
// or permits, and the words each cue governs. Whether 不, 无 or 非 inside a word negates is read from
// the segmenter and the dictionary (negation-glosses.ts), never from a list of idioms.
import { enContentWords } from '../analyze/lexical-match';
import { cutByDictionary } from '../analyze/entities-zh';
import { readEntries, type Dictionary } from '../lexicon/dictionary';
import { CHINESE_STOPWORDS } from '../lexicon/stopwords';
import { tokenizeChinese } from '../lexicon/tokenize-zh';
import type { Segment } from '../types';
import type { CheckContext } from './check';
import { glossNegation, prefixedBase, ZH_NEG_ANYWHERE } from './negation-glosses';

/** Content words after a cue, within its clause, that the cue negates: 不 negates the word it stands before; 'not' may reach past an adverb. */
export const ZH_SCOPE_WORDS = 1;
export const MODAL_SCOPE_WORDS = 3;
export const EN_SCOPE_WORDS = 2;

/**
 * What a cue does: 'neg' negates, 'prohibit' forbids, 'exempt' releases from a duty, 'restrict' limits,
 * 'permit' allows; 'weak' is a word of negative meaning (缺乏 'lack', 'unless', '-less') that keeps the
 * other side from being flagged but is not a cue of its own.
 */
export type Cue = 'neg' | 'prohibit' | 'exempt' | 'restrict' | 'permit' | 'weak' | 'none';

const cueTable = (rows: Array<[Cue, string]>) => new Map(rows.flatMap(([cue, words]) => words.split(' ').map((w) => [w, cue] as const)));

// Grammatical cue words (modal and legal function words), not idioms: what every other word means is the dictionary's say.
export const ZH_CUE_WORDS = cueTable([
  ['prohibit', '禁止 严禁 不得 不准 不许 不允许 切勿 杜绝 禁用 禁入 不应 不宜 不要 不可 勿'],
  ['exempt', '免于 免除 免征 免予 豁免 减免'],
  ['restrict', '限制 限定'],
  ['permit', '允许 准许 准予 可以 许可'],
]);
const ZH_NEG_CHAR = /^[不没未无非别莫勿]/u;
// 别国 'other countries', 莫斯科: 别, 莫 and 勿 negate only standing alone.
const ZH_NEG_PREFIX = /^[不没未无非]/u;
const FUNCTIONAL_GLOSS = /^(?:to )?(?:not|no|never|cannot|[a-z]+n't|unable to|incapable of|without|have not|has not|did not|does not)\b/i;

export const EN_RE = new RegExp(
  [
    // 'not … until' (up to three words apart: 'do not usually form until') says when, as 才 and 直到…才 do.
    /(?<none>\bnot (?:only|just|least|to mention)\b|(?:\bnot|n[’']t)(?: [a-z]+){0,3} until\b|\bno (?:less|more|fewer) than\b|\bno less\b|\bnot (?:less|more|fewer) than\b|\bwhether or not\b|\bno (?:matter|doubt|sooner)\b|\bnothing but\b|\bcannot but\b)/,
    /(?<prohibit>\b(?:shall|must|may|should) not\b(?! only| just)|\b(?:shall|must|may|should)n[’']t\b|\bnot (?:be )?(?:allowed|permitted)\b|\bprohibit\w*|\bforbid\w*|\bban(?:s|ned|ning)?\b)/,
    /(?<exempt>\bexempt\w*|\bwaiv\w*)/,
    /(?<restrict>\brestrict\w*)/,
    /(?<neg>\bnot\b|n[’']t\b|\bno\b(?!\.\s?\d)|\bnever\b|\bnone\b|\bnothing\b|\bnobody\b|\bno one\b|\bneither\b|\bnor\b|\bwithout\b|\bcannot\b|\bfail(?:s|ed|ing)? to\b)/,
    /(?<permit>\ballow\w*|\bpermit(?:s|ted|ting)?\b|\bmay\b|\bcan\b|\bauthori[sz]\w*|\bentitl\w*)/,
    new RegExp(
      '(?<weak>\\bun(?!der|i|til)[a-z]{3,}|\\bnon-?[a-z]{3,}|\\bin(?:adequate|sufficient|valid|correct|complete|effective|appropriate|consistent|eligible|capable|accurate|formal|active)\\w*' +
        '|\\bim(?:proper|possible|balance|practical|mature|partial)\\w*|\\bil(?:legal|licit|legitimate)\\w*|\\bir(?:regular|rational|responsible|reversible)\\w*' +
        '|\\bdis(?:allow|approv|abl|continu|honest|qualif|advantag|order)\\w*|\\b\\w{3,}less\\b|\\b\\w+-free\\b|\\black\\w*|\\babsen\\w*|\\bavoid\\w*|\\bprevent\\w*' +
        '|\\binstead of\\b|\\brather than\\b|\\brefus\\w*|\\breject\\w*|\\bfail\\w*|\\bstop\\w*|\\bceas\\w*|\\bden(?:y|ied|ies)\\b|\\bexclu\\w*|\\byet to\\b|\\bother than\\b' +
        '|\\bexcept\\w*|\\boutside\\b|\\bfree (?:of|from)\\b|\\bcontrol\\w*|\\bcurb\\w*|\\bcap(?:s|ped)?\\b|\\bconstrain\\w*|\\bconfin\\w*|\\bliminat\\w*|\\blimit\\w*|\\bzero\\b|\\bunless\\b|(?<!\\bmore )\\bthan\\b|\\bless\\b|\\bdiffer\\w*|\\bdistinct\\w*|\\buntil\\b|\\bunable\\b|\\bgive up\\b|\\bnon\\s*-\\s*[a-z]+|\\bhardly\\b|\\bbarely\\b|\\bscarcely\\b|\\bseldom\\b|\\brarely\\b|\\bonly\\b|\\bdifficult\\b|\\bhard\\b)',
    ),
  ].map((r) => r.source).join('|'),
  'gi',
);

/** A cue in one segment; `scope` holds the English stems (en) or Chinese words (zh) it negates. */
export interface Hit {
  cue: Cue;
  seg: Segment;
  start: number;
  end: number;
  scope: string[];
  /** A word of negative meaning only by its prefix ('disloyal', 非核心): it may be the rendering of a plain negation. */
  prefixed?: boolean;
  /** A function word (了, 而) negative only by a gloss that describes one of its uses ('completely (not)'). */
  grammatical?: boolean;
}
export type Polarity = Record<Cue, Hit[]>;

const emptyPolarity = (): Polarity => ({ neg: [], prohibit: [], exempt: [], restrict: [], permit: [], weak: [], none: [] });
const CLAUSE_END = /[，,；;：:。！？!?、]/u;

export function zhWords(ctx: CheckContext, text: string): Array<{ text: string; start: number; end: number }> {
  return ctx.zh
    ? tokenizeChinese(text, ctx.zh).filter((t) => t.kind !== 'punct' || CLAUSE_END.test(t.text)).map((t) => ({ text: t.text, start: t.start, end: t.end }))
    : cutByDictionary(text, ctx.dictionary).map(([w, start]) => ({ text: w, start, end: start + w.length }));
}

/**
 * Whether the segmenter's tagger gives `word` in `text` a tag `tag` matches: /^n[rstz]/ a proper noun
 * (person, place, organisation, other name), /^x$/ no part of speech (a word the segmenter discovered).
 */
function taggedAs(ctx: CheckContext, text: string, word: string, tag: RegExp): boolean {
  const tagged = ctx.zh?.tag?.(text);
  return !!tagged && tagged.some((t) => t.word === word && tag.test(t.tag));
}

/**
 * Whether word k is part of an A-not-A question: 能不能, 是不是, 有没有 (a character, 不 or 没, the same
 * character again), however the segmenter cut it (能不能, 能 不 能, 能 不能).
 */
function isAnotA(text: string, words: Array<{ start: number; end: number }>, k: number): boolean {
  const { start, end } = words[k];
  for (let i = Math.max(1, start - 1); i <= end && i + 1 < text.length; i++) {
    if ((text[i] === '不' || text[i] === '没') && text[i - 1] === text[i + 1] && /\p{Script=Han}/u.test(text[i - 1]) && start < i + 2 && end > i - 1) return true;
  }
  return false;
}

export function zhCues(ctx: CheckContext, segs: Segment[]): Polarity {
  const glosses = (word: string) => readEntries(ctx.dictionary, word).flatMap((e) => e.glosses);
  // 无法 'unable to', 不能 'cannot': the negation takes a complement, so its scope runs on into the clause.
  const functional = (word: string) => glosses(word).some((g) => FUNCTIONAL_GLOSS.test(g));
  // 无人驾驶 'unmanned': the negation is inside the word; its scope is what the gloss negates ('manned').
  const morphologicalScope = (word: string) => glosses(word).map((g) => g.replace(/^(?:un|non-?|in|im)|less$/gi, '')).map((g) => `=${g}`);
  const p = emptyPolarity();
  for (const seg of segs) {
    const words = zhWords(ctx, seg.text);
    words.forEach((w, k) => {
      const table = ZH_CUE_WORDS.get(w.text);
      let cue: Cue | null = table ?? null;
      // The scope: the rest of a cue word, then the content words after it in its clause.
      let scope: string[] = [];
      let grammatical = false;
      const following = (n = ZH_SCOPE_WORDS) => {
        const out: string[] = [];
        for (let j = k + 1; j < words.length && out.length < n; j++) {
          // An embedded question (不知能不能赢 'wonder if I can win') ends what a negation scopes over.
          if (CLAUSE_END.test(words[j].text) || isAnotA(seg.text, words, j)) break;
          if (!CHINESE_STOPWORDS.has(words[j].text) && !ZH_NEG_CHAR.test(words[j].text)) out.push(words[j].text);
        }
        return out;
      };
      if (!cue && isAnotA(seg.text, words, k)) {
        cue = 'none';
      } else if (!cue && ZH_NEG_CHAR.test(w.text)) {
        if (w.text.length === 1) { cue = 'neg'; scope = following(); }
        else if (!ZH_NEG_PREFIX.test(w.text)) cue = 'weak';
        // 不冻泉 (a place): a proper noun the tagger knows is a name, not a negation.
        else if (!ctx.dictionary.has(w.text) && taggedAs(ctx, seg.text, w.text, /^n[rstz]/)) cue = null;
        // 不冻泉保护站: a word of three or more characters that neither the dictionary nor the tagger knows
        // (tagged 'x', as names the segmenter discovers are) may be a name; it looks negative but cannot flag.
        else if (!ctx.dictionary.has(w.text) && w.text.length >= 3 && taggedAs(ctx, seg.text, w.text, /^x$/)) cue = 'weak';
        else if (!ctx.dictionary.has(w.text)) {
          // 无论是: a word the dictionary lacks but whose dictionary head (无论 'no matter') does not negate is lexicalised.
          const head = [...Array(w.text.length - 1).keys()].map((k) => w.text.slice(0, w.text.length - 1 - k)).find((h) => h.length >= 2 && ctx.dictionary.has(h));
          if (head && glossNegation(ctx, head) !== 'all') cue = 'weak';
          else { cue = 'neg'; scope = [w.text.slice(1), ...following()]; }
        }
        // 不能, 没有, 无法: a dictionary word that starts with the character and negates in every gloss;
        // with one gloss that does not negate (无人驾驶 'self-driving') the word is lexicalised.
        else {
          const g = glossNegation(ctx, w.text);
          if (g === 'all') { cue = 'neg'; scope = functional(w.text) ? [w.text.slice(1), ...following()] : morphologicalScope(w.text); }
          else if (g === 'some') cue = 'weak';
        }
      } else if (!cue && ZH_NEG_ANYWHERE.test(w.text)) {
        cue = 'weak';
      } else if (!cue && glossNegation(ctx, w.text) !== 'none') {
        cue = 'weak';
        // 了 'completely (not)', 而 'but (not)': a function word's glosses describe its uses, not a meaning of its own.
        if (CHINESE_STOPWORDS.has(w.text)) grammatical = true;
      } else if (cue && cue !== 'permit') {
        // 不得在区内设立: a modal cue governs a verb phrase, which may open with a place or a manner.
        scope = following(MODAL_SCOPE_WORDS);
      }
      if (cue) p[cue].push({ cue, seg, start: w.start, end: w.end, scope, ...(grammatical ? { grammatical } : {}) });
    });
  }
  return p;
}

/**
 * The content words an English cue ending at `end` negates: the first EN_SCOPE_WORDS of `words` after
 * it, up to the end of its clause.
 */
export function scopeWordsAfter<W extends { start: number }>(text: string, words: readonly W[], end: number): W[] {
  const clauseEnd = text.slice(end).search(/[,;:.!?]/);
  const limit = clauseEnd < 0 ? text.length : end + clauseEnd;
  return words.filter((w) => w.start >= end && w.start < limit).slice(0, EN_SCOPE_WORDS);
}

/** Longest gloss, in words, that says outright what a word means (for a prefix the translation gained). */
export const SHORT_GLOSS_WORDS = 2;
export function enCues(segs: Segment[], dict: Dictionary): Polarity {
  const p = emptyPolarity();
  for (const seg of segs) {
    const words = enContentWords(seg.text);
    // 'irrelevant', 'unsuited', 'disloyal': a negating prefix on an English word the dictionary knows is
    // a word of negative meaning, so that it explains a negation on the other side.
    for (const w of words) {
      if (prefixedBase(dict, w.text)) p.weak.push({ cue: 'weak', seg, start: w.start, end: w.start + w.text.length, scope: [], prefixed: true });
    }
    for (const m of seg.text.matchAll(EN_RE)) {
      let cue = (Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined)?.[0] ?? 'weak') as Cue;
      // 'Ban-er', 'Never Land': a capitalised cue inside a sentence is a name; it still counts as negative-looking.
      if (/^[A-Z]/.test(m[0]) && m.index > 0 && !/[.!?"“'‘]\s*$/.test(seg.text.slice(0, m.index))) cue = 'weak';
      const end = m.index + m[0].length;
      p[cue].push({ cue, seg, start: m.index, end, scope: scopeWordsAfter(seg.text, words, end).map((w) => w.stem) });
    }
  }
  return p;
}

export const negations = (p: Polarity) => [...p.neg, ...p.prohibit, ...p.exempt, ...p.restrict];
// Blocking is liberal: 'not only', a word of negative meaning or a restriction on the other side all explain a cue.
export const anyNegative = (p: Polarity) => negations(p).length + p.weak.length + p.none.length > 0;
// Only plain negation and prohibition raise a flag: 'restrict' and 'exempt' are rendered too many ways.
export const strongCues = (p: Polarity) => [...p.neg, ...p.prohibit];
