// A common word spelt out in pinyin as if it were a name: 黄某某 ('a Mr Huang', 某某 'so-and-so')
// rendered "Huang Moumou". Part of the entity check. The evidence is the dictionary's: the Chinese word
// has only common readings (no proper-noun entry), the segmenter does not read it as a name in this
// sentence, and the English writes exactly its pinyin, capitalised, where the dictionary gives no such
// English word.
import { foldLatinName, type Dictionary } from '../lexicon/dictionary';
import { PINYIN_SYLLABLE, pinyinCandidates } from '../lexicon/pinyin-names';
import { stemEnglish } from '../lexicon/tokenize-en';
import type { Pair, Segment } from '../types';
import { evidenceOf, taggedWordsOf, type CheckContext, type FlagDraft } from './check';

// Jieba's closed word classes: pronouns (某某 'so-and-so'), adverbs, conjunctions, prepositions, particles,
// locatives, interjections. Open classes are left out: nouns, verbs and onomatopoeia make brand and
// product names that are rightly spelt in pinyin (余额宝 'Yu'e Bao', 叮咚买菜 'Dingdong Maicai'), and
// nouns make the named periods and terms of Chinese culture (中伏 'Zhongfu').
const CLOSED_CLASS_TAG = /^(?:r|c|p|u|d|f|e|y)/;
// Heads that make the word before them part of a name: 清水河 'Qingshui River', 沙子坝 'Shaziba'.
const NAME_HEAD = /^[港区省市县岛湾镇村乡州山河江湖路街站坝沟桥寺庙楼门堂园峰岭洲谷泉塘]/u;
// Longest run of capitalised English words compared with one Chinese word ('Mou Mou').
const MAX_RUN = 4;
const PINYIN_WORD = new RegExp(`^(?:${PINYIN_SYLLABLE}){2,${MAX_RUN}}$`);

interface CommonWord { zh: string; start: number; seg: Segment; pinyin: string; gloss: string }

/** Toneless pinyin readings of a word's dictionary entries: 'mou3 mou3' → 'moumou'. */
function readingsOf(dict: Dictionary, word: string): Set<string> {
  return new Set(dict.lookup(word).map((e) => foldLatinName(e.pinyin.replace(/[1-5]/g, ''))));
}

/**
 * Words of two to four characters that the dictionary knows only as common words and the tagger reads as
 * a closed-class word here, with no name head after them; the dictionary's glosses never spell their pinyin.
 */
function commonWordsOf(ctx: CheckContext, seg: Segment): CommonWord[] {
  const out: CommonWord[] = [];
  const dict = ctx.dictionary;
  for (const { word, tag, start } of taggedWordsOf(ctx, seg)) {
    const at = start + word.length;
    if (!/^\p{Script=Han}{2,4}$/u.test(word) || !CLOSED_CLASS_TAG.test(tag)) continue;
    const entries = dict.lookup(word);
    if (entries.length === 0 || entries.some((e) => e.name) || NAME_HEAD.test(seg.text.slice(at))) continue;
    for (const pinyin of readingsOf(dict, word)) {
      // 'lama' for 喇嘛, 'Renminbi': the dictionary's own English is the pinyin, a loanword.
      if (entries.some((e) => e.glosses.some((g) => g.split(/[^\p{L}]+/u).some((w) => foldLatinName(w) === pinyin)))) continue;
      out.push({ zh: word, start, seg, pinyin, gloss: entries[0].glosses[0] ?? '' });
    }
  }
  return out;
}

interface EnRun { text: string; start: number; end: number; seg: Segment }

/** Runs of one to MAX_RUN capitalised words ('Moumou', 'Mou Mou') joined by a space or hyphen, with their folded text. */
function capitalisedRuns(en: Segment[]): Array<EnRun & { folded: string }> {
  const out: Array<EnRun & { folded: string }> = [];
  for (const seg of en) {
    const words = [...seg.text.matchAll(/\p{L}[\p{L}\p{M}'’]*/gu)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
    for (let i = 0; i < words.length; i++) {
      let folded = '';
      for (let k = i; k < Math.min(words.length, i + MAX_RUN); k++) {
        const w = words[k];
        if (!/^\p{Lu}\p{Ll}/u.test(w.text) || (k > i && !/^[\s-]$/u.test(seg.text.slice(words[k - 1].end, w.start)))) break;
        folded += foldLatinName(w.text.replace(/['’]s$/u, ''));
        out.push({ text: seg.text.slice(words[i].start, w.end), start: words[i].start, end: w.end, seg, folded });
      }
    }
  }
  return out;
}

/** Every run of two to MAX_RUN characters of the Chinese by its toneless pinyin (pinyin-pro's reading). */
function spansByPinyin(zh: Segment[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const seg of zh) {
    for (const run of seg.text.match(/\p{Script=Han}+/gu) ?? []) {
      for (let i = 0; i < run.length; i++) {
        for (let len = 2; len <= MAX_RUN && i + len <= run.length; len++) {
          const span = run.slice(i, i + len);
          const key = pinyinCandidates(span)[0];
          if (!out.has(key)) out.set(key, new Set());
          out.get(key)!.add(span);
        }
      }
    }
  }
  return out;
}


/**
 * Flags a Chinese original's common word that the translation spells in pinyin as a name ("Moumou" for
 * 某某 'so-and-so'); [] without a tagger or when the Chinese is the translation. Major: the dictionary
 * gives the word's meaning, and a pinyin spelling of it is a name no reader can place.
 */
export function speltCommonWords(ctx: CheckContext, pair: Pair, zh: Segment[], en: Segment[]): FlagDraft[] {
  if (ctx.zhSide !== 'source' || !ctx.zh?.tag) return [];
  // The English first: a capitalised run spelt like pinyin of two or more syllables, else no tagging is needed.
  const runs = capitalisedRuns(en).filter((r) => PINYIN_WORD.test(r.folded));
  if (runs.length === 0) return [];
  const words = zh.flatMap((seg) => commonWordsOf(ctx, seg));
  if (words.length === 0) return [];
  const flags: FlagDraft[] = [];
  const seen = new Set<string>();
  let homophones: Map<string, Set<string>> | undefined;
  for (const run of runs) {
    const word = words.find((w) => w.pinyin === run.folded);
    // An English word of its own ('Dada', 'Mama') is no pinyin spelling.
    if (!word || seen.has(word.zh) || ctx.dictionary.zhWordsOf(stemEnglish(run.text)).length > 0) continue;
    // Nor is a name of the pair that sounds the same: "Guan Yu" is 关羽 in 关于关羽的故事, not 关于 'about'.
    if ([...((homophones ??= spansByPinyin(zh)).get(run.folded) ?? [])].some((span) => span !== word.zh)) continue;
    seen.add(word.zh);
    flags.push({
      type: 'entity', severity: 'major', source: pair.source, target: pair.target,
      message: `${word.zh} is a common word ("${word.gloss}"), not a name; the translation spells it in pinyin, "${run.text}".`,
      suggestion: word.gloss,
      evidence: [evidenceOf('source', word.seg, word.start, word.start + word.zh.length), evidenceOf('target', run.seg, run.start, run.end)],
    });
  }
  return flags;
}
