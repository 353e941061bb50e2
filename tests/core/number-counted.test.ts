import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeResources, type NodeResources } from '../../src/cli/resources';
import { numberMismatch } from '../../src/core/checks/number-mismatch';
import { pairsFrom } from './checks/helpers';

let res: NodeResources;
beforeAll(async () => { res = await loadNodeResources(); }, 60_000);
const flagsOf = (notation: string) =>
  numberMismatch({ ...pairsFrom(notation, { dictionary: res.dictionary }), zh: res.zh }).map((f) => [f.severity, f.evidence.map((e) => e.text)]);

describe('one of a thing against a firm count of it', () => {
  it.each([
    // 一批 governs what the English counts: one batch is not three cohorts of the same people.
    ['[培育一批掌握硬科技的创新创业人才。|Nurture three cohorts of innovation-driven entrepreneurs mastering cutting-edge technologies.]', ['一批', 'three']],
    // 独 'single' of 独任制 stands beside 法官 'judge': a single judge is not three judges.
    ['[探索简易执行异议案件法官独任制办理。|Explore the handling of simple enforcement objection cases by a panel of three judges.]', ['独任制', 'three']],
    // 一批's phrase ends where the next number starts: 21 is set against 12个, not against 一批.
    ['[将一批急需的物资送到了12个隔离点的工作人员手中。|Sent a batch of urgently needed supplies to the staff of the 21 isolation sites.]', ['12个', '21']],
  ])('flags %s', (notation, evidence) => {
    expect(flagsOf(notation)).toEqual([['major', evidence]]);
  });

  it.each([
    '[培育一批掌握硬科技的创新创业人才。|Nurture a cohort of innovation-driven entrepreneurs mastering cutting-edge technologies.]',
    // An approximation is a reading of 一批, not a contradiction.
    '[落地一批创新试验。|Implement dozens of innovative experiments.]',
    '[探索简易执行异议案件法官独任制办理。|Explore the handling of simple enforcement objection cases by a single judge.]',
    // 一 'one; single' of a word the reader leaves alone is a numeral, not a word glossed single.
    '[桌上放着碗筷，四菜一汤，没人动过。|Bowls and chopsticks had been laid, four dishes and a soup, all untouched.]',
    '[将一批急需的物资送到了12个隔离点的工作人员手中。|Sent a batch of urgently needed supplies to the staff of the 12 isolation sites.]',
  ])('leaves %s alone', (notation) => {
    expect(flagsOf(notation)).toEqual([]);
  });
});
