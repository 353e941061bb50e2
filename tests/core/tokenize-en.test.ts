import { describe, expect, it } from 'vitest';
import { stemEnglish, tokenizeEnglish, type Token } from '../../src/core/lexicon/tokenize-en';

/** 'text/kind/norm' per token, a compact notation for the tables below. */
function show(tokens: Token[]): string {
  return tokens.map((t) => `${t.text}/${t.kind}/${t.norm}`).join(' ');
}

describe('tokenizeEnglish', () => {
  it.each([
    ['', ''],
    ['Promote growth.', 'Promote/word/promot growth/word/growth ./punct/.'],
    ['We visited Hong Kong.', 'We/word/we visited/word/visit Hong/latin-name/hong Kong/latin-name/kong ./punct/.'],
    ['It rose 1,000 units (3.5%).', 'It/word/it rose/word/rose 1,000/number/1000 units/word/unit (/punct/( 3.5/number/3.5 %/punct/% )/punct/) ./punct/.'],
    ['the 14th plan', 'the/word/the 14th/number/14 plan/word/plan'],
    ['in 2020, 2021', 'in/word/in 2020/number/2020 ,/punct/, 2021/number/2021'],
    ['a Five-Year Plan', 'a/word/a Five-Year/latin-name/five-year Five/latin-name/five Year/latin-name/year Plan/latin-name/plan'],
    ['CIM and ESS', 'CIM/latin-name/cim and/word/and ESS/latin-name/ess'],
    ['more R&D', 'more/word/more R&D/latin-name/r&d'],
    ['Shenzhen’s plan', 'Shenzhen’s/word/shenzhen plan/word/plan'],
    ['Done. “Reform” began', 'Done/word/done ./punct/. “/punct/“ Reform/word/reform ”/punct/” began/word/began'],
    ['Done\n\nReform began', 'Done/word/done Reform/word/reform began/word/began'],
    ['then Reform began', 'then/word/then Reform/latin-name/reform began/word/began'],
  ])('%j', (text, expected) => {
    expect(show(tokenizeEnglish(text))).toBe(expected);
  });

  it.each([
    'Emoji 😀 and astral 𠀀 text, 1,234.5 units; well-being.',
    '  \n\n###***',
    'naïve café — résumé ‐ co‐operate',
  ])('offsets index the text exactly: %j', (text) => {
    for (const t of tokenizeEnglish(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('keeps an astral character as one punct token', () => {
    expect(tokenizeEnglish('a😀b').map((t) => [t.text, t.start, t.end])).toEqual([
      ['a', 0, 1],
      ['😀', 1, 3],
      ['b', 3, 4],
    ]);
  });

  it('yields hyphen parts inside the compound', () => {
    expect(tokenizeEnglish('x well-being').map((t) => [t.text, t.start, t.end])).toEqual([
      ['x', 0, 1],
      ['well-being', 2, 12],
      ['well', 2, 6],
      ['being', 7, 12],
    ]);
  });
});

describe('stemEnglish', () => {
  it.each([
    [['promote', 'promotes', 'promoted', 'promoting', 'promotion', 'Promotion']],
    [['develop', 'developed', 'development', 'developments']],
    [['policy', 'policies']],
    [['city', 'cities']],
    [['analysis', 'analyses']],
    [['criterion', 'criteria']],
    [['child', 'children']],
    [['Shenzhen', 'Shenzhen’s', "Shenzhen's"]],
  ])('%j share one stem', (forms) => {
    expect(new Set(forms.map(stemEnglish)).size).toBe(1);
  });

  it.each([['', ''], ['1000', '1000'], ['co-operate', 'co-operate']])('leaves %j as %j', (word, stem) => {
    expect(stemEnglish(word)).toBe(stem);
  });
});
