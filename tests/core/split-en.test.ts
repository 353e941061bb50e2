import { describe, expect, it } from 'vitest';
import { splitEnglishSentences } from '../../src/core/segment/split-en';

// Sentences written as one string with '|' at each expected boundary.
function split(text: string): string {
  return splitEnglishSentences(text).map(([a, b]) => text.slice(a, b)).join('|');
}

describe('splitEnglishSentences', () => {
  it.each([
    ['plain sentences', 'Deepen green finance reforms. Support insurance funds! Why not?', 'Deepen green finance reforms.|Support insurance funds!|Why not?'],
    [
      'closing quote running into the next sentence',
      'Reinforce their role to act as "problem setters."Explore market-oriented salary systems.',
      'Reinforce their role to act as "problem setters."|Explore market-oriented salary systems.',
    ],
    ['closing quote then space', 'He said "Stop." Then he left.', 'He said "Stop."|Then he left.'],
    ['curly quotes', 'They called it “the engine.” It worked.', 'They called it “the engine.”|It worked.'],
    ['closing bracket', 'It rose (see the annex.) Then it fell.', 'It rose (see the annex.)|Then it fell.'],
    ['e.g.', 'Use tools, e.g. hammers and saws. Next.', 'Use tools, e.g. hammers and saws.|Next.'],
    ['e.g. before a capital', 'Use cities, e.g. Shenzhen and Zhuhai. Next.', 'Use cities, e.g. Shenzhen and Zhuhai.|Next.'],
    ['i.e.', 'The pilot, i.e. the first batch, ended. Next.', 'The pilot, i.e. the first batch, ended.|Next.'],
    ['U.S. policy', 'U.S. policy is clear. The U.S. Department agreed.', 'U.S. policy is clear.|The U.S. Department agreed.'],
    ['No. 5', 'See No. 5 of the list. Then No. 6.', 'See No. 5 of the list.|Then No. 6.'],
    ['Art. and Fig.', 'Under Art. 12 and Fig. 3 it holds. Done.', 'Under Art. 12 and Fig. 3 it holds.|Done.'],
    ['decimals', 'Growth was 3.5 percent. It was 1,234.56 yuan.', 'Growth was 3.5 percent.|It was 1,234.56 yuan.'],
    ['initials', 'J. K. Rowling wrote it. John F. Kennedy spoke.', 'J. K. Rowling wrote it.|John F. Kennedy spoke.'],
    ['a lone capital before a sentence starter', 'We had Plan B. The plan failed.', 'We had Plan B.|The plan failed.'],
    ['titles', 'Mr. Smith met Dr. Jones. They talked.', 'Mr. Smith met Dr. Jones.|They talked.'],
    ['etc. inside a sentence', 'Finance, data, etc., were covered. Next.', 'Finance, data, etc., were covered.|Next.'],
    ['etc. ending a sentence', 'Apples, pears, etc. The end.', 'Apples, pears, etc.|The end.'],
    ['company names', 'Acme Co. Ltd. signed. Acme Inc. The deal closed.', 'Acme Co. Ltd. signed.|Acme Inc.|The deal closed.'],
    ['a word ending like an abbreviation', 'It is art. Start. Go.', 'It is art.|Start.|Go.'],
    ['months', 'On Aug. 30 the Opinions were issued. Then more.', 'On Aug. 30 the Opinions were issued.|Then more.'],
    ['URLs and e-mail', 'Visit www.example.com today. Mail lemonzhao@smm.cn now.', 'Visit www.example.com today.|Mail lemonzhao@smm.cn now.'],
    ['ellipsis', 'Wait... Then go. And so on… Finally.', 'Wait...|Then go.|And so on…|Finally.'],
    ['ellipsis before lower case', 'It was... fine.', 'It was... fine.'],
    ['line breaks end sentences', 'Title line\nFirst sentence. Second.', 'Title line|First sentence.|Second.'],
    ['no terminal', 'No terminal here', 'No terminal here'],
    ['whitespace trimmed', '  One.   Two.  ', 'One.|Two.'],
  ])('%s', (_name, text, expected) => expect(split(text)).toBe(expected));

  it.each(['', '   ', '\n'])('blank text %j yields no sentence', (text) => {
    expect(splitEnglishSentences(text)).toEqual([]);
  });

  it('maps sentences back to UTF-16 offsets past astral characters', () => {
    const text = 'Smile 😀 please. Next one.';
    expect(splitEnglishSentences(text)).toEqual([[0, 16], [17, 26]]);
  });

  it('keeps placeholder-like text intact', () => {
    const text = 'Odd {{DELIM_0}} text. {{NUMBER_1}} more.';
    const ranges = splitEnglishSentences(text);
    expect(ranges.length).toBeGreaterThan(0);
    expect(ranges[0][0]).toBe(0);
    expect(ranges[ranges.length - 1][1]).toBe(text.length);
  });

  it('splits a very long paragraph into the same sentences as its parts', () => {
    const sentence = 'Deepen reform and expand opening up from a higher starting point, at a higher level. ';
    const text = sentence.repeat(200).trim();
    const ranges = splitEnglishSentences(text);
    expect(ranges).toHaveLength(200);
    expect(new Set(ranges.map(([a, b]) => text.slice(a, b))).size).toBe(1);
  });
});
