// What a count counts, read on both sides of a pair so that 'one of a thing' can contradict 'three of it':
// the English noun phrase after a number ('three cohorts of entrepreneurs'), the Chinese phrase that
// 一 and a classifier govern (一批…创业人才), and a Chinese word whose gloss says it is single (独 of 独任制).
import { enContentWords, zhContentWords, zhStemsOf } from '../analyze/lexical-match';
import { cutByDictionary } from '../analyze/entities-zh';
import { stemEnglish } from '../lexicon/tokenize-en';
import { tokenizeChinese } from '../lexicon/tokenize-zh';
import type { CheckContext } from './check';

/** Shortest stem two phrases may share to name one thing: a whole phrase offers more chances than a head word. */
export const PHRASE_STEM_CHARS = 4;
/** At most how many content words after 'of' belong to the counted phrase ('three cohorts of innovation-driven entrepreneurs'). */
const OF_WORDS = 3;
const CLAUSE_END_EN = /[,.;:!?()"“”]/;
const CLAUSE_END_ZH = /[，。；：、！？,.;:!?（）()“”「」]/u;
/** A numeral, which the number reader reads: never a 'single' word of its own. */
const ZH_NUMERAL = /^[〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖]/u;
/** Glosses that say a word counts one (独 'single', 单一 'sole'); 'only' alone is as often 'merely'. */
const SINGLE_GLOSSES = new Set(['single', 'sole', 'alone', 'lone', 'solitary', 'a single', 'one single', 'only one']);

/**
 * Stems of what an English number counts, starting at `end` (just after the number): the next word and,
 * when it is followed by 'of', up to three content words after it; [] when no word follows.
 */
export function enCountedStems(text: string, end: number): string[] {
  const clause = text.slice(end).split(CLAUSE_END_EN)[0];
  const head = /^[\s-]+([A-Za-z]{3,})(\s+of\s+)?/.exec(clause);
  if (!head) return [];
  const after = head[2] ? enContentWords(clause.slice(head[0].length)).slice(0, OF_WORDS).map((w) => w.stem) : [];
  return [stemEnglish(head[1]), ...after];
}

/**
 * Stems of the Chinese words a quantity ending at `end` governs: the rest of its clause (一批|掌握硬科技的创新创业人才),
 * up to `stop` (where the next number starts: 一批物资送到了|12个隔离点 counts no 隔离点).
 */
export function zhGovernedStems(ctx: Pick<CheckContext, 'dictionary' | 'zh'>, text: string, end: number, stop = text.length): string[] {
  const clause = text.slice(end, Math.max(end, stop)).split(CLAUSE_END_ZH)[0];
  return zhContentWords(clause, ctx).flatMap((w) => zhStemsOf(w.text, ctx.dictionary));
}

/** A stem both lists share (one a prefix of the other, at least PHRASE_STEM_CHARS long), or undefined. */
export function sharedStem(a: readonly string[], b: readonly string[]): string | undefined {
  for (const x of a) {
    if (x.length < PHRASE_STEM_CHARS) continue;
    const y = b.find((s) => s.length >= PHRASE_STEM_CHARS && (s.startsWith(x) || x.startsWith(s)));
    if (y) return y.length <= x.length ? y : x;
  }
  return undefined;
}

/** A Chinese word that counts one of what stands beside it, with the stems of its neighbours. */
export interface SingleWord {
  start: number;
  end: number;
  /** Stems of the content words just before and after it in its clause (法官 of 法官独任制办理). */
  beside: string[];
}

/**
 * Words of a Chinese text whose glosses say 'single' or 'sole' (独任制 through its first dictionary
 * word 独, 单一), with what stands beside them; [] without a segmenter.
 */
export function singleWords(ctx: Pick<CheckContext, 'dictionary' | 'zh'>, text: string): SingleWord[] {
  if (!ctx.zh) return [];
  const tokens = tokenizeChinese(text, ctx.zh);
  const out: SingleWord[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== 'word') return;
    // A word the dictionary lacks reads through its first dictionary word: a leading 独 or 单 modifies the rest.
    const head = ctx.dictionary.has(t.text) ? t.text : cutByDictionary(t.text, ctx.dictionary)[0]?.[0];
    // A numeral (一 'one; single' of the unread 一汤) is the number reader's, not a word's.
    if (!head || ZH_NUMERAL.test(head) || !ctx.dictionary.lookup(head).some((e) => e.glosses.some((g) => SINGLE_GLOSSES.has(g.toLowerCase())))) return;
    const near = [tokens[i - 1], tokens[i + 1]].filter((n) => n && n.kind === 'word' && !CLAUSE_END_ZH.test(n.text));
    out.push({ start: t.start, end: t.end, beside: near.flatMap((n) => zhStemsOf(n.text, ctx.dictionary)) });
  });
  return out;
}
