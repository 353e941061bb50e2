// Function words that carry no translatable content, for both languages.
import { words as naturalStopwords } from 'natural/lib/natural/util/stopwords.js';

// natural's list (170 words) lacks modals and a few determiners common in legal and policy text.
const EXTRA_EN = [
  'will', 'shall', 'may', 'not', 'no', 'nor', 'upon', 'within', 'without', 'whose', 'whether', 'thus',
  'hence', 'therefore', 'via', 'per', 'etc', 'am', 'us', 'i', 'it\'s', 'onto', 'toward', 'towards',
  'among', 'amongst', 'across', 'along', 'around', 'every', 'either', 'neither', 'already', 'yet',
];

/** Lowercase English stopwords (natural's list plus modals and determiners). */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set([...naturalStopwords, ...EXTRA_EN]);

/**
 * The stopwords the word analysis leaves out of a translation's content words: ENGLISH_STOPWORDS less
 * 'said', which natural lists though not 'say' or 'says', and which renders 说, 表示 and 称. The
 * aligner keeps ENGLISH_STOPWORDS as its features were fitted with it.
 */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set([...ENGLISH_STOPWORDS].filter((w) => w !== 'said'));

// Words that appear in CC-CEDICT glosses as dictionary metalanguage, never as translations.
const GLOSS_METALANGUAGE = [
  'sb', 'sth', 'sb\'s', 'sth\'s', 'one\'s', 'oneself', 'etc', 'abbr', 'lit', 'fig', 'esp', 'pr', 'tw', 'prc',
  'coll', 'bound', 'form', 'used', 'variant', 'classifier', 'something', 'someone', 'somebody', 'one',
];

/** English stopwords plus CC-CEDICT gloss metalanguage ('sb', 'sth', 'lit', …), lowercase. */
export const GLOSS_STOPWORDS: ReadonlySet<string> = new Set([...ENGLISH_STOPWORDS, ...GLOSS_METALANGUAGE]);

/** Chinese function words: particles, conjunctions, prepositions, copulas and pronouns. */
export const CHINESE_STOPWORDS: ReadonlySet<string> = new Set([
  '的', '地', '得', '了', '着', '过', '和', '与', '及', '以及', '并', '并且', '而', '而且', '或', '或者',
  '在', '于', '对', '对于', '把', '被', '将', '向', '从', '自', '以', '为', '由', '给', '跟', '同', '按', '按照',
  '是', '有', '也', '都', '就', '又', '还', '等', '之', '其', '这', '那', '此', '该', '各', '每', '某',
  '这个', '那个', '这些', '那些', '我', '我们', '你', '你们', '他', '他们', '她', '它', '它们', '所', '所有',
  '吗', '呢', '吧', '啊', '嘛', '么', '个', '上', '中', '下', '内', '里', '即', '则', '但', '但是', '如', '如果',
  '因', '因为', '所以', '因此', '使', '让', '要', '会', '能', '可', '可以', '应', '应当', '应该', '已', '已经',
]);
