// The entity check on foreign names: known only by a bare name, written by initials or said more often
// than written, and in the possessive.
import { describe, expect, it } from 'vitest';
import { entityMismatch } from '../../src/core/checks/entity-mismatch';
import { withRealResources } from './checks/helpers';

const { ctxOf } = withRealResources();

const majors = (notation: string) =>
  entityMismatch(ctxOf(notation)).filter((f) => f.severity !== 'minor').map((f) => [f.severity, f.evidence.map((e) => e.text)]);

describe('entityMismatch, a foreign name the dictionary knows only by its bare name', () => {
  it('flags a bare name (克拉科夫 "Krakow") in the place of an unrendered place', () => {
    expect(majors('[抗议的组织者之一莱姆帕特在华沙举行的抗议游行中说。|Lempart, one of the organizers of the protest, said during a protest march in Krakow.]'))
      .toEqual([['major', ['华沙', 'Krakow']]]);
  });

  it.each([
    // The Chinese names it: nothing foreign.
    ['the bare name the original also holds', '[抗议者在华沙和克拉科夫游行。|Protesters marched in Krakow.]'],
    // A bare name pairs only with a place, not a country: 'the embassy in London' for 驻英国使馆 is common.
    ['a bare name beside an unrendered country', '[抗议者在波兰各地游行。|Protesters marched in Krakow.]'],
    // Two bare names and one place: more names than gaps is added detail, not a swap.
    ['more bare names than unrendered places', '[抗议者在华沙游行。|Protesters marched in Krakow and Leeds.]'],
  ])('does not flag %s', (_name, notation) => {
    expect(majors(notation)).toEqual([]);
  });
});

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

describe('entityMismatch, a foreign name in the possessive', () => {
  it('flags a country written with its possessive in the place of an unrendered one', () => {
    expect(majors("[针对英国做出的决定，西班牙外交部周日表示，该国疫情得到控制。|In response to the UK's decision, Portugal's Ministry of Foreign Affairs said on Sunday that the country's epidemic was under control.]"))
      .toEqual([['major', ['西班牙', 'Portugal']]]);
  });

  it('does not flag the possessive of a name the original holds', () => {
    expect(majors("[针对英国做出的决定，西班牙外交部周日表示，该国疫情得到控制。|In response to the UK's decision, Spain's Ministry of Foreign Affairs said on Sunday that the country's epidemic was under control.]")).toEqual([]);
  });
});
