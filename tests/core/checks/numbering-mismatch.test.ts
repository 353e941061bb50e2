import { describe, expect, it } from 'vitest';
import { numberingMismatch } from '../../../src/core/checks/numbering-mismatch';
import { goldContext, pairsFrom, rawText } from './helpers';

const summary = (notation: string) =>
  numberingMismatch(pairsFrom(notation)).map((f) => `${f.severity}: ${f.message}${f.suggestion ? ` → ${f.suggestion}` : ''}`);

describe('numberingMismatch', () => {
  it.each([
    [
      'item (七) translated as (6)',
      '[（六）甲。|(6) A.] [（七）乙。|(6) B.]',
      ['major: Item （七） of the original is numbered (6) in the translation. → (7)', 'major: The translation goes from (6) to (6): number repeated. → (7)'],
    ],
    [
      'a heading number skipped in the translation',
      '[一、甲|I. A] [二、乙|III. B]',
      ['major: Item 二、 of the original is numbered III. in the translation. → II.', 'major: The translation goes from I. to III.: number skipped. → II.'],
    ],
    [
      'a number the original itself skips',
      '[（一）甲。|(1) A.] [（三）乙。|(3) B.]',
      ['minor: Both sides go from （一） to （三）: the original\'s numbering is skipped and the translation follows it.'],
    ],
    [
      'a label dropped in the translation',
      '[（一）甲。|(1) A.] [（二）乙。|B.]',
      // A missing label is absence, not contradiction: minor.
      ['minor: Item （二） of the original has no number in the translation. → (2)', 'minor: The original has 2 numbered items here (（一）…（二）), the translation 1.'],
    ],
    [
      'a list of five items against four',
      '[1. 甲¦2. 乙¦3. 丙¦4. 丁¦5. 戊|1. A¦2. B¦3. C¦4. D and E]',
      ['minor: The original has 5 numbered items here (1.…5.), the translation 4.'],
    ],
    [
      'an English original whose (7) became （六）',
      '[(7) Promote trade.|（六）推动贸易。]',
      ['major: Item (7) of the original is numbered （六） in the translation. → （七）'],
    ],
  ])('flags %s', (_name, notation, expected) => {
    expect(summary(notation)).toEqual(expected);
  });

  it.each([
    ['matching items across styles', '[（六）甲。|(6) A.] [（七）乙。|(7) B.]'],
    ['parts in Chinese and Roman numerals', '[四、甲|IV. A] [五、乙|V. B]'],
    ['a list that restarts at 1', '[1. 甲¦2. 乙|1. A¦2. B] [1. 丙|1. C]'],
    ['sentences without labels', '[甲。|A.] [乙。|B.]'],
    ['a year at the start of a sentence', '[2024年是关键一年。|2024 is a key year.]'],
    ['a decimal at the start of a sentence', '[1.4万人参加。|1.4 million people attended.]'],
  ])('does not flag %s', (_name, notation) => {
    expect(numberingMismatch(pairsFrom(notation))).toEqual([]);
  });

  it('points evidence at the labels in the raw text', () => {
    const ctx = pairsFrom('[（七）乙。|(6) B.]');
    const [flag] = numberingMismatch(ctx);
    expect(flag.evidence.map((e) => rawText(ctx, e.side).slice(e.start, e.end))).toEqual(['（七）', '(6)']);
  });

  it('raises no major or critical flag on the seed pair', () => {
    const flags = numberingMismatch(goldContext());
    expect(flags.filter((f) => f.severity === 'major' || f.severity === 'critical')).toEqual([]);
    expect(flags).toEqual([]);
  });
});
