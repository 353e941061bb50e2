import { describe, expect, it } from 'vitest';
import { untranslatedText } from '../../../src/core/checks/untranslated-text';
import { goldContext, pairsFrom, rawText } from './helpers';

describe('untranslatedText', () => {
  it.each([
    ['a Chinese sentence left as is', '[支持深圳盐田港加大探索力度。|支持深圳盐田港加大探索力度。]', 'major', '支持深圳盐田港加大探索力度。'],
    ['a Chinese sentence in the English side', '[支持深圳盐田港加大探索力度。|支持深圳盐田港加大探索力度，the port.]', 'major', '支持深圳盐田港加大探索力度，the port.'],
    ['a Chinese phrase inside English', '[在便利通关等方面支持盐田港。|Support 盐田港 in customs clearance.]', 'major', '盐田港'],
    ['a term kept in brackets', '[户口改革。|Reform of the Hukou (户口) system.]', 'minor', '户口'],
    ['a term followed by its gloss', '[户口改革。|Reform of the 户口 (household registration) system.]', 'minor', '户口'],
    [
      'an English sentence left in a Chinese translation',
      '[Support Yantian Port in customs clearance.|Support Yantian Port in customs clearance.]',
      'major',
      'Support Yantian Port in customs clearance.',
    ],
    [
      'an English clause inside Chinese',
      '[Support the port and improve customs clearance.|支持盐田港，and improve customs clearance for the port。]',
      'major',
      'and improve customs clearance for the port',
    ],
  ])('flags %s', (_name, notation, severity, evidence) => {
    const ctx = pairsFrom(notation, { zhSide: /^\[[A-Z]/.test(notation) ? 'target' : 'source' });
    const flags = untranslatedText(ctx);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ type: 'untranslated', severity, source: ['s1'], target: ['t1'] });
    expect(flags[0].evidence.map((e) => rawText(ctx, e.side).slice(e.start, e.end))).toEqual([evidence]);
  });

  it.each([
    ['a plain translation', '[支持深圳。|Support Shenzhen.]', 'source'],
    ['a number-only segment', '[2024|2024]', 'source'],
    ['an acronym kept', '[WTO|WTO]', 'target'],
    ['a name and an acronym in Chinese', '[The Hong Kong Stock Exchange (HKEX) lists.|香港联合交易所（Hong Kong Stock Exchange, HKEX）上市。]', 'target'],
    ['a URL in Chinese', '[See https://example.com/a/b for more.|详见https://example.com/a/b。]', 'target'],
    ['an English title in Chinese', '[The Law on the Protection of Consumer Rights.|《Law on the Protection of Consumer Rights》。]', 'target'],
    ['Chinese punctuation only', '[深圳。|Shenzhen。]', 'source'],
  ] as const)('does not flag %s', (_name, notation, zhSide) => {
    expect(untranslatedText(pairsFrom(notation, { zhSide }))).toEqual([]);
  });

  it('raises no major or critical flag on the seed pair', () => {
    const flags = untranslatedText(goldContext());
    expect(flags.filter((f) => f.severity === 'major' || f.severity === 'critical')).toEqual([]);
    expect(flags).toEqual([]);
  });
});
