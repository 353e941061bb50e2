import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeResources, type NodeResources } from '../../../src/cli/resources';
import type { CheckContext } from '../../../src/core/checks/check';
import { omissionAddition } from '../../../src/core/checks/omission-addition';
import { openClassWords } from '../../../src/core/checks/omitted-run';
import type { Segment } from '../../../src/core/types';
import { goldContext, pairsFrom } from './helpers';

let res: NodeResources;
beforeAll(async () => {
  res = await loadNodeResources();
}, 60_000);

const BODY =
  '[深化绿色金融改革。|Deepen green finance reforms.] ' +
  '[优化外来务工人员随迁子女入学机制。|Optimize enrollment mechanisms for migrant workers’ children.] ' +
  '[积极实施国家银龄教师行动计划。|Actively implement the national Silver Age Teacher Action Plan.]';

function ctxOf(notation: string): CheckContext {
  return { ...pairsFrom(notation, { dictionary: res.dictionary }), zh: res.zh };
}

/** Omission flags of the BODY pairs followed by one more pair. */
function omissionsWith(zh: string, en: string) {
  return omissionAddition(ctxOf(`${BODY} [${zh}|${en}]`)).filter((f) => f.type === 'omission');
}

/** The gold seed context with one segment's text replaced (offsets kept consistent for the new text). */
function goldWith(id: string, text: string): CheckContext {
  const ctx = { ...goldContext({ dictionary: res.dictionary }), zh: res.zh };
  const seg = ctx.segments.get(id)!;
  const changed: Segment = { ...seg, text, clean: text, end: seg.start + text.length };
  const segments = new Map(ctx.segments);
  segments.set(id, changed);
  return { ...ctx, segments };
}

describe('omissionAddition: unpaired segments', () => {
  it.each([
    ['a sentence of the original missing mid-document', `${BODY} [支持深圳开展科技产业金融一体化专项试点。|] ${BODY}`, 'omission', 'major'],
    ['a heading of the original missing', `${BODY} [（四）健全金融服务实体经济的激励约束机制|] ${BODY}`, 'omission', 'minor'],
    ['a date line missing', `[（2024年8月30日）|] ${BODY}`, 'omission', 'minor'],
    ['a sentence added mid-document', `${BODY} [|The city will also host an annual technology fair next spring.] ${BODY}`, 'addition', 'minor'],
    ['a contact line added at the end', `${BODY} [|Questions? Write to editor@example.org or call +1 555 010 0199.]`, 'addition', 'info'],
    ['a preface restating the body', `[|The document asks to deepen green finance reforms and implement the national Silver Age Teacher Action Plan.] ${BODY}`, 'addition', 'info'],
    ['an omission facing an addition in the same gap', `${BODY} [支持深圳开展科技产业金融一体化专项试点。|] [|Something else entirely was written here instead.] ${BODY}`, 'omission', 'minor'],
  ])('flags %s', (_name, notation, type, severity) => {
    const flags = omissionAddition(ctxOf(notation)).filter((f) => f.type === type);
    expect(flags).toHaveLength(1);
    expect(flags[0].severity).toBe(severity);
    const seg = ctxOf(notation).segments.get(flags[0].evidence[0].segment)!;
    expect(flags[0].evidence[0]).toMatchObject({ start: seg.start, end: seg.end, text: seg.text });
  });

  it('keeps a missing sentence minor where the whole translation is free (condensing on purpose)', () => {
    const FREE =
      '[老人坐在门口晒太阳，眯着眼睛看远处的山。|The old man basked at his door, squinting at the hills.] ' +
      '[孩子们在河边追来追去，笑声传得很远。|Down by the river the children chased each other, and their laughter carried.] ' +
      '[她把信折好，塞进抽屉最里面。|She folded the letter away at the back of the drawer.]';
    const flags = omissionAddition(ctxOf(`${FREE} [天色渐渐暗了下来，村里升起了炊烟。|] ${FREE}`)).filter((f) => f.source.includes('s4'));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ type: 'omission', severity: 'minor' });
  });

  it.each([
    ['a contact line the aligner attached to the last sentence', `${BODY} [深化绿色金融改革。|Deepen green finance reforms. ¦ For queries, please write to desk@example.com]`, 't5', 'info'],
    ['an unrelated sentence attached to a translated one', `${BODY} [深化绿色金融改革。|Deepen green finance reforms. ¦ Tourists enjoy beaches, mountains and delicious seafood restaurants.] ${BODY}`, 't5', 'minor'],
  ])('flags %s as an addition', (_name, notation, id, severity) => {
    const flags = omissionAddition(ctxOf(notation));
    expect(flags.map((f) => [f.type, f.evidence.map((e) => e.segment), f.severity])).toEqual([['addition', [id], severity]]);
  });

  it.each([
    ['the last sentence paired with a contact line', `${BODY} [重大事项及时向党中央、国务院请示报告。|For more information, please email service@example.com]`, 'omission', 'major'],
    ['an added sentence paired with a contact line', `${BODY} [如有疑问请发邮件至service@example.com|The city will also host an annual fintech summit.]`, 'addition', 'minor'],
  ])('flags %s', (_name, notation, type, severity) => {
    const flags = omissionAddition(ctxOf(notation));
    expect(flags.map((f) => [f.type, f.severity])).toEqual([[type, severity]]);
  });

  it.each([
    ['contact lines on both sides', `${BODY} [如有疑问，请联系lemonzhao@smm.cn|For queries, please contact lemonzhao@smm.cn]`],
    ['a date line against a contact line', `${BODY} [（2024年8月30日）|Email: desk@example.com]`],
  ])('does not flag %s', (_name, notation) => {
    expect(omissionAddition(ctxOf(notation)).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('does not take a date line for a stray segment', () => {
    expect(omissionAddition(ctxOf(`[（2024年8月30日）¦深化绿色金融改革。|(August 30, 2024) Deepen green finance reforms.] ${BODY}`))).toEqual([]);
  });

  it('groups consecutive unpaired segments into one flag', () => {
    const flags = omissionAddition(ctxOf(`${BODY} [|First added line.] [|Second added line.] ${BODY}`));
    expect(flags.map((f) => [f.type, f.target])).toEqual([['addition', ['t4', 't5']]]);
  });

  it.each([
    ['a fully paired document', BODY],
    ['an empty document', ''],
    ['emoji and empty segments', '[😀|🙂] [|]'],
  ])('flags nothing in %s', (_name, notation) => {
    expect(omissionAddition(ctxOf(notation))).toEqual([]);
  });
});

describe('omissionAddition: clauses inside a pair', () => {
  it('flags a clause of the original that the translation drops', () => {
    // 支持深圳深化无人驾驶航空器飞行管理制度改革创新，完善低空飞行监管规则，探索开展跨境直升机飞行、公益服务等通用航空业务。
    const ctx = goldWith('t43', 'Support Shenzhen in deepening reforms and innovations in the flight management system for unmanned aerial vehicles.');
    const flags = omissionAddition(ctx).filter((f) => f.source.includes('s36'));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ type: 'omission', target: ['t43'] });
    expect(flags[0].evidence.map((e) => e.text).join('')).toContain('直升机');
  });

  it('flags a clause the translation adds', () => {
    const ctx = goldWith(
      't37',
      'Deepen green finance reforms, and the municipal government will additionally build three new stadiums, several museums and a large airport for tourists visiting during summer holidays.',
    );
    const flags = omissionAddition(ctx).filter((f) => f.target.includes('t37'));
    expect(flags).toHaveLength(1);
    expect(flags[0].type).toBe('addition');
    expect(flags[0].evidence[0].text).toContain('stadiums');
  });

  // One dark clause in a pair of ordinary length: the rest of the sentence vouches for the alignment.
  it.each([
    [
      'a clause dropped from a long sentence',
      't43',
      'Support Shenzhen in deepening reforms and innovations in the flight management system for unmanned aerial vehicles, and explore general aviation services such as cross-border helicopter flights and public welfare operations.',
      'omission',
      '监管规则',
    ],
    [
      'a clause added to a short sentence',
      't26',
      "Optimize enrollment mechanisms for migrant workers' children, including free housing subsidies for their families.",
      'addition',
      'housing subsidies',
    ],
  ])('flags %s', (_name, id, text, type, evidence) => {
    const flags = omissionAddition(goldWith(id, text)).filter((f) => f.target.includes(id));
    expect(flags.map((f) => [f.type, f.severity])).toEqual([[type, 'minor']]);
    expect(flags[0].evidence.map((e) => e.text).join('')).toContain(evidence);
  });

  it('flags a clause the translation adds that names an institution the original never does', () => {
    // 探索由司法行政部门对商事调解组织进行统一登记，并加强监督管理。
    const ctx = goldWith(
      't82',
      "We will explore the unified registration of commercial mediation organizations by judicial administrative departments and strengthen supervision and management, with annual public inspections carried out by the Ministry of Justice and the Supreme People's Court.",
    );
    const flags = omissionAddition(ctx).filter((f) => f.target.includes('t82'));
    expect(flags.map((f) => [f.type, f.severity])).toEqual([['addition', 'minor']]);
    expect(flags[0].evidence[0].text).toContain('Ministry of Justice');
  });

  it.each([
    [
      'a clause reworded',
      't43',
      'Support Shenzhen in deepening reforms and innovations in the flight management system for unmanned aerial vehicles, improve the rules for supervising low-altitude flights, and explore general aviation services such as cross-border helicopter flights and public welfare operations.',
    ],
    ['clauses reordered', 't28', 'Adapted to AI development, explore personalized teaching approaches and new talent cultivation pathways.'],
    ['a short sentence paraphrased as a whole', 't37', 'Make finance greener.'],
  ])('does not flag %s', (_name, id, text) => {
    const flags = omissionAddition(goldWith(id, text)).filter((f) => f.target.includes(id));
    expect(flags).toEqual([]);
  });
});

describe('omissionAddition: a shorter dark run in a pair far shorter than the document’s norm', () => {
  // 探索适应人工智能发展的个性化教学方式和人才培养新路径。 Two signs of one dropped passage: three
  // unlinked words (适应 人工智能 发展), and a translation far shorter than this document's usual ratio.
  it('is a major omission when both signs are there', () => {
    const flags = omissionAddition(goldWith('t28', 'Explore personalized teaching approaches.')).filter((f) => f.target.includes('t28'));
    expect(flags.map((f) => [f.type, f.severity])).toEqual([['omission', 'major']]);
    expect(flags[0].evidence[0].text).toBe('适应人工智能发展');
  });

  it('is nothing when the pair keeps its usual length (three dark words alone are free rendering as often as not)', () => {
    const flags = omissionAddition(goldWith('t28', 'Explore personalized teaching approaches and new talent cultivation pathways.')).filter((f) => f.target.includes('t28'));
    expect(flags).toEqual([]);
  });

  it('is nothing in a free translation, where a short pair with a dark run is how the translator works', () => {
    // The same seed pair inside a document whose links are sparse: every other translation replaced by
    // unrelated words of the same length, so the document's length ratio stays what it was.
    const ctx = goldWith('t28', 'Explore personalized teaching approaches.');
    const segments = new Map(ctx.segments);
    for (const p of ctx.pairs) {
      if (p.target.includes('t28')) continue;
      for (const id of p.target) {
        const seg = segments.get(id)!;
        const text = 'The river ran quietly past the old mill while the children slept. '.repeat(40).slice(0, seg.text.length);
        segments.set(id, { ...seg, text, clean: text, end: seg.start + text.length });
      }
    }
    const flags = omissionAddition({ ...ctx, segments }).filter((f) => f.target.includes('t28') && f.severity === 'major');
    expect(flags).toEqual([]);
  });
});

describe('omissionAddition: a translation that is missing', () => {
  // 探索适应人工智能发展的个性化教学方式和人才培养新路径。 rendered by a placeholder word: nothing of the
  // original is linked and the translation is a fraction of the document's usual length.
  it('is a major omission quoting the whole original segment', () => {
    const ctx = goldWith('t28', 'EMPTY');
    const flags = omissionAddition(ctx).filter((f) => f.target.includes('t28'));
    expect(flags.map((f) => [f.type, f.severity])).toEqual([['omission', 'major']]);
    expect(flags[0].message).toMatch(/translation of this segment is missing/);
    const zh = ctx.pairs.find((p) => p.target.includes('t28'))!.source.map((id) => ctx.segments.get(id)!.text);
    expect(flags[0].evidence.map((e) => e.text)).toEqual(zh);
  });

  it('is not claimed for a short translation that still renders a word of the original', () => {
    const flags = omissionAddition(goldWith('t28', 'Explore.')).filter((f) => f.target.includes('t28') && /is missing/.test(f.message));
    expect(flags).toEqual([]);
  });
});

describe('omissionAddition: a long dark run in a less close translation', () => {
  // 'for teachers' is an unlinked word of the translation (its coverage is 0.8, under the 0.9 a shorter
  // run needs); the dark run in the original is what decides.
  const en = 'The municipal government will build three new stadiums for teachers.';
  it('is a major omission from eight words on', () => {
    const zh = '市政府将新建三座体育馆，并在城市东部规划一个大型国际机场、两座五星级酒店和一条地铁线路。';
    const flags = omissionsWith(zh, en);
    expect(flags.map((f) => f.severity)).toEqual(['major']);
    expect(flags[0].evidence[0].text).toContain('地铁线路');
  });

  it('stays minor at seven', () => {
    const zh = '市政府将新建三座体育馆，并在城市东部规划一个大型国际机场和两座五星级酒店。';
    const flags = omissionsWith(zh, en);
    expect(flags.map((f) => f.severity)).toEqual(['minor']);
  });
});

describe('omissionAddition: a place among three dark words', () => {
  // 试点允许符合条件的香港涉税专业人士在深圳特定区域登记执业。
  it('is a minor omission', () => {
    const flags = omissionAddition(goldWith('t63', 'We will pilot a policy allowing eligible Hong Kong tax professionals to register and practice.')).filter((f) => f.target.includes('t63'));
    expect(flags.map((f) => [f.type, f.severity])).toEqual([['omission', 'minor']]);
    expect(flags[0].evidence[0].text).toBe('深圳特定区域');
  });

  it('is nothing when only the place is left out (one dark word)', () => {
    const flags = omissionAddition(goldWith('t63', 'We will pilot a policy allowing eligible Hong Kong tax professionals to register and practice in designated areas.')).filter((f) => f.target.includes('t63'));
    expect(flags).toEqual([]);
  });
});

describe('omissionAddition: a repeated word does not hide a dropped clause', () => {
  // 推进 three times in the original; the translation says 'advance' once. The third 推进, between
  // unlinked words, is part of the dark clause 深入推进长江流域禁捕退捕工作, not a sign it was rendered.
  const ZH = '重庆市将加快推进长江岸线清理整治，推进长江两岸造林绿化，深入推进长江流域禁捕退捕工作。';
  it('flags the clause when the translation has fewer renderings of the word than the original has occurrences', () => {
    const en = 'Chongqing will speed up the clean-up and rectification of the Yangtze River shoreline and advance afforestation and greening on both banks of the Yangtze River.';
    const flags = omissionsWith(ZH, en);
    expect(flags.map((f) => f.severity)).toEqual(['major']);
    expect(flags[0].evidence[0].text).toBe('深入推进长江流域禁捕退捕工作');
  });

  it('does not when every occurrence has a rendering of its own', () => {
    const en =
      'Chongqing will speed up and advance the clean-up and rectification of the Yangtze River shoreline, advance afforestation and greening on both banks of the Yangtze River, and further advance the fishing ban in the Yangtze River basin.';
    const flags = omissionsWith(ZH, en).filter((f) => f.severity === 'major');
    expect(flags).toEqual([]);
  });
});

describe('openClassWords: what an unlinked run must hold to be an omission', () => {
  // Adverbs of time and aspect, numerals and particles are rendered by tense and word order
  // ('were struggling'), so a run of them with no link is a paraphrase, not a dropped passage.
  it.each([
    ['欧洲一些国家目前正在艰难地同反弹的疫情作斗争。', ['目前', '正在', '一些'], 0],
    ['欧洲一些国家目前正在艰难地同反弹的疫情作斗争。', ['国家', '艰难', '反弹', '斗争'], 4],
    ['市政府将新建三座体育馆和两座博物馆。', ['新建', '体育馆', '博物馆'], 3],
  ])('%s: %j → %i', (text, words, expected) => {
    const segment: Segment = { id: 's1', start: 0, end: text.length, text, clean: text, kind: 'sentence' } as Segment;
    const run = words.map((w) => ({ segment: 's1', start: text.indexOf(w), end: text.indexOf(w) + w.length }));
    expect(openClassWords({ zh: res.zh, segments: new Map([['s1', segment]]) }, run)).toBe(expected);
  });
});
