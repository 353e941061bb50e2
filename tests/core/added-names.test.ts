import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeResources, type NodeResources } from '../../src/cli/resources';
import { addedNames } from '../../src/core/checks/added-names';
import type { CheckContext } from '../../src/core/checks/check';
import { omissionAddition } from '../../src/core/checks/omission-addition';
import type { Segment } from '../../src/core/types';
import { goldContext } from './checks/helpers';

let res: NodeResources;
beforeAll(async () => {
  res = await loadNodeResources();
}, 60_000);

/** The gold seed context with one segment's text replaced (offsets kept consistent for the new text). */
function goldWith(id: string, text: string): CheckContext {
  const ctx = { ...goldContext({ dictionary: res.dictionary }), zh: res.zh };
  const seg = ctx.segments.get(id)!;
  const segments = new Map(ctx.segments);
  segments.set(id, { ...seg, text, clean: text, end: seg.start + text.length } satisfies Segment);
  return { ...ctx, segments };
}

// t82: 探索由司法行政部门对商事调解组织进行统一登记，并加强监督管理。
const T82 = 'We will explore the unified registration of commercial mediation organizations by judicial administrative departments and strengthen supervision and management';

// t68: 完善临床急需进口药品、医疗器械使用及监督管理制度，探索将国际新药临床真实世界数据用于进口药品注册上市许可的可行路径。
const T68 = 'We will improve the system for the use and supervision of clinically urgent imported drugs and medical devices and explore feasible paths for using real-world clinical data from international new drugs in the registration and marketing authorization of imported drugs.';

describe('addedNames: a place the translation names in a phrase of its own', () => {
  it('flags a claim about a country the original never names, in a clause the other rules pass', () => {
    const ctx = goldWith('t68', T68.replace(/\.$/, ' and overtake Singapore for the first time.'));
    const flags = omissionAddition(ctx).filter((f) => f.target.includes('t68'));
    expect(flags.map((f) => [f.type, f.severity])).toEqual([['addition', 'minor']]);
    expect(flags[0].evidence[0].text).toBe(' overtake Singapore for the first time');
    expect(flags[0].message).toContain('Singapore');
  });

  it.each([
    ['a place added as a bare qualifier (explicitation)', `${T82} in Shenzhen.`],
    ['a place in a phrase whose other words the original renders', `${T82}, registering organizations in Singapore.`],
    ['a place with no other content word in its phrase', `${T82}, as in Singapore.`],
  ])('does not flag %s', (_name, text) => {
    const ctx = goldWith('t82', text);
    const pair = ctx.pairs.find((p) => p.target.includes('t82'))!;
    expect(addedNames(ctx, pair)).toEqual([]);
  });

  it.each([
    ['a part of a longer name (Greenland of Greenland Holdings)', ' and overtake Greenland Holdings.'],
    ['a month (the original writes 7月)', ' and overtake rivals in July.'],
    ['an adjective of a place', ' and overtake British rivals.'],
  ])('does not read %s as a place', (_name, tail) => {
    const ctx = goldWith('t68', T68.replace(/\.$/, tail));
    const pair = ctx.pairs.find((p) => p.target.includes('t68'))!;
    expect(addedNames(ctx, pair)).toEqual([]);
  });

  it('flags a place with one other word in its phrase', () => {
    const ctx = goldWith('t68', T68.replace(/\.$/, ' and overtake Singapore.'));
    const pair = ctx.pairs.find((p) => p.target.includes('t68'))!;
    expect(addedNames(ctx, pair).map((h) => [h.name, h.seg.text.slice(h.start, h.end)])).toEqual([['Singapore', ' overtake Singapore']]);
  });

  it.each([
    ['flags', 'a person the dictionary does not know', ' and consult Kristalina Georgieva.', ['Kristalina Georgieva']],
    ['does not flag', 'a title of common words', ' and consult Trade Representatives.', []],
    ['does not flag', 'a name with a common word in it', ' and consult Grant Shapps.', []],
  ])('%s %s', (_verb, _name, tail, names) => {
    const ctx = goldWith('t68', T68.replace(/\.$/, tail));
    const pair = ctx.pairs.find((p) => p.target.includes('t68'))!;
    expect(addedNames(ctx, pair).map((h) => h.name)).toEqual(names);
  });

  it('does not flag a name the original gives in a neighbouring pair', () => {
    const ctx = goldWith('t82', `${T82}, overtaking Shenzhen for the first time.`);
    const pair = ctx.pairs.find((p) => p.target.includes('t82'))!;
    expect(ctx.pairs.slice(ctx.pairs.indexOf(pair) - 2, ctx.pairs.indexOf(pair) + 3).some((p) => p.source.some((id) => ctx.segments.get(id)!.text.includes('深圳')))).toBe(true);
    expect(addedNames(ctx, pair)).toEqual([]);
  });
});
