import { beforeAll, describe, expect, it } from 'vitest';
import { negationMismatch } from '../../../src/core/checks/negation-mismatch';
import { loadNodeResources, type NodeResources } from '../../../src/cli/resources';
import { goldContext, pairsFrom, rawText } from './helpers';

let res: NodeResources;
beforeAll(async () => {
  res = await loadNodeResources();
}, 60_000);

describe('negationMismatch', () => {

  describe('a contrast turned round', () => {
    // 喝温开水，不要喝冰水: the original negates 冰水; 'instead of' must negate its rendering.
    const zh = '每次喝水控制在200毫升以内，喝温开水，不要喝冰水。';
    const of = (en: string) => negationMismatch({ ...pairsFrom(`[${zh}|${en}]`, { dictionary: res.dictionary }), zh: res.zh });
    it('flags “instead of” negating the word the original affirms', () => {
      const flags = of('Keep each drink within 200 ml, and drink ice-cold water instead of warm, boiled water.');
      expect(flags.map((f) => [f.type, f.severity])).toEqual([['negation', 'major']]);
      expect(flags[0].evidence.map((e) => e.text)).toEqual(['不要', 'instead of']);
    });
    it('leaves the faithful contrast alone', () => {
      expect(of('Keep each drink within 200 ml, and drink warm, boiled water instead of ice-cold water.')).toEqual([]);
    });
  });
  it.each([
    ['a prohibition made a permission', '[企业不得在区内设立分支机构。|Enterprises may set up branches in the zone.]', 'critical'],
    ['a permission made a prohibition', '[允许外资企业参与。|Foreign-funded enterprises are prohibited from participating.]', 'critical'],
    ['an English prohibition made a Chinese permission', '[Banks shall not issue such loans.|银行可以发放此类贷款。]', 'critical'],
    ['a lost negation', '[对成效未达预期的举措适时调整。|Adjust measures that have achieved the expected results in a timely manner.]', 'major'],
    ['an added negation', '[支持企业参与。|Do not support enterprises in participating.]', 'major'],
    ['an added negation beside 开展 (glossed "to unfold": a reversed action, no negation)', '[支持开展刑事裁判涉财产部分一体化管理制度改革。|We will never support the reform of the integrated management system for property-related aspects of criminal judgments.]', 'major'],
    ['an added "fail to"', '[深化科研经费管理改革。|Fail to deepen reforms in research funding management.]', 'major'],
    ['a lost 不予', '[对首次违法行为不予处罚。|First violations are punished.]', 'major'],
    ['a lost 无法', '[目前无法实现。|This can be achieved now.]', 'major'],
    // 'more than' with a figure is a quantity, not a negative-looking word that could explain the lost 没有.
    ['a lost 没有 beside "more than"', '[市场没有明显的恐慌迹象，超过三十家企业扩大了投资。|There are obvious signs of panic in the market, and more than thirty firms expanded investment.]', 'major'],
    // 'avoid' renders 以免, so it does not explain away the lost 不要, whose 躺 is there as 'lie'.
    ['a lost 不要 beside 以免 rendered "avoid"', '[睡眠时注意不要躺在空调出风口下，以免患上空调病。|Take care to lie under air-conditioning vents while sleeping to avoid air-conditioning sickness.]', 'major'],
  ])('flags %s', (_name, notation, severity) => {
    const flags = negationMismatch({ ...pairsFrom(notation, { dictionary: res.dictionary }), zh: res.zh });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ type: 'negation', severity, source: ['s1'], target: ['t1'] });
  });

  it.each([
    ['不要 kept beside 以免 "avoid"', '[睡眠时注意不要躺在空调出风口下，以免患上空调病。|Take care not to lie under air-conditioning vents while sleeping to avoid air-conditioning sickness.]'],
    // 'different' answers 不同, but 不宁 has no scope word rendered un-negated: 'distemper' says it.
    ['不宁 rendered "distemper" beside 不同 "different"', '[And seeing dreams are caused by the distemper of some of the inward parts of the body, diverse distempers must needs cause different dreams.|既然梦境是身体内某些部分的骚动不宁所引起的，不同的不宁状态就必然会引起不同的梦。]'],
    ['不断 continuously', '[不断深化改革。|Continuously deepen reform.]'],
    ['不仅 not only', '[不仅要发展经济。|We must not only develop the economy.]'],
    ['不仅 more than just', '[他不仅是一名教师，更是一位作家。|More than just a teacher, he is a writer.]'],
    ['不少 many', '[不少企业参与。|Many enterprises took part.]'],
    ['不同 different', '[不同地区。|Different regions.]'],
    ['无人驾驶 unmanned', '[无人驾驶航空器。|Unmanned aerial vehicles.]'],
    ['无人驾驶 driverless without weak cue', '[无人驾驶汽车。|Self-driving cars.]'],
    ['非核心 non-core', '[非核心区域。|Non-core areas.]'],
    ['不动产 real estate', '[不动产登记。|Registration of real estate.]'],
    ['负面清单 negative list', '[实施负面清单管理。|Implement negative list management.]'],
    ['不予处罚 not punished', '[不予处罚。|Not punished.]'],
    ['不予处罚 exempt', '[不予处罚。|Exempt from punishment.]'],
    ['不得 shall not', '[不得设立。|Shall not be established.]'],
    ['禁止 prohibited', '[禁止进口。|Imports are prohibited.]'],
    ['限制 restrict', '[限制出口。|Restrict exports.]'],
    ['限制 limit', '[限制出口。|Limit exports.]'],
    ['不足 insufficient', '[资金不足。|Funding is insufficient.]'],
    ['不超过 up to', '[期限不超过三年。|The term is up to three years.]'],
    ['未达 not achieved', '[成效未达预期。|Results have not achieved expectations.]'],
    ['未经 without', '[未经批准。|Without approval.]'],
    ['whether or not 是否', '[确定是否参与。|Decide whether or not to take part.]'],
    ['No. 5', '[第5号文件。|Document No. 5.]'],
    ['idiom 不折不扣', '[不折不扣地落实。|Implement to the letter.]'],
    ['no cues', '[深化改革。|Deepen reform.]'],
    ['not … until for 才', '[候鸟通常要到十月才会南飞。|Migrating birds do not usually fly south until October.]'],
    ["n't … until for 才", '[他到晚上才回家。|He didn’t come home until the evening.]'],
  ])('does not flag %s', (_name, notation) => {
    expect(negationMismatch({ ...pairsFrom(notation, { dictionary: res.dictionary }), zh: res.zh })).toEqual([]);
  });

  // A negating prefix (非核心 'non-core') lost: needs the real dictionary to see that 核心 is 'core'.
  it.each([
    ['非核心 → core', '[探索自然保护区非核心区域合理有效利用模式。|Explore utilization models for core areas of nature reserves.]', '非核心', 'core'],
    ['无党派 → party', '[支持无党派人士参政议政。|Support party members in participating in politics.]', '无党派', 'party'],
  ])('flags a lost prefix: %s', (_name, notation, zh, en) => {
    const flags = negationMismatch({ ...pairsFrom(notation, { dictionary: res.dictionary }), zh: res.zh });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ type: 'negation', severity: 'major' });
    expect(flags[0].evidence.map((e) => e.text)).toEqual([zh, en]);
  });

  it.each([
    ['非核心 non-core', '[探索自然保护区非核心区域利用模式。|Explore models for non-core areas of nature reserves.]'],
    ['非核心 outside the core', '[探索非核心区域利用模式。|Explore models for areas outside the core zones.]'],
    ['是非 right and wrong', '[明辨是非。|Tell right from wrong.]'],
    ['非常 very', '[非常重要的核心区域。|A very important core area.]'],
    ['无论 whatever', '[无论如何都要保护核心区域。|Protect the core areas in any case.]'],
    ['无人驾驶 self-driving', '[无人驾驶汽车。|Self-driving cars.]'],
    ['无人机 drones', '[无人机核心部件。|Core components of drones.]'],
  ])('does not flag %s with the real dictionary', (_name, notation) => {
    expect(negationMismatch({ ...pairsFrom(notation, { dictionary: res.dictionary }), zh: res.zh })).toEqual([]);
  });

  it.each([
    ['an A-not-A question 能不能', '[不知能不能赢。|I wonder if I can win.]'],
    ['an A-not-A question 是不是', '[是不是真的？|Is it true?]'],
    ['a place spelt in pinyin, 不冻泉', '[车队经过不冻泉。|The convoy passed Budongquan.]'],
    ['irrelevant for 无关', '[这与本案无关。|This is irrelevant to the case.]'],
    ['a prefix word that negates nothing, display', '[展示新产品。|Display new products.]'],
    ['a prefix word that negates nothing, improve', '[对成效达到预期的举措适时调整完善。|Adjust and improve measures that have achieved the expected results.]'],
    ['hard to predict as unpredictable', '[虽说病毒难以预测。|Although the virus is unpredictable.]'],
    ['an unnamed source, explicitated', '[一名知情人士代表说。|An unnamed person familiar with the matter said.]'],
  ])('does not flag %s', (_name, notation) => {
    expect(negationMismatch({ ...pairsFrom(notation, { dictionary: res.dictionary }), zh: res.zh })).toEqual([]);
  });

  it('flags a verb of negation the translation gained, but not one the original says', () => {
    const flags = negationMismatch({ ...pairsFrom('[在海外人才引进方面赋予用人单位更大自主权。|Denying employers greater autonomy in overseas recruitment.]', { dictionary: res.dictionary }), zh: res.zh });
    expect(flags.map((f) => [f.severity, f.evidence.map((e) => e.text)])).toEqual([['major', ['Denying']]]);
    expect(negationMismatch({ ...pairsFrom('[他拒绝了这个提议。|He refused the proposal.]', { dictionary: res.dictionary }), zh: res.zh })).toEqual([]);
  });

  it('flags a negating prefix the translation gained: 依法 → unlawful', () => {
    const flags = negationMismatch({ ...pairsFrom('[依法处理。|Handle it unlawfully.]', { dictionary: res.dictionary }), zh: res.zh });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ type: 'negation', severity: 'major' });
    expect(flags[0].evidence.map((e) => e.text)).toEqual(['unlawfully']);
  });

  it.each([
    ['uncle', '[他的叔叔大力支持。|His uncle strongly does not support it.]'],
    ['undergo', '[经审查同意。|Not approved after review.]'],
  ])('reads a gloss word that merely starts with un- (%s) as no negation, so it explains nothing', (_name, notation) => {
    const flags = negationMismatch({ ...pairsFrom(notation, { dictionary: res.dictionary }), zh: res.zh });
    expect(flags.map((f) => [f.type, f.severity])).toEqual([['negation', 'major']]);
  });

  /** The seed pair as aligned by its gold file, with one English segment edited in place. */
  function editedSeed(find: string, replace: string) {
    const ctx = { ...goldContext({ dictionary: res.dictionary }), zh: res.zh };
    const seg = ctx.target.segments.find((x) => x.text.includes(find))!;
    seg.text = seg.text.replace(find, replace);
    seg.clean = seg.text.trim();
    seg.end = seg.start + seg.text.length;
    return ctx;
  }

  it('flags a cue in a pair rendered less closely than the seed’s norm when every word it negates is linked, un-negated', () => {
    // 进一步扩展…审批权限下放: two thirds of the pair's words are linked, below the document's typical pair.
    const flags = negationMismatch(editedSeed('Further expand the delegation', 'Never further expand the delegation'));
    expect(flags.map((f) => [f.severity, f.evidence.map((e) => e.text)])).toEqual([['major', ['Never']]]);
  });

  it('links a comparative to its base for that: 更大 is rendered "greater"', () => {
    const flags = negationMismatch(editedSeed('granting greater management authority', 'granting no greater management authority'));
    expect(flags.map((f) => [f.severity, f.evidence.map((e) => e.text)])).toEqual([['major', ['no']]]);
  });

  it('does not flag such a cue beside another negative-looking word of its own side (never … only, cannot … until)', () => {
    const flags = negationMismatch(editedSeed('Further expand the delegation of approval authority for', 'Never further expand the delegation of approval authority only for'));
    expect(flags.filter((f) => f.severity === 'major')).toEqual([]);
  });

  it('points evidence at the cue in the raw text', () => {
    const ctx = { ...pairsFrom('[前言。|Preface.] [企业不得设立。|Enterprises may establish.]', { dictionary: res.dictionary }), zh: res.zh };
    const [flag] = negationMismatch(ctx);
    expect(flag.evidence.map((e) => [e.side, rawText(ctx, e.side).slice(e.start, e.end)])).toEqual([['source', '不得'], ['target', 'may']]);
  });

  it('raises no major or critical flag on the seed pair', () => {
    const flags = negationMismatch(goldContext());
    expect(flags.filter((f) => f.severity === 'major' || f.severity === 'critical')).toEqual([]);
  });
});
