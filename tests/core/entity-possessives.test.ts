import { describe, expect, it } from 'vitest';
import { entityMismatch } from '../../src/core/checks/entity-mismatch';
import { withRealResources } from './checks/helpers';

const { ctxOf } = withRealResources();

const majors = (notation: string) =>
  entityMismatch(ctxOf(notation)).filter((f) => f.severity !== 'minor').map((f) => [f.severity, f.evidence.map((e) => e.text)]);

describe('entityMismatch, a foreign name in the possessive', () => {
  it('flags a country written with its possessive in the place of an unrendered one', () => {
    expect(majors("[针对英国做出的决定，西班牙外交部周日表示，该国疫情得到控制。|In response to the UK's decision, Portugal's Ministry of Foreign Affairs said on Sunday that the country's epidemic was under control.]"))
      .toEqual([['major', ['西班牙', 'Portugal']]]);
  });

  it('does not flag the possessive of a name the original holds', () => {
    expect(majors("[针对英国做出的决定，西班牙外交部周日表示，该国疫情得到控制。|In response to the UK's decision, Spain's Ministry of Foreign Affairs said on Sunday that the country's epidemic was under control.]")).toEqual([]);
  });
});
