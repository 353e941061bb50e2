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
