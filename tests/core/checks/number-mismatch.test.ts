import { describe, expect, it } from 'vitest';
import { numberMismatch } from '../../../src/core/checks/number-mismatch';
import { loadNodeResources } from '../../../src/cli/resources';
import { goldContext, pairsFrom, rawText } from './helpers';

describe('numberMismatch', () => {
  it.each([
    ['[到2035年基本实现。|Basically achieved by 2030.]', 'major', '2035'],
    ['[增长百分之五。|Grew by 6%.]', 'major', '5%'],
    ['[（2024年8月30日）|(August 31, 2024)]', 'major', 'August 30, 2024'],
    ['[投资4万亿元。|An investment of 4 billion yuan.]', 'major', '4 trillion'],
    ['[208万人参加。|2.8 million people took part.]', 'major', '2.08 million'],
    ['[三分之一的企业。|One quarter of the enterprises.]', 'major', '1/3'],
    ['[三分之一的企业，5家。|One quarter of the enterprises.]', 'major', undefined],
    ['[涉及三个方面。|It covers two aspects.]', 'minor', '3'],
    ['[党的十九大。|The 20th CPC National Congress.]', 'major', '19th'],
    ['[Grew by 5% in 2023.|2023年增长6%。]', 'major', '5%'],
    // A changed ordinal or unit count is a substitution, however small the numbers.
    ['[二十届二中、三中全会。|The Second and Fourth Plenary Sessions of the 20th Central Committee.]', 'major', '3rd'],
    ['[第三批试点。|The fourth batch of pilots.]', 'major', '3rd'],
    ['[三维模型成果。|2D model outcomes.]', 'major', '3'],
    // A bare day after a dated day is a day of that month.
    ['[7月17和7月22日下达资金。|Funds were released on July 17 and 23.]', 'major', 'July 22'],
    // Two bounds of one direction and unit say their values: 'more than one hour' is not 'more than two hours'.
    ['[每天运动一小时以上。|Exercise more than two hours a day.]', 'major', '1'],
    ['[超过30%的企业。|At least 40% of the enterprises.]', 'major', '30%'],
    // A count of people is no measure: English names what it counts instead of a unit word.
    ['[为704名一线职工购买物资。|Purchased supplies for 740 frontline workers.]', 'major', '704'],
    // A range's unit is written once, after its second figure.
    ['[高温作业人员每天喝3升至5升水。|Workers in the heat drink 2-3L per day.]', 'major', '5'],
    // Euros, yen, pounds sterling and Hong Kong dollars are units on the English side too.
    ['[面临15万欧元的罚款。|Faces a fine of 15000 euros.]', 'major', '150,000'],
    // A bound reaches over the verb before the figure: 至少要有3年 is 'at least three years'.
    ['[复原工作至少要有3年。|The restoration will take at least five years.]', 'major', '3'],
  ])('flags %s', (notation, severity, suggestion) => {
    const flags = numberMismatch(pairsFrom(notation));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ type: 'number', severity, source: ['s1'], target: ['t1'] });
    expect(flags[0].suggestion).toBe(suggestion);
  });

  it('counts a number inside an English compound in the thing the Chinese measure names (座 seat: 两座 ≠ four-seater)', async () => {
    const { dictionary } = await loadNodeResources();
    const flags = numberMismatch(pairsFrom('[一架两座小型飞机。|A four-seater small plane.]', { dictionary }));
    expect(flags.map((f) => [f.severity, f.evidence.map((e) => e.text)])).toEqual([['major', ['两座', 'four']]]);
    expect(numberMismatch(pairsFrom('[一架两座小型飞机。|A two-seater small plane.]', { dictionary }))).toEqual([]);
    // The counted word may follow the number as well as be fused to it: 两头 'two ends' ≠ 'three ends'.
    const ends = numberMismatch(pairsFrom('[“两头在外”保税维修。|"Three ends abroad" bonded maintenance.]', { dictionary }));
    expect(ends.map((f) => [f.severity, f.evidence.map((e) => e.text)])).toEqual([['major', ['两头', 'Three']]]);
  }, 60_000);

  it.each([
    ['[面临15万欧元的罚款。|Faces a fine of 150,000 euros.]'],
    ['[复原工作至少要有3年。|The restoration will take at least three years.]'],
  ])('leaves %s alone', async (notation) => {
    expect(numberMismatch(pairsFrom(notation))).toEqual([]);
  });

  it('reads listed ordinals as numbers (First and Second), unexplained by a stray 一 or a loose 一批', async () => {
    const { dictionary } = await loadNodeResources();
    const zh = '深入贯彻二十届二中、三中全会精神，统一推出一批改革措施。';
    const of = (en: string) => numberMismatch(pairsFrom(`[${zh}|${en}]`, { dictionary }));
    expect(of('Implement the spirit of the First and Second Plenary Sessions of the 20th Central Committee, and introduce a batch of reform measures in a unified way.').map((f) => [f.severity, f.evidence.map((e) => e.text)])).toEqual([['major', ['三', 'First']]]);
    expect(of('Implement the spirit of the Second and Third Plenary Sessions of the 20th Central Committee, and introduce a batch of reform measures in a unified way.')).toEqual([]);
  }, 60_000);

  it('counts 一 and a classifier in what the classifier counts (批 batches: 一批 ≠ two batches)', async () => {
    const { dictionary } = await loadNodeResources();
    const of = (en: string) => numberMismatch(pairsFrom(`[再推出一批改革措施。|${en}]`, { dictionary }));
    expect(of('Introduce two batches of reform measures.').map((f) => [f.severity, f.evidence.map((e) => e.text)])).toEqual([['major', ['一批', 'two']]]);
    expect(of('Introduce another batch of reform measures.')).toEqual([]);
    expect(of('Introduce one more batch of reform measures.')).toEqual([]);
  }, 60_000);

  it('pairs numbers of one dimension before a count stands in for another (二中 with Second, not with the two of two batches)', async () => {
    const { dictionary } = await loadNodeResources();
    const flags = numberMismatch(pairsFrom('[深入贯彻二十届二中、三中全会精神，再推出一批改革措施。|Implement the spirit of the Second and Third Plenary Sessions of the 20th Central Committee, and introduce two batches of reform measures.]', { dictionary }));
    expect(flags.map((f) => [f.severity, f.evidence.map((e) => e.text)])).toEqual([['major', ['一批', 'two']]]);
    // A date's day pairs with the date, not with a clock's minutes: no 7月13日 left over.
    expect(numberMismatch(pairsFrom('[黄某某曾于7月13日17时07分通过检查站。|Huang had passed the checkpoint at 17:07 on July 13.]', { dictionary }))).toEqual([]);
  }, 60_000);

  it('reads the number of a Chinese word from its gloss when the English writes it as a compound (一站式 one-stop ≠ two-stop)', async () => {
    const res = await loadNodeResources();
    const ctx = (en: string) => ({ ...pairsFrom(`[建立“一站式”纠纷解决机制。|${en}]`, { dictionary: res.dictionary }), zh: res.zh });
    const flags = numberMismatch(ctx('Establish a "two-stop" dispute resolution mechanism.'));
    expect(flags.map((f) => [f.severity, f.evidence.map((e) => e.text)])).toEqual([['major', ['一站式', 'two']]]);
    expect(numberMismatch(ctx('Establish a "one-stop" dispute resolution mechanism.'))).toEqual([]);
    // A word the dictionary lacks reads through its dictionary words: 立体化 → 立体 'three-dimensional'.
    const solid = (en: string) => numberMismatch({ ...pairsFrom(`[试行不动产立体化登记。|${en}]`, { dictionary: res.dictionary }), zh: res.zh });
    expect(solid('Pilot two-dimensional registration of real estate.').map((f) => f.severity)).toEqual(['major']);
    expect(solid('Pilot three-dimensional registration of real estate.')).toEqual([]);
  }, 60_000);

  it.each([
    '[深入贯彻党的二十大和二十届二中、三中全会精神。|Implement the spirit of the 20th CPC National Congress and the Second and Third Plenary Sessions of the 20th CPC Central Committee.]',
    '[（2024年8月30日）|(August 30, 2024)]',
    '[（2024年8月30日）|(30 August 2024)]',
    '[增长百分之五。|Grew by 5%.]',
    '[投资4万亿元。|An investment of 4 trillion yuan.]',
    '[1.4万家企业。|14,000 enterprises.]',
    '[208万人。|2.08 million people.]',
    '[每万元GDP能耗。|Energy use per ten thousand yuan of GDP.]',
    '[面积三分之一。|One third of the area.]',
    '[第十四个五年规划。|The 14th Five-Year Plan.]',
    '[“十四五”规划。|The 14th Five-Year Plan.]',
    '[再推出一批改革措施。|Introduce another batch of reform measures.]',
    '[建立“一站式”机制。|Establish a one-stop mechanism.]',
    '[首次举办。|Held for the first time.]',
    '[（七）推动货物贸易优化升级。|(7) Promote the optimization and upgrading of goods trade.]',
    '[（七）推动货物贸易。|Promote goods trade.]',
    '[“两头在外”保税维修。|"Two ends abroad" bonded maintenance.]',
    '[两岸交流。|Cross-Strait exchanges in both directions.]',
    '[二十国集团峰会。|The G20 summit.]',
    '[三维模型。|3D models.]',
    '[三维模型。|Three-dimensional models.]',
    '[二维码支付。|QR code payments.]',
    '[不动产立体化登记。|Three-dimensional registration of real estate.]',
    '[第二批试点。|The second batch of pilots.]',
    '[在全国一盘棋中。|In the national overall plan.]',
    '[统一登记一体化管理。|Unified registration and integrated management.]',
    '[For queries, contact lemonzhao@smm.cn|如有疑问，请联系lemonzhao@smm.cn]',
    '[甲。|]',
    '[每天运动一小时以上。|Exercise more than an hour a day.]',
    '[每天运动一小时以上。|Exercise at least one hour a day.]',
    '[30多年来。|For over 30 years.]',
    '[三十多个国家。|More than thirty countries.]',
    // An approximation against a bound is a paraphrase, not a contradiction.
    '[约两个小时。|More than one hour.]',
  ])('does not flag %s', (notation) => {
    expect(numberMismatch(pairsFrom(notation))).toEqual([]);
  });

  it('points evidence at raw offsets of the numbers', () => {
    const ctx = pairsFrom('[前言。|Preface.] [到2035年。|By 2030.]');
    const [flag] = numberMismatch(ctx);
    expect(flag.evidence.map((e) => [e.side, e.segment, e.text])).toEqual([['source', 's2', '2035年'], ['target', 't2', '2030']]);
    for (const e of flag.evidence) expect(rawText(ctx, e.side).slice(e.start, e.end)).toBe(e.text);
  });

  it('raises no major or critical flag on the seed pair', () => {
    const flags = numberMismatch(goldContext());
    expect(flags.filter((f) => f.severity === 'major' || f.severity === 'critical')).toEqual([]);
  });
});
