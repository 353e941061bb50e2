import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../../src/core/lexicon/glossary';

describe('parseGlossary', () => {
  it.each([
    ['plain line', '盐田港,Yantian Port', [{ zh: '盐田港', en: 'Yantian Port' }]],
    ['quoted English with a comma', '粤港澳大湾区,"Guangdong-Hong Kong-Macao Greater Bay Area, the"', [
      { zh: '粤港澳大湾区', en: 'Guangdong-Hong Kong-Macao Greater Bay Area, the' },
    ]],
    ['escaped quote', '出题人,"""question setter"""', [{ zh: '出题人', en: '"question setter"' }]],
    ['header, comment, blank line, CRLF', 'Chinese,English\r\n# terms\r\n\r\n深圳,Shenzhen\r\n', [{ zh: '深圳', en: 'Shenzhen' }]],
    ['BOM and surrounding spaces', '\uFEFF 香港 , Hong Kong ', [{ zh: '香港', en: 'Hong Kong' }]],
    ['tab separated', '广东省\tGuangdong Province', [{ zh: '广东省', en: 'Guangdong Province' }]],
    ['full-width comma', '中共，CPC', [{ zh: '中共', en: 'CPC' }]],
    ['columns swapped', 'Hong Kong,香港', [{ zh: '香港', en: 'Hong Kong' }]],
    ['trailing comma', '深圳,Shenzhen,', [{ zh: '深圳', en: 'Shenzhen' }]],
    ['duplicate with same rendering', '深圳,Shenzhen\n深圳,shenzhen', [{ zh: '深圳', en: 'Shenzhen' }]],
    ['empty text', '', []],
  ])('%s', (_name, text, entries) => {
    const parsed = parseGlossary(text);
    expect(parsed.entries).toEqual(entries);
    expect(parsed.problems).toEqual([]);
  });

  it.each([
    ['one column', '深圳', /Expected 2 columns/],
    ['three columns', '深圳,Shenzhen,City', /found 3/],
    ['unbalanced quote', '深圳,"Shenzhen', /Unbalanced quotes/],
    ['empty English', '深圳,  ', /English term is empty/],
    ['no Chinese at all', 'Shenzhen,City', /contains no Chinese/],
    ['Chinese in both columns', '深圳,深圳市', /contains Chinese characters/],
  ])('reports %s as a problem, not an exception', (_name, text, message) => {
    const parsed = parseGlossary(`香港,Hong Kong\n${text}`);
    expect(parsed.entries).toEqual([{ zh: '香港', en: 'Hong Kong' }]);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0].line).toBe(2);
    expect(parsed.problems[0].text).toBe(text);
    expect(parsed.problems[0].message).toMatch(message);
  });

  it('keeps the first of two conflicting renderings and says so', () => {
    const parsed = parseGlossary('深圳,Shenzhen\n深圳,Shenchen');
    expect(parsed.entries).toEqual([{ zh: '深圳', en: 'Shenzhen' }]);
    expect(parsed.problems[0]).toMatchObject({ line: 2, message: expect.stringContaining('"Shenzhen"') });
  });
});
