import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkWords, trainTranslationModel, type TranslationModel } from '../../src/core/lexicon/translation-model';

const ZH = ['改革', '试点', '综合', '开放', '合作', '区域', '发展', '湾区'];
const EN = ['reform', 'pilot', 'comprehens', 'open', 'cooper', 'region', 'develop', 'bay', 'area', 'great'];

function everything(model: TranslationModel) {
  return {
    prob: ZH.map((z) => EN.map((e) => model.prob(z, e))),
    nullProb: EN.map((e) => model.nullProb(e)),
    inPrior: ZH.map((z) => EN.map((e) => model.inPrior(z, e))),
    support: ZH.map((z) => EN.map((e) => model.support(z, e))),
    // The flat model links over its own tables (`links`), the Map model through prob, inPrior and support.
    links: [ZH, ZH.slice(2), [...ZH].reverse(), ['', '未知', ...ZH]].map((zh) => [EN, EN.slice(3), [...EN, 'unknown', 'bay']].map((en) => linkWords(model, zh, en))),
  };
}

describe('trainTranslationModel', () => {
  it('learns a rendering the dictionary lacks from the document, and keeps the dictionary rendering', () => {
    const pairs = [
      { zh: ['改革', '试点'], en: ['reform', 'pilot'] },
      { zh: ['改革', '开放'], en: ['reform', 'open'] },
      { zh: ['试点', '区域'], en: ['pilot', 'region'] },
      { zh: ['改革'], en: ['reform'] },
    ];
    const model = trainTranslationModel(pairs, (z) => (z === '改革' ? ['reform'] : []));
    expect(model.prob('改革', 'reform')).toBeGreaterThan(0.5);
    expect(model.prob('试点', 'pilot')).toBeGreaterThan(model.prob('试点', 'reform'));
    expect(model.inPrior('改革', 'reform')).toBe(true);
    expect(model.support('试点', 'pilot')).toBe(2);
  });

  it('probs gives prob word by word, unknown words and the empty (NULL) word included', () => {
    const pairs = [
      { zh: ['改革', '试点'], en: ['reform', 'pilot'] },
      { zh: ['改革', '开放'], en: ['reform', 'open'] },
    ];
    const model = trainTranslationModel(pairs, (z) => (z === '改革' ? ['reform'] : []));
    const zh = ['改革', '试点', '未知', '', '开放'];
    const en = ['reform', 'pilot', 'unknown', 'open', ''];
    const matrix = model.probs!(zh, en);
    expect(matrix).toEqual(zh.map((z) => en.map((e) => model.prob(z, e))));
    expect(matrix[0][0]).toBeGreaterThan(0.5);
  });

  it('the flat EM equals the Map EM bit for bit, on random documents and priors', () => {
    const pair = fc.record({
      zh: fc.array(fc.constantFrom(...ZH), { minLength: 0, maxLength: 6 }),
      en: fc.array(fc.constantFrom(...EN), { minLength: 0, maxLength: 8 }),
    });
    const priors = fc.array(fc.subarray(EN, { maxLength: 4 }), { minLength: ZH.length, maxLength: ZH.length });
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 30 }), priors, fc.integer({ min: 0, max: 6 }), (pairs, prior, iterations) => {
        const priorOf = (z: string) => prior[ZH.indexOf(z)] ?? [];
        const flat = trainTranslationModel(pairs, priorOf, iterations);
        const maps = trainTranslationModel(pairs, priorOf, iterations, true);
        expect(everything(flat)).toStrictEqual(everything(maps));
      }),
      { numRuns: 300 },
    );
  });
});
