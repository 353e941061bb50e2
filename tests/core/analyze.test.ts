// The word analysis: which words of a pair are linked, and which are no evidence either way.
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/core/analyze/analyze';
import { zhFunctionStemsOf } from '../../src/core/analyze/lexical-match';
import { irregularBaseStem, stemEnglish } from '../../src/core/lexicon/tokenize-en';
import { withRealResources } from './checks/helpers';

const { ctxOf, res } = withRealResources();

/** The Chinese words of the one pair of the notation, as 'word+' (linked), 'word-' (unlinked) or 'word?' (no evidence). */
function zhWords(notation: string): string[] {
  const a = analyzeDocument(ctxOf(notation));
  return a.pairs[0]!.zh.map((w) => `${w.text}${!w.translatable ? '?' : w.linked ? '+' : '-'}`);
}

describe('irregularBaseStem', () => {
  it.each([
    ['said', stemEnglish('say')],
    ['thought', stemEnglish('think')],
    ['brought', stemEnglish('bring')],
    ['Held', stemEnglish('hold')],
  ])('%s → the stem of its base', (word, stem) => expect(irregularBaseStem(word)).toBe(stem));

  it.each(['says', 'promoted', 'Shenzhen', 'put'])('%s has none', (word) => expect(irregularBaseStem(word)).toBeNull());
});

describe('zhFunctionStemsOf', () => {
  it('keeps glosses made of function words alone', () => {
    expect(zhFunctionStemsOf('后', res().dictionary)).toContain(stemEnglish('after'));
    expect(zhFunctionStemsOf('更', res().dictionary)).toContain(stemEnglish('more'));
  });
  it('has none for a content word', () => expect(zhFunctionStemsOf('港口', res().dictionary)).toEqual([]));
});

describe('analyzeDocument: links and evidence', () => {
  it('links a reporting verb through its irregular past', () => {
    expect(zhWords('[他说这个港口很重要。|He said that the port was important.]')).toEqual(expect.arrayContaining(['说+', '港口+']));
  });

  it('counts words inside a number mention as no evidence', () => {
    const words = zhWords('[7月25日，三人参观了港口。|On July 25, three people visited the port.]');
    expect(words).toEqual(expect.arrayContaining(['港口+']));
    expect(words.filter((w) => /^(月|日|三人)/.test(w)).every((w) => w.endsWith('?'))).toBe(true);
  });

  it('counts a word the translation renders by a function word as no evidence', () => {
    expect(zhWords('[会议后，代表参观了港口。|After the meeting, the delegates visited the port.]')).toEqual(expect.arrayContaining(['后?', '港口+']));
  });

  it('still counts a word whose function-word rendering is missing', () => {
    expect(zhWords('[会议后，代表参观了港口。|The delegates visited the port.]')).toEqual(expect.arrayContaining(['后-']));
  });
});

describe('zhStemsOf: a place by its adjective of nationality', () => {
  it('links 美国 to "American" through the dictionary word for its people', () => {
    expect(zhWords('[美国官员访问了港口。|American officials visited the port.]')).toEqual(expect.arrayContaining(['美国+']));
  });
});
