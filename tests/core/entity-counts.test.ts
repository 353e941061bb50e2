import { describe, expect, it } from 'vitest';
import { entityMismatch } from '../../src/core/checks/entity-mismatch';
import { withRealResources } from './checks/helpers';

const { ctxOf } = withRealResources();

const majors = (notation: string) =>
  entityMismatch(ctxOf(notation)).filter((f) => f.severity !== 'minor').map((f) => [f.severity, f.evidence.map((e) => e.text)]);

describe('entityMismatch, names written by initials and names said more often than written', () => {
  it('flags a country said twice and written once, beside a country the original never names', () => {
    expect(majors("[英国发布隔离措施前，挪威也已宣布从西班牙返回挪威的人要进行为期10天的隔离。|Prior to the UK's announcement of the new quarantine measures, Sweden also announced that people traveling to Norway from Spain would need to isolate for 10 days.]"))
      .toEqual([['major', ['挪威', 'Sweden']]]);
  });

  it.each([
    // 'UK' is the initials of 英国's name, 'United Kingdom': 英国 is rendered, not a gap for 'Italy'.
    ['a country written by its initials', '[英国决定将西班牙从名单中移除，西班牙表示安全。|The UK removed Spain from the list; Spain said it was safe, unlike Italy.]'],
    // Said twice, written twice: once by a demonym ('Chinese'), once by its name.
    ['a name said twice and written by a demonym and by name', '[中国驻英国使馆表示，中国反对攻击。|The Chinese Embassy in the UK said that China opposed attacks, as reported by Xinhua.]'],
  ])('does not flag %s', (_name, notation) => {
    expect(majors(notation)).toEqual([]);
  });
});
